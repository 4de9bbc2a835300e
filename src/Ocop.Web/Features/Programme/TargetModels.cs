namespace Ocop.Web.Features.Programme;

/// <summary>
/// A target as typed: the metric, where (the province, or one commune), when (a year, a programme period, or
/// explicit dates; an explicit date wins over the year's or period's bound), the kind and the numbers.
/// </summary>
public sealed class TargetInput
{
    public string? MetricKey { get; set; }
    public string? CommuneCode { get; set; }
    public int? Year { get; set; }
    public string? PeriodCode { get; set; }
    public DateOnly? StartsOn { get; set; }
    public DateOnly? DueOn { get; set; }
    public TargetKind? Kind { get; set; }
    public decimal? Value { get; set; }
    public decimal? UpperValue { get; set; }
    public string? Title { get; set; }
    public string? Source { get; set; }
    public int Version { get; set; }
}

public sealed record TargetItem(
    int Id, string ProvinceCode, string? CommuneCode, string? CommuneName, string MetricKey, MetricUnit Unit, string? PeriodCode,
    DateOnly StartsOn, DateOnly DueOn, TargetKind Kind, decimal Value, decimal? UpperValue, string? Title, string? Source, int Version,
    TargetProgress Progress)
{
    /// <summary>The metric's display name, filled in by the endpoint in the caller's language.</summary>
    public string? MetricName { get; init; }

    /// <summary>A target inside one calendar year is that year's; otherwise it belongs to its period.</summary>
    public int? Year => StartsOn.Year == DueOn.Year ? StartsOn.Year : null;

    public bool Concerns(int year) => StartsOn.Year <= year && DueOn.Year >= year;
}
