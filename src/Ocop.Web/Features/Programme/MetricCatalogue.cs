using Microsoft.EntityFrameworkCore;
using Ocop.Web.Data;
using Ocop.Web.Features.Inspections;
using Ocop.Web.Features.MarketAccess;
using Ocop.Web.Features.Producers;
using Ocop.Web.Features.Support;
using Ocop.Web.Infrastructure;

namespace Ocop.Web.Features.Programme;

/// <summary>
/// What a metric is computed over: one province (optionally one of its communes) and a period of inclusive days.
/// Callers end the period no later than today, so a stock metric reads the state on <see cref="To"/>.
/// </summary>
public sealed record MetricScope(string ProvinceCode, string? CommuneCode, DateOnly From, DateOnly To)
{
    public MetricScope(string provinceCode, DateOnly from, DateOnly to) : this(provinceCode, null, from, to) { }

    /// <summary>The scope ending no later than <paramref name="today"/>: nothing in the future is counted.</summary>
    public MetricScope UpTo(DateOnly today) => To > today ? this with { To = today } : this;
}

/// <summary>
/// A programme metric: a key, how to read it, whether it counts what happened in the period (flow) or the
/// state on its last day (stock), whether it can be computed for one commune, and how the system computes it.
/// </summary>
public sealed record ProgrammeMetric(string Key, MetricUnit Unit, MetricKind Kind, bool ByCommune, Func<OcopDbContext, MetricScope, CancellationToken, Task<decimal>> Compute);

public enum MetricUnit
{
    Count,
    Percent,
}

public enum MetricKind
{
    /// <summary>Counts events inside the period (products recognised, trainees).</summary>
    Flow,
    /// <summary>Reads the state on the period's last day (products with a valid rating, active sales points).</summary>
    Stock,
}

