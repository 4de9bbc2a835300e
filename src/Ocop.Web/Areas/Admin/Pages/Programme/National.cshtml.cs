using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using Ocop.Web.Features.Accounts;
using Ocop.Web.Features.Programme;
using Ocop.Web.Infrastructure;
using Ocop.Web.Resources;

namespace Ocop.Web.Areas.Admin.Pages.Programme;

/// <summary>Every province side by side, sortable by any column, current or old units; national administrator only.</summary>
[Authorize(Policy = Policies.NationalAdmin)]
public sealed class NationalModel(NationalDashboardService national, TimeProvider clock, IStringLocalizer<SharedResource> localizer) : PageModel
{
    [BindProperty(SupportsGet = true)] public int? Year { get; set; }
    [BindProperty(SupportsGet = true)] public UnitView Units { get; set; }
    [BindProperty(SupportsGet = true)] public string? Sort { get; set; }
    [BindProperty(SupportsGet = true)] public bool Desc { get; set; }
    public NationalDashboard? Dashboard { get; private set; }
    public DashboardChart? Chart { get; private set; }

    public async Task<IActionResult> OnGetAsync(UserScope scope, CancellationToken ct)
    {
        Year ??= VietnamTime.Today(clock).Year;
        if (!DashboardEndpoints.ValidYear(Year.Value))
        {
            return BadRequest();
        }

        var d = await national.BuildAsync(Year.Value, Units, scope, ct);
        Dashboard = d with { Rows = [.. NationalDashboardService.Sort(d.Rows, Sort, Desc)] };
        // The chart shows the provinces with rated products, most first; the table below holds all of them.
        Chart = new DashboardChart("national", localizer["Dashboard.Rated"], localizer["Dashboard.Province"], ["3★", "4★", "5★"],
            [.. d.Rows.Where(r => r.Rated > 0).OrderByDescending(r => r.Rated).Select(r => new ChartRow(r.Name, [r.ThreeStar, r.FourStar, r.FiveStar]))]);
        return Page();
    }

    /// <summary>The header link that sorts by a column: descending first, the other way on a second click.</summary>
    public string SortUrl(string column) =>
        $"?year={Year}&units={Units}&sort={column}&desc={(Sort == column ? !Desc : column is not ("name" or "code")).ToString().ToLowerInvariant()}";

    public string? AriaSort(string column) => Sort == column || (Sort is null && column == "code") ? (Desc ? "descending" : "ascending") : null;

    public string CsvUrl => $"/api/v1/programme/national.csv?year={Year}&units={Units}&sort={Sort}&desc={Desc.ToString().ToLowerInvariant()}";
}
