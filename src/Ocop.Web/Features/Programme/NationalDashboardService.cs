using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Ocop.Web.Data;
using Ocop.Web.Features.Producers;
using Ocop.Web.Infrastructure;

namespace Ocop.Web.Features.Programme;

/// <summary>
/// Every province side by side for the national administrator: rated products by stars, products recognised
/// in the year, active producers, sales points and the year's targets. In the old-units view the 63 provinces
/// before the reform, with what can be attributed to them (products; the rest has no old address).
/// </summary>
public sealed class NationalDashboardService(OcopDbContext db, TargetService targets, TimeProvider clock)
{
    public async Task<NationalDashboard> BuildAsync(int year, UnitView units, Accounts.UserScope scope, CancellationToken ct)
    {
        var today = VietnamTime.Today(clock);
        var asOf = DashboardService.AsOf(year, today);
        var rated = await RecognitionHistory.RatedOnAsync(db, null, null, asOf, ct);
        var history = await RecognitionHistory.RecognitionsAsync(db, null, null, asOf, ct);
        var recognisedInYear = history.Where(r => r.On.Year == year).Select(r => r.ProductId).ToHashSet();
        var provinceOfProduct = await db.Products.Where(p => recognisedInYear.Contains(p.Id))
            .Select(p => new { p.Id, p.Producer!.ProvinceCode, p.Producer.CommuneCode, p.Producer.OldUnitCode }).ToListAsync(ct);

        if (units == UnitView.Old)
        {
            var old = await OldProvinceAttribution.LoadAsync(db, null, ct);
            var newNames = await db.Provinces.ToDictionaryAsync(p => p.Code, p => p.Name, ct);
            var ratedByOld = rated.ToLookup(r => old.Of(r.CommuneCode, r.OldUnitCode));
            var recognisedByOld = provinceOfProduct.ToLookup(p => old.Of(p.CommuneCode, p.OldUnitCode));
            return new NationalDashboard(year, asOf, units, [.. old.Names.Select(o => Row(o.Key, o.Value, newNames.GetValueOrDefault(old.NewProvinceOf[o.Key]),
                ratedByOld[o.Key], recognisedByOld[o.Key].Count(), null, null, null))]);
        }

        var provinces = await db.Provinces.OrderBy(p => p.Code).Select(p => new { p.Code, p.Name }).ToListAsync(ct);
        var end = asOf.AddDays(1).ToDateTime(TimeOnly.MinValue) - VietnamTime.Offset;
        var producers = await db.Producers.Where(p => p.Status == ProducerStatus.Active && p.CreatedAt < end)
            .GroupBy(p => p.ProvinceCode).Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.Key, g => g.Count, ct);
        var points = await db.SalesPoints.Where(p => p.IsActive && p.CreatedAt < end)
            .GroupBy(p => p.ProvinceCode).Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.Key, g => g.Count, ct);
        var (jan1, dec31) = (new DateOnly(year, 1, 1), new DateOnly(year, 12, 31));
        var withTargets = await db.ProgrammeTargets.Where(t => t.StartsOn <= dec31 && t.DueOn >= jan1).Select(t => t.ProvinceCode).Distinct().ToListAsync(ct);
        var progress = new Dictionary<string, List<TargetItem>>();
        foreach (var code in withTargets)
        {
            progress[code] = [.. (await targets.ListAsync(scope, code, ct)).Where(t => t.Concerns(year))];
        }

        var ratedBy = rated.ToLookup(r => r.ProvinceCode);
        var recognisedBy = provinceOfProduct.ToLookup(p => p.ProvinceCode);
        return new NationalDashboard(year, asOf, units, [.. provinces.Select(p =>
        {
            var list = progress.GetValueOrDefault(p.Code) ?? [];
            return Row(p.Code, p.Name, null, ratedBy[p.Code], recognisedBy[p.Code].Count(), producers.GetValueOrDefault(p.Code), points.GetValueOrDefault(p.Code), list);
        })]);
    }

    private static NationalRow Row(string code, string name, string? newName, IEnumerable<RatedProduct> rated, int recognised, int? producers, int? points, List<TargetItem>? list)
    {
        var stars = DashboardService.StarCounts(rated);
        return new NationalRow(code, name, newName, (int)stars.Sum(), (int)stars[0], (int)stars[1], (int)stars[2], recognised, producers, points,
            list?.Count(t => t.Progress.Status == TargetStatus.Met), list?.Count(t => t.Progress.Status is TargetStatus.AtRisk or TargetStatus.Missed), list?.Count);
    }

    /// <summary>Sorts by a column of the table (its key in the page's header links); unknown keys sort by code.</summary>
    public static IEnumerable<NationalRow> Sort(IEnumerable<NationalRow> rows, string? column, bool descending)
    {
        Func<NationalRow, IComparable?> key = column switch
        {
            "name" => r => r.Name,
            "rated" => r => r.Rated,
            "three" => r => r.ThreeStar,
            "four" => r => r.FourStar,
            "five" => r => r.FiveStar,
            "recognised" => r => r.RecognisedInYear,
            "producers" => r => r.ProducersActive,
            "points" => r => r.SalesPoints,
            "met" => r => r.TargetsMet,
            _ => r => r.Code,
        };
        var comparer = Comparer<IComparable?>.Create((a, b) => a is string x && b is string y
            ? string.Compare(x, y, CultureInfo.GetCultureInfo("vi-VN"), CompareOptions.None)
            : Comparer<IComparable?>.Default.Compare(a, b));
        return descending ? rows.OrderByDescending(key, comparer).ThenBy(r => r.Code, StringComparer.Ordinal) : rows.OrderBy(key, comparer).ThenBy(r => r.Code, StringComparer.Ordinal);
    }
}