/// <summary>
/// The fixed catalogue of programme metrics that targets and dashboards read.
/// Adding a metric is one entry here, its name in the resources and a test against hand-counted data.
/// </summary>
public static class MetricCatalogue
{
    public static readonly IReadOnlyList<ProgrammeMetric> All =
    [
        // Products with a rating (certificate or confirmed legacy rating) in force on the last day: "161 products by the end of 2024".
        new("products.certified", MetricUnit.Count, MetricKind.Stock, true, async (db, s, ct) =>
            (await RecognitionHistory.RatedOnAsync(db, s.ProvinceCode, s.CommuneCode, s.To, ct)).Count),
        // Products recognised in the period, new ones (first recognition) and re-evaluated ones (recognised before).
        new("products.recognised", MetricUnit.Count, MetricKind.Flow, true, async (db, s, ct) =>
            Recognised(await RecognitionHistory.RecognitionsAsync(db, s.ProvinceCode, s.CommuneCode, s.To, ct), s).All),
        new("products.new", MetricUnit.Count, MetricKind.Flow, true, async (db, s, ct) =>
            Recognised(await RecognitionHistory.RecognitionsAsync(db, s.ProvinceCode, s.CommuneCode, s.To, ct), s).New),
        new("products.reevaluated", MetricUnit.Count, MetricKind.Flow, true, async (db, s, ct) =>
            Recognised(await RecognitionHistory.RecognitionsAsync(db, s.ProvinceCode, s.CommuneCode, s.To, ct), s).Reevaluated),
        new("products.fiveStar", MetricUnit.Count, MetricKind.Stock, true, async (db, s, ct) =>
            (await RecognitionHistory.RatedOnAsync(db, s.ProvinceCode, s.CommuneCode, s.To, ct)).Count(p => p.Stars == 5)),
        // Community-tourism services: rated products of the tourism groups.
        new("tourism.services", MetricUnit.Count, MetricKind.Stock, true, async (db, s, ct) =>
        {
            var tourism = await RecognitionHistory.TourismGroupIdsAsync(db, ct);
            return (await RecognitionHistory.RatedOnAsync(db, s.ProvinceCode, s.CommuneCode, s.To, ct)).Count(p => tourism.Contains(p.GroupId));
        }),
        new("producers.active", MetricUnit.Count, MetricKind.Stock, true, async (db, s, ct) => await ActiveProducers(db, s).CountAsync(ct)),
        new("producers.households", MetricUnit.Count, MetricKind.Stock, true, async (db, s, ct) => await ActiveProducers(db, s).CountAsync(p => p.Type == ProducerType.Household, ct)),
        new("producers.cooperatives", MetricUnit.Count, MetricKind.Stock, true, async (db, s, ct) => await ActiveProducers(db, s).CountAsync(p => p.Type == ProducerType.Cooperative, ct)),
        new("producers.enterprises", MetricUnit.Count, MetricKind.Stock, true, async (db, s, ct) => await ActiveProducers(db, s).CountAsync(p => p.Type == ProducerType.Enterprise, ct)),
        new("salesPoints.active", MetricUnit.Count, MetricKind.Stock, true, async (db, s, ct) =>
            await db.SalesPoints.CountAsync(p => p.ProvinceCode == s.ProvinceCode && (s.CommuneCode == null || p.CommuneCode == s.CommuneCode)
                && p.IsActive && p.CreatedAt < EndOf(s), ct)),
        new("valueChains", MetricUnit.Count, MetricKind.Stock, false, async (db, s, ct) =>
            await db.ValueChains.CountAsync(c => c.ProvinceCode == s.ProvinceCode && c.CreatedAt < EndOf(s), ct)),
        // Trainees: live registrations present at least once, on the province's courses starting in the period.
        new("trainees", MetricUnit.Count, MetricKind.Flow, false, async (db, s, ct) =>
            await db.CourseRegistrations.CountAsync(r => !r.IsCancelled && r.Attendance.Any()
                && db.TrainingCourses.Any(c => c.Id == r.CourseId && c.ProvinceCode == s.ProvinceCode && c.StartsOn >= s.From && c.StartsOn <= s.To), ct)),
        // Producers supported: distinct producers of the area with a support (not cancelled) starting in the period.
        new("producers.supported", MetricUnit.Count, MetricKind.Flow, true, async (db, s, ct) =>
            await db.SupportRecords.Where(r => r.Status != SupportStatus.Cancelled && r.StartsOn >= s.From && r.StartsOn <= s.To
                    && r.Producer!.ProvinceCode == s.ProvinceCode && (s.CommuneCode == null || r.Producer.CommuneCode == s.CommuneCode))
                .Select(r => r.ProducerId).Distinct().CountAsync(ct)),
        // Inspections after recognition (26/2026 Điều 9): planned for a day in the period, done (concluded) in it, and those finding a violation.
        new("inspections.planned", MetricUnit.Count, MetricKind.Flow, true, async (db, s, ct) =>
            await Inspections(db, s).CountAsync(i => i.PlannedOn >= s.From && i.PlannedOn <= s.To, ct)),
        new("inspections.done", MetricUnit.Count, MetricKind.Flow, true, async (db, s, ct) =>
            await Inspections(db, s).CountAsync(i => i.Conclusion != null && i.InspectedOn >= s.From && i.InspectedOn <= s.To, ct)),
        new("inspections.violations", MetricUnit.Count, MetricKind.Flow, true, async (db, s, ct) =>
            await Inspections(db, s).CountAsync(i => i.Conclusion == InspectionConclusion.Violation && i.InspectedOn >= s.From && i.InspectedOn <= s.To, ct)),
        // Share of active producers on modern channels: an e-commerce listing, or a consignment with a supermarket chain or distributor running in the period.
        new("producers.modernChannelsShare", MetricUnit.Percent, MetricKind.Stock, true, async (db, s, ct) =>
        {
            var producers = ActiveProducers(db, s);
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

    public static ProgrammeMetric? Find(string? key) => All.FirstOrDefault(m => m.Key == key);

    /// <summary>Inspections of the area's products (its province, or one commune's producers).</summary>
    private static IQueryable<Inspection> Inspections(OcopDbContext db, MetricScope s) =>
        db.Inspections.Where(i => i.ProvinceCode == s.ProvinceCode
            && (s.CommuneCode == null || i.Certificate!.Product!.Producer!.CommuneCode == s.CommuneCode));

    /// <summary>Active producers of the area registered by the period's last day.</summary>
    private static IQueryable<Producer> ActiveProducers(OcopDbContext db, MetricScope s)
    {
        var end = EndOf(s);
        return db.Producers.Where(p => p.ProvinceCode == s.ProvinceCode && (s.CommuneCode == null || p.CommuneCode == s.CommuneCode)
            && p.Status == ProducerStatus.Active && p.CreatedAt < end);
    }

    /// <summary>The first instant after the period's last day in Vietnam, in UTC (the timestamps' clock).</summary>
    private static DateTime EndOf(MetricScope s) => s.To.AddDays(1).ToDateTime(TimeOnly.MinValue) - VietnamTime.Offset;

    /// <summary>Products recognised in the period: all, first recognitions, and those recognised before the period too.</summary>
    internal static (int All, int New, int Reevaluated) Recognised(IReadOnlyList<Recognition> history, MetricScope s)
    {
        var inPeriod = history.Where(r => r.On >= s.From && r.On <= s.To).Select(r => r.ProductId).ToHashSet();
        var before = history.Where(r => r.On < s.From).Select(r => r.ProductId).ToHashSet();
        var reevaluated = inPeriod.Count(before.Contains);
        return (inPeriod.Count, inPeriod.Count - reevaluated, reevaluated);
    }
}
