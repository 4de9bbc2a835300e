using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Ocop.Web.Features.Accounts;
using Ocop.Web.Features.AdminUnits;
using Ocop.Web.Features.Programme;
using Ocop.Web.Infrastructure;

namespace Ocop.Web.Areas.Admin.Pages.Programme;

/// <summary>The province dashboard: targets with progress, the year's figures, charts with their tables and CSV. Officers of the province; the national administrator picks a province.</summary>
[Authorize(Policy = Policies.Officer)]
public sealed class IndexModel(DashboardService dashboards, AdminUnitService units, TimeProvider clock) : PageModel
{
    [BindProperty(SupportsGet = true)] public string? Province { get; set; }
    [BindProperty(SupportsGet = true)] public int? Year { get; set; }
    [BindProperty(SupportsGet = true)] public UnitView Units { get; set; }
    public ProvinceDashboard? Dashboard { get; private set; }
    public IReadOnlyList<UnitDto> Provinces { get; private set; } = [];
    public bool CanEditTargets { get; private set; }

    public async Task<IActionResult> OnGetAsync(UserScope scope, CancellationToken ct)
    {
        Year ??= VietnamTime.Today(clock).Year;
        if (!DashboardEndpoints.ValidYear(Year.Value))
        {
            return BadRequest();
        }

        if (scope.IsNational)
        {
            Provinces = await units.ProvincesAsync(ct);
            Province ??= Provinces.Count > 0 ? Provinces[0].Code : null;
        }

        CanEditTargets = scope is { IsNational: false, CommuneCode: null };
        if (TargetService.ProvinceFor(scope, Province) is not { } code || await dashboards.ProvinceAsync(code, Year.Value, Units, scope, ct) is not { } dashboard)
        {
            return NotFound();
        }

        Dashboard = dashboard;
        return Page();
    }

    /// <summary>The address of a chart's CSV for the same province, year and units.</summary>
    public string CsvUrl(string chart) =>
        $"/api/v1/programme/dashboard/charts/{chart}.csv?province={Dashboard!.ProvinceCode}&year={Dashboard.Year}&units={Dashboard.Units}";
}
