using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Ocop.Web.Features.Accounts;
using Ocop.Web.Features.Training;
using Ocop.Web.Infrastructure;

namespace Ocop.Web.Areas.Admin.Pages.Training;

/// <summary>The year's training counts: trainees and courses by topic, kind of trainee and commune.</summary>
[Authorize(Policy = Policies.Officer)]
public sealed class StatsModel(TrainingStatsService stats, TimeProvider clock) : PageModel
{
    [BindProperty(SupportsGet = true)] public int? Year { get; set; }
    public TrainingStats Stats { get; private set; } = null!;

    public async Task OnGetAsync(UserScope scope, CancellationToken ct)
    {
        var year = Year is >= 2000 and <= 2100 ? Year.Value : VietnamTime.Today(clock).Year;
        Year = year;
        Stats = await stats.StatsAsync(year, scope, ct);
    }
}
