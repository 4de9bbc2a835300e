using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.OutputCaching;
using Ocop.Web.Features.Fairs;
using Ocop.Web.Features.Public;
using Ocop.Web.Infrastructure;

namespace Ocop.Web.Pages.Fairs;

/// <summary>A published fair: facts, the floor plan with taken booths, and the exhibitor list filtered by zone, province and words.</summary>
[AllowAnonymous]
[OutputCache(PolicyName = PublicPageCache.PolicyName)]
public sealed class DetailsModel(FairService fairs, TimeProvider clock) : PageModel
{
    public FairPlan Plan { get; private set; } = null!;
    public IReadOnlyList<Exhibitor> Exhibitors { get; private set; } = [];
    /// <summary>The provinces the exhibitors come from, for the filter.</summary>
    public IReadOnlyList<(string Code, string Name)> Provinces { get; private set; } = [];
    public bool AcceptsApplications { get; private set; }

    [BindProperty(SupportsGet = true)] public int? Zone { get; set; }
    [BindProperty(SupportsGet = true)] public string? Province { get; set; }
    [BindProperty(SupportsGet = true)] public string? Q { get; set; }

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct)
    {
        if (await fairs.PublicPlanAsync(id, ct) is not { } plan)
        {
            return NotFound();
        }

        Plan = plan;
        AcceptsApplications = plan.Fair.AcceptsApplications(VietnamTime.Today(clock));
        var all = await fairs.ExhibitorsOfAsync(id, ct);
        Provinces = [.. all.Select(e => (e.ProvinceCode, e.ProvinceName)).Distinct().OrderBy(p => p.ProvinceName, StringComparer.CurrentCulture)];
        Exhibitors = FairService.Filter(all, new ExhibitorQuery(Zone, Province, Q));
        return Page();
    }
}
