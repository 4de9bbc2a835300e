namespace Ocop.Web.Features.Support;

/// <summary>A support record as its form and the API take it.</summary>
public sealed class SupportInput
{
    public int? ProducerId { get; set; }
    public int? ProductId { get; set; }
    public SupportKind? Kind { get; set; }
    public string? Provider { get; set; }
    public DateOnly? StartsOn { get; set; }
    public DateOnly? EndsOn { get; set; }
    public decimal? Cost { get; set; }
    public FundingSource? Funding { get; set; }
    public SupportStatus? Status { get; set; }
    public string? Outcome { get; set; }
    public int? PolicyId { get; set; }
    public int? Version { get; set; }
}

public sealed record SupportItem(
    int Id, int ProducerId, string ProducerName, int? ProductId, string? ProductName, SupportKind Kind, string Provider, DateOnly StartsOn, DateOnly? EndsOn,
    decimal Cost, FundingSource Funding, SupportStatus Status, string? Outcome, int? PolicyId, string? PolicyName, int Version);

/// <summary>A policy as its form and the API take it.</summary>
public sealed class PolicyInput
{
    public string? Name { get; set; }
    public PolicyArea? Area { get; set; }
    public string? LegalBasis { get; set; }
    public string? Conditions { get; set; }
    public decimal? Budget { get; set; }
    public DateOnly? ValidFrom { get; set; }
    public DateOnly? ValidTo { get; set; }
    public int? Version { get; set; }
}

/// <summary>A policy with the support records that used it (not cancelled) and what they cost.</summary>
public sealed record PolicyItem(
    int Id, string ProvinceCode, string Name, PolicyArea Area, string? LegalBasis, string? Conditions, decimal? Budget, DateOnly ValidFrom, DateOnly? ValidTo,
    int Records, decimal Spent, int Version)
{
    public bool InForce(DateOnly today) => ValidFrom <= today && (ValidTo is null || today <= ValidTo);
}

public sealed record KindLine(SupportKind Kind, int Producers, int Products, int Records, decimal Cost);

public sealed record FundingLine(FundingSource Funding, int Records, decimal Cost);

/// <summary>A supported product's stars when its support started and today (null: not ranked).</summary>
public sealed record EffectLine(int ProductId, string ProductName, string ProducerName, string Kinds, int? StarsBefore, int? StarsNow);

/// <summary>
/// The support report of a year (records starting in it, cancelled ones left out): producers, products,
/// records and cost per kind and in all; cost per funding source; and for the products whose support was
/// completed, their stars before and now.
/// </summary>
public sealed record SupportReport(
    int Year, int Producers, int Products, int Records, decimal Cost, IReadOnlyList<KindLine> ByKind, IReadOnlyList<FundingLine> ByFunding, IReadOnlyList<EffectLine> Effect)
{
    public int Improved => Effect.Count(e => e.StarsNow > (e.StarsBefore ?? 0));
    public int Unchanged => Effect.Count(e => e.StarsNow == e.StarsBefore);
}
