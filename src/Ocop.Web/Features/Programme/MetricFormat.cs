using System.Globalization;

namespace Ocop.Web.Features.Programme;

/// <summary>How the pages write metric values, goals and statuses (numbers in the visitor's culture).</summary>
public static class MetricFormat
{
    public static string Value(decimal value, MetricUnit unit) =>
        unit == MetricUnit.Percent ? value.ToString("0.#", CultureInfo.CurrentCulture) + "%" : value.ToString("#,0.#", CultureInfo.CurrentCulture);

    /// <summary>"≥ 20", "80 – 130", "= 2".</summary>
    public static string Goal(TargetItem t) => t.Kind switch
    {
        TargetKind.Range => $"{Value(t.Value, t.Unit)} – {Value(t.UpperValue ?? t.Value, t.Unit)}",
        TargetKind.Exact => $"= {Value(t.Value, t.Unit)}",
        _ => $"≥ {Value(t.Value, t.Unit)}",
    };

    public static string StatusClass(TargetStatus status) => status switch
    {
        TargetStatus.Met => "bg-success",
        TargetStatus.OnTrack => "bg-primary",
        TargetStatus.AtRisk => "bg-warning",
        _ => "bg-danger",
    };

    public static string StatusBadge(TargetStatus status) => status switch
    {
        TargetStatus.Met => "text-bg-success",
        TargetStatus.OnTrack => "text-bg-primary",
        TargetStatus.AtRisk => "text-bg-warning",
        _ => "text-bg-danger",
    };
}
