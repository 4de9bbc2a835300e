namespace Ocop.Web.Features.Fairs;

public sealed record ZoneSummary(string Code, string Name, ZoneKind Kind, int Booths, int BoothsTaken, int Exhibitors, decimal Sales, int Contracts, decimal ContractValue);

public sealed record ExhibitorSummary(string ProducerName, string ProvinceName, string Booths, int ProductsShown, decimal? Sales, int? Contracts, decimal? ContractValue);

/// <summary>
/// The fair's summary report: booths taken and their fees, exhibitors (and how many came from other
/// provinces), products shown, visitors, sales and contracts, per zone and per exhibitor. An exhibitor
/// with booths in two zones counts as an exhibitor of each, but their figures go to the zone of their
/// first booth, so the zones add up to the fair.
/// </summary>
public sealed record FairSummary(
    FairItem Fair, int Booths, int BoothsTaken, decimal BoothFees, int Exhibitors, int FromOtherProvinces, int ProductsShown,
    decimal Sales, int Contracts, decimal ContractValue, IReadOnlyList<ZoneSummary> Zones, IReadOnlyList<ExhibitorSummary> Lines)
{
    /// <summary>Booths taken in percent, one decimal.</summary>
    public decimal Occupancy => Booths == 0 ? 0 : decimal.Round(100m * BoothsTaken / Booths, 1, MidpointRounding.AwayFromZero);

    public static FairSummary Compute(FairPlan plan, IReadOnlyList<ApplicationItem> applications)
    {
        var exhibitors = applications.Where(a => a.Status == ApplicationStatus.Active && a.BoothsAllocated > 0).ToList();
        var boothsOf = plan.Booths.Where(b => b.ApplicationId is not null).GroupBy(b => b.ApplicationId!.Value).ToDictionary(g => g.Key, g => g.OrderBy(b => b.Code, StringComparer.Ordinal).ToList());
        var provinceName = plan.Fair.ProvinceName;
        var firstZone = exhibitors.ToDictionary(e => e.Id, e => boothsOf[e.Id][0].ZoneId);
        var zones = plan.Zones.Select(z =>
        {
            var own = exhibitors.Where(e => firstZone[e.Id] == z.Id).ToList();
            return new ZoneSummary(
                z.Code, z.Name, z.Kind, z.BoothCount, z.BoothsTaken, exhibitors.Count(e => boothsOf[e.Id].Any(b => b.ZoneId == z.Id)),
                own.Sum(e => e.SalesAmount ?? 0), own.Sum(e => e.ContractsSigned ?? 0), own.Sum(e => e.ContractValue ?? 0));
        }).ToList();
        var lines = exhibitors
            .OrderBy(e => boothsOf[e.Id][0].Code, StringComparer.Ordinal)
            .Select(e => new ExhibitorSummary(e.ProducerName, e.ProvinceName, string.Join(", ", boothsOf[e.Id].Select(b => b.Code)), e.Products.Count, e.SalesAmount, e.ContractsSigned, e.ContractValue))
            .ToList();
        return new FairSummary(
            plan.Fair, plan.Booths.Count, plan.Booths.Count(b => b.IsTaken), plan.Booths.Where(b => b.IsTaken).Sum(b => b.Price),
            exhibitors.Count, exhibitors.Count(e => e.ProvinceName != provinceName), exhibitors.SelectMany(e => e.Products).Select(p => p.Id).Distinct().Count(),
            exhibitors.Sum(e => e.SalesAmount ?? 0), exhibitors.Sum(e => e.ContractsSigned ?? 0), exhibitors.Sum(e => e.ContractValue ?? 0), zones, lines);
    }
}
