namespace Ocop.Web.Features.Programme;

public enum TargetStatus
{
    OnTrack,
    AtRisk,
    Met,
    Missed,
}

/// <summary>Where a target stands: the actual value, the value expected by now on a straight line from the baseline, the share of the goal reached.</summary>
public sealed record TargetProgress(decimal Actual, decimal Expected, int Percent, TargetStatus Status);

/// <summary>
/// How a target's status follows from its actual value and the time elapsed (pure; the caller computes the values).
/// After the due date a target is met or missed. Before it, a target already satisfied is met; one over its
/// ceiling (range, exact) is at risk; otherwise it is on track when the actual value has kept pace with a
/// straight line from the baseline (0 for a flow metric, the value the day before the start for a stock
/// metric) to the goal on the due date.
/// </summary>
public static class TargetProgressRule
{
    public static TargetProgress Evaluate(TargetKind kind, decimal value, decimal? upper, decimal actual, decimal baseline, DateOnly startsOn, DateOnly dueOn, DateOnly today)
    {
        var satisfied = kind switch
        {
            TargetKind.Minimum => actual >= value,
            TargetKind.Range => actual >= value && actual <= (upper ?? value),
            _ => actual == value,
        };
        var overCeiling = kind switch
        {
            TargetKind.Range => actual > (upper ?? value),
            TargetKind.Exact => actual > value,
            _ => false,
        };
        var percent = value == 0 ? 100 : (int)decimal.Round(100m * actual / value, 0, MidpointRounding.AwayFromZero);

        var totalDays = dueOn.DayNumber - startsOn.DayNumber + 1;
        var elapsedDays = Math.Clamp(today.DayNumber - startsOn.DayNumber + 1, 0, totalDays);
        var start = Math.Min(baseline, value);
        var expected = decimal.Round(start + ((value - start) * elapsedDays / totalDays), 1, MidpointRounding.AwayFromZero);

        var status = today > dueOn ? (satisfied ? TargetStatus.Met : TargetStatus.Missed)
            : satisfied ? TargetStatus.Met
            : overCeiling ? TargetStatus.AtRisk
            : actual >= expected ? TargetStatus.OnTrack
            : TargetStatus.AtRisk;
        return new TargetProgress(actual, expected, percent, status);
    }
}
