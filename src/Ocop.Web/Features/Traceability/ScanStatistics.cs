using Microsoft.EntityFrameworkCore;
using Ocop.Web.Data;
using Ocop.Web.Features.Accounts;
using Ocop.Web.Infrastructure;

namespace Ocop.Web.Features.Traceability;

public sealed record ScanDay(DateOnly Day, long Count);

/// <summary>Scans per day over a window (every day present, zeros included), with totals by link type and language.</summary>
public sealed record ScanSeries(DateOnly From, DateOnly To, long Total, IReadOnlyList<ScanDay> Days, IReadOnlyDictionary<string, long> ByLinkType, IReadOnlyDictionary<string, long> ByLanguage);

public sealed record ProductScans(int ProductId, string ProductName, string ProducerName, long Total);

/// <summary>Reads the scan counts for the people allowed to see them: officers of the area, the producer for their own products.</summary>
public sealed class ScanStatistics(OcopDbContext db, TimeProvider clock)
{
    public const int MaxDays = 366;

    /// <summary>One product's scans; null when the product is outside the caller's scope.</summary>
    public async Task<ScanSeries?> ForProductAsync(int productId, int days, UserScope scope, CancellationToken ct)
    {
        if (!await db.Products.VisibleTo(scope).AnyAsync(p => p.Id == productId, ct))
        {
            return null;
        }

        var (from, to) = Window(days);
        var rows = await db.ScanCounts.AsNoTracking().Where(c => c.ProductId == productId && c.Day >= from && c.Day <= to)
            .Select(c => new { c.Day, c.LinkType, c.Language, c.Count }).ToListAsync(ct);
        var byDay = rows.GroupBy(r => r.Day).ToDictionary(g => g.Key, g => g.Sum(r => r.Count));
        return new ScanSeries(
            from, to, rows.Sum(r => r.Count),
            [.. Enumerable.Range(0, to.DayNumber - from.DayNumber + 1).Select(i => from.AddDays(i)).Select(d => new ScanDay(d, byDay.GetValueOrDefault(d)))],
            rows.GroupBy(r => r.LinkType).ToDictionary(g => g.Key, g => g.Sum(r => r.Count)),
            rows.GroupBy(r => r.Language).ToDictionary(g => g.Key, g => g.Sum(r => r.Count)));
    }

    /// <summary>The most scanned products in the caller's scope over the window.</summary>
    public async Task<IReadOnlyList<ProductScans>> TopAsync(int days, int take, UserScope scope, CancellationToken ct)
    {
        var (from, to) = Window(days);
        var visible = db.Products.VisibleTo(scope);
        var totals = await db.ScanCounts.AsNoTracking()
            .Where(c => c.Day >= from && c.Day <= to && visible.Any(p => p.Id == c.ProductId))
            .GroupBy(c => c.ProductId)
            .Select(g => new { ProductId = g.Key, Total = g.Sum(c => c.Count) })
            .OrderByDescending(x => x.Total).Take(take).ToListAsync(ct);
        var ids = totals.Select(t => t.ProductId).ToList();
        var names = await db.Products.AsNoTracking().Where(p => ids.Contains(p.Id))
            .Select(p => new { p.Id, p.Name, Producer = p.Producer!.Name }).ToDictionaryAsync(p => p.Id, ct);
        return [.. totals.Where(t => names.ContainsKey(t.ProductId)).Select(t => new ProductScans(t.ProductId, names[t.ProductId].Name, names[t.ProductId].Producer, t.Total))];
    }

    private (DateOnly From, DateOnly To) Window(int days)
    {
        var to = VietnamTime.Today(clock);
        return (to.AddDays(1 - Math.Clamp(days, 1, MaxDays)), to);
    }
}
