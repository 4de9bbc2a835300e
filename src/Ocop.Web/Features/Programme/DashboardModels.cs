namespace Ocop.Web.Features.Programme;

/// <summary>Current units (34 provinces, communes since 1 July 2025) or the units before the reform (63 provinces).</summary>
public enum UnitView
{
    Current,
    Old,
}

/// <summary>One row of a chart and its table: a label and one value per series.</summary>
public sealed record ChartRow(string Label, IReadOnlyList<decimal> Values)
{
    public decimal Total => Values.Sum();
}

/// <summary>A chart's data: the same rows feed the canvas, the accessible table and the CSV download.</summary>
public sealed record DashboardChart(string Key, string Title, string LabelHeader, IReadOnlyList<string> Series, IReadOnlyList<ChartRow> Rows, bool Stacked = true);

public sealed record MetricValue(string Key, string Name, MetricUnit Unit, decimal Value);

/// <param name="EndingSoon">How many products' stars end within the officer's home window from today (the same count as the officer's home; <see cref="StarsEnding"/>).</param>
public sealed record ProvinceDashboard(
    string ProvinceCode, string ProvinceName, int Year, DateOnly AsOf, UnitView Units,
    IReadOnlyList<TargetItem> Targets, IReadOnlyList<MetricValue> Metrics, IReadOnlyList<DashboardChart> Charts, EndingSoon? EndingSoon = null);

/// <summary>Products whose stars end within <paramref name="WithinDays"/> days of today.</summary>
public sealed record EndingSoon(int WithinDays, int Count);

/// <summary>A province (or an old province) on the national dashboard.</summary>
public sealed record NationalRow(
    string Code, string Name, string? NewProvinceName, int Rated, int ThreeStar, int FourStar, int FiveStar, int RecognisedInYear,
    int? ProducersActive, int? SalesPoints, int? TargetsMet, int? TargetsAtRisk, int? Targets);

public sealed record NationalDashboard(int Year, DateOnly AsOf, UnitView Units, IReadOnlyList<NationalRow> Rows);
