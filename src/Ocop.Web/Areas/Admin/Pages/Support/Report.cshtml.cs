using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Ocop.Web.Features.Accounts;
using Ocop.Web.Features.Support;
using Ocop.Web.Infrastructure;

namespace Ocop.Web.Areas.Admin.Pages.Support;

/// <summary>The year's support report: per kind, per funding source, and the stars of the supported products before and now.</summary>
[Authorize(Policy = Policies.Officer)]
public sealed class ReportModel(SupportService support, TimeProvider clock) : PageModel
{
    [BindProperty(SupportsGet = true)] public int? Year { get; set; }
    public SupportReport Report { get; private set; } = null!;

    public async Task OnGetAsync(UserScope scope, CancellationToken ct)
    {
        Year = Year is >= 2000 and <= 2100 ? Year : VietnamTime.Today(clock).Year;
        Report = await support.ReportAsync(Year.Value, scope, ct);
    }
}
