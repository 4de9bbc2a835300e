using Microsoft.EntityFrameworkCore;
using Ocop.Web.Data;
using Ocop.Web.Features.MarketAccess;
using Ocop.Web.Features.Producers;
using Ocop.Web.Features.Support;

namespace Ocop.Web.Features.Programme;

/// <summary>What a metric is computed over: one province and a period (inclusive days).</summary>
public sealed record MetricScope(string ProvinceCode, DateOnly From, DateOnly To);

/// <summary>A programme metric: a key, how to read it (unit) and how the system computes its actual value from its own data.</summary>
public sealed record ProgrammeMetric(string Key, MetricUnit Unit, Func<OcopDbContext, MetricScope, CancellationToken, Task<decimal>> Compute);

public enum MetricUnit
{
    Count,
    Percent,
}

/// <summary>
/// The fixed catalogue of programme metrics that targets and dashboards read (issue 7 builds those on it).
/// Adding a metric is one entry here, its name in the resources and a test against hand-counted data.
/// </summary>
public static class MetricCatalogue
{
    public static readonly IReadOnlyList<ProgrammeMetric> All =
    [
        // Products recognised: distinct products of the province with a certificate issued in the period.
        new("products.recognised", MetricUnit.Count, async (db, s, ct) =>
            await db.Certificates.Where(c => c.IssuedOn >= s.From && c.IssuedOn <= s.To && c.Product!.Producer!.ProvinceCode == s.ProvinceCode)
                .Select(c => c.ProductId).Distinct().CountAsync(ct)),
        // 5★ products: with a 5★ certificate valid on the period's last day.
        new("products.fiveStar", MetricUnit.Count, async (db, s, ct) =>
            await db.Certificates.Where(c => c.Stars == 5 && c.IssuedOn <= s.To && c.ExpiresOn >= s.To && (c.RevokedOn == null || c.RevokedOn > s.To)
                    && c.Product!.Producer!.ProvinceCode == s.ProvinceCode)
                .Select(c => c.ProductId).Distinct().CountAsync(ct)),
        new("producers.active", MetricUnit.Count, async (db, s, ct) =>
            await db.Producers.CountAsync(p => p.ProvinceCode == s.ProvinceCode && p.Status == ProducerStatus.Active, ct)),
        new("salesPoints.active", MetricUnit.Count, async (db, s, ct) =>
            await db.SalesPoints.CountAsync(p => p.ProvinceCode == s.ProvinceCode && p.IsActive, ct)),
        new("valueChains", MetricUnit.Count, async (db, s, ct) =>
            await db.ValueChains.CountAsync(c => c.ProvinceCode == s.ProvinceCode && c.CreatedAt < s.To.AddDays(1).ToDateTime(TimeOnly.MinValue), ct)),
        // Trainees: live registrations present at least once, on the province's courses starting in the period.
        new("trainees", MetricUnit.Count, async (db, s, ct) =>
            await db.CourseRegistrations.CountAsync(r => !r.IsCancelled && r.Attendance.Any()
                && db.TrainingCourses.Any(c => c.Id == r.CourseId && c.ProvinceCode == s.ProvinceCode && c.StartsOn >= s.From && c.StartsOn <= s.To), ct)),
        // Producers supported: distinct producers of the province with a support (not cancelled) starting in the period.
        new("producers.supported", MetricUnit.Count, async (db, s, ct) =>
            await db.SupportRecords.Where(r => r.Status != SupportStatus.Cancelled && r.StartsOn >= s.From && r.StartsOn <= s.To && r.Producer!.ProvinceCode == s.ProvinceCode)
                .Select(r => r.ProducerId).Distinct().CountAsync(ct)),
        // Share of active producers on modern channels: an e-commerce listing, or a consignment with a supermarket chain or distributor running in the period.
        new("producers.modernChannelsShare", MetricUnit.Percent, async (db, s, ct) =>
        {
            var producers = db.Producers.Where(p => p.ProvinceCode == s.ProvinceCode && p.Status == ProducerStatus.Active);
            var total = await producers.CountAsync(ct);
            if (total == 0)
            {
                return 0m;
            }

            var modern = await producers.CountAsync(p =>
                db.ProductListings.Any(l => l.Product!.ProducerId == p.Id)
                || db.ConsignmentAgreements.Any(a => a.ProducerId == p.Id && a.StartsOn <= s.To && a.EndsOn >= s.From
                    && (a.OutletKind == OutletKind.SupermarketChain || a.OutletKind == OutletKind.Distributor)), ct);
            return decimal.Round(100m * modern / total, 1, MidpointRounding.AwayFromZero);
        }),
    ];

    public static ProgrammeMetric? Find(string key) => All.FirstOrDefault(m => m.Key == key);
}
