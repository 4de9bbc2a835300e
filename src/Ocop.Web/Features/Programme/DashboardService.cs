using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Ocop.Web.Data;
using Ocop.Web.Features.Accounts;
using Ocop.Web.Infrastructure;
using Ocop.Web.Resources;

namespace Ocop.Web.Features.Programme;

/// <summary>
/// The province dashboard (targets with progress, the catalogue's values for the year, charts) and the national
/// one (provinces side by side). Figures for a past year are read on its 31 December, for this year today.
/// </summary>
public sealed class DashboardService(
    OcopDbContext db, TargetService targets, TimeProvider clock, IStringLocalizer<SharedResource> localizer, Evaluation.Certificates.CriteriaWindow window)
{
    public const int YearsOfHistory = 7;
    public const int ExpiryMonths = 6;
    private static readonly string[] StarSeries = ["3★", "4★", "5★"];

    public async Task<ProvinceDashboard?> ProvinceAsync(string provinceCode, int year, UnitView units, UserScope scope, CancellationToken ct)
    {
        if (TargetService.ProvinceFor(scope, provinceCode) != provinceCode || await db.Provinces.SingleOrDefaultAsync(p => p.Code == provinceCode, ct) is not { } province)
        {
            return null;
        }

        var today = VietnamTime.Today(clock);
        var asOf = AsOf(year, today);
        var commune = scope.CommuneCode;
        var rated = await RecognitionHistory.RatedOnAsync(db, provinceCode, commune, asOf, ct);

        var metrics = new List<MetricValue>();
        var span = new MetricScope(provinceCode, commune, new DateOnly(year, 1, 1), new DateOnly(year, 12, 31)).UpTo(today);
        foreach (var metric in MetricCatalogue.All.Where(m => commune is null || m.ByCommune))
        {
            var value = await metric.Compute(db, span, ct);
            metrics.Add(new MetricValue(metric.Key, localizer[$"Metric.{metric.Key}"].Value, metric.Unit, value));
        }

        var charts = new List<DashboardChart>
        {
            await StarsByYearAsync(provinceCode, commune, year, today, rated, ct),
            await ByGroupAsync(rated, ct),
            units == UnitView.Old ? await ByOldProvinceAsync(rated, provinceCode, ct) : await ByCommuneAsync(rated, ct),
        };
        var ending = await StarsEnding.BetweenAsync(db, RecognitionHistory.ProductsOf(db, provinceCode, commune), today, LastOfExpiryChart(today), ct);
        charts.Add(ExpiringChart(ending, today));
        var list = (await targets.ListAsync(scope, provinceCode, ct)).Where(t => t.Concerns(year))
            .Select(t => t with { MetricName = localizer[$"Metric.{t.MetricKey}"].Value }).ToList();
        return new ProvinceDashboard(province.Code, province.Name, year, asOf, units, list, metrics, charts,
            new EndingSoon(window.Days, ending.Count(e => e.EndsOn <= today.AddDays(window.Days))));
    }

    /// <summary>A past year is read on its last day; this year (or a later one) today.</summary>
    public static DateOnly AsOf(int year, DateOnly today) => year < today.Year ? new DateOnly(year, 12, 31) : today;

    private async Task<DashboardChart> StarsByYearAsync(string provinceCode, string? commune, int year, DateOnly today, List<RatedProduct> ratedAsOf, CancellationToken ct)
    {
        var rows = new List<ChartRow>();
        for (var y = Math.Min(year, today.Year) - YearsOfHistory + 1; y <= Math.Min(year, today.Year); y++)
        {
            // The last year is the dashboard's own day, already read.
            var rated = AsOf(y, today) == AsOf(year, today) ? ratedAsOf : await RecognitionHistory.RatedOnAsync(db, provinceCode, commune, AsOf(y, today), ct);
            rows.Add(new ChartRow(y.ToString(CultureInfo.InvariantCulture), StarCounts(rated)));
        }

        return new DashboardChart("starsByYear", localizer["Dashboard.Chart.starsByYear"], localizer["Dashboard.Year"], StarSeries, rows);
    }

    private async Task<DashboardChart> ByGroupAsync(List<RatedProduct> rated, CancellationToken ct)
    {
        var ids = rated.Select(r => r.GroupId).Distinct().ToList();
        var groups = await db.ProductGroups.Where(g => ids.Contains(g.Id)).Select(g => new { g.Id, g.Code, g.Name }).ToListAsync(ct);
        // Decisions 1048 and 148 name the same group differently ("Thực phẩm", "Sản phẩm thực phẩm"): shown as named in Vietnamese;
        // English pages use the group's English name (by its number), which joins them.
        var names = groups.ToDictionary(g => g.Id, g => Classification.ProductGroupNames.ForReader(localizer, g.Code, g.Name));
        return new DashboardChart("byGroup", localizer["Dashboard.Chart.byGroup"], localizer["Dashboard.Group"], StarSeries,
            Breakdown(rated, r => names.GetValueOrDefault(r.GroupId) ?? "?"));
    }

    private async Task<DashboardChart> ByCommuneAsync(List<RatedProduct> rated, CancellationToken ct)
    {
        var codes = rated.Select(r => r.CommuneCode).Distinct().ToList();
        var names = await db.Communes.Where(c => codes.Contains(c.Code)).ToDictionaryAsync(c => c.Code, c => c.Name, ct);
        return new DashboardChart("byArea", localizer["Dashboard.Chart.byCommune"], localizer["Dashboard.Commune"], StarSeries,
            Breakdown(rated, r => names.TryGetValue(r.CommuneCode, out var name) ? AdminUnits.PlaceNames.ForReader(name) : r.CommuneCode));
    }

    private async Task<DashboardChart> ByOldProvinceAsync(List<RatedProduct> rated, string provinceCode, CancellationToken ct)
    {
        var old = await OldProvinceAttribution.LoadAsync(db, provinceCode, ct);
        var unknown = localizer["Dashboard.OldUnitUnknown"].Value;
        return new DashboardChart("byArea", localizer["Dashboard.Chart.byOldProvince"], localizer["Dashboard.OldProvince"], StarSeries,
            Breakdown(rated, r => old.Of(r.CommuneCode, r.OldUnitCode) is { } code ? AdminUnits.PlaceNames.ForReader(old.Names[code]) : unknown));
    }

    /// <summary>The chart's months: this one and the next five, to the last day of the sixth.</summary>
    private static DateOnly LastOfExpiryChart(DateOnly today) => new DateOnly(today.Year, today.Month, 1).AddMonths(ExpiryMonths).AddDays(-1);

    /// <summary>Ratings in force today that lapse in each of the next six months (certificates and legacy ratings; <see cref="StarsEnding"/>).</summary>
    private DashboardChart ExpiringChart(List<EndingStars> ending, DateOnly today)
    {
        var first = new DateOnly(today.Year, today.Month, 1);
        var rows = Enumerable.Range(0, ExpiryMonths).Select(i => first.AddMonths(i))
            .Select(m => new ChartRow(m.ToString("MM/yyyy", CultureInfo.InvariantCulture), [ending.Count(e => e.EndsOn.Year == m.Year && e.EndsOn.Month == m.Month)]))
            .ToList();
        return new DashboardChart("expiring", localizer["Dashboard.Chart.expiring"], localizer["Dashboard.Month"], [localizer["Dashboard.Certificates"].Value], rows, Stacked: false);
    }

    internal static decimal[] StarCounts(IEnumerable<RatedProduct> rated)
    {
        var counts = new decimal[3];
        foreach (var r in rated)
        {
            counts[Math.Clamp(r.Stars, 3, 5) - 3]++;
        }

        return counts;
    }

    /// <summary>Star counts per label, largest first (ties by name).</summary>
    private static List<ChartRow> Breakdown(IEnumerable<RatedProduct> rated, Func<RatedProduct, string> label) =>
        [.. rated.GroupBy(label).Select(g => new ChartRow(g.Key, StarCounts(g)))
            .OrderByDescending(r => r.Total).ThenBy(r => r.Label, StringComparer.Create(CultureInfo.GetCultureInfo("vi-VN"), false))];
}
