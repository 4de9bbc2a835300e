using Ocop.Web.Features.Programme;

namespace Ocop.Tests.Features.Programme;

public sealed class TargetProgressRuleTests
{
    private static readonly DateOnly Start = new(2024, 1, 1);
    private static readonly DateOnly Due = new(2024, 12, 31);   // 366 days
    private static readonly DateOnly MidYear = new(2024, 7, 1); // day 183: half the window

    private static TargetProgress Evaluate(TargetKind kind, decimal value, decimal? upper, decimal actual, DateOnly today, decimal baseline = 0) =>
        TargetProgressRule.Evaluate(kind, value, upper, actual, baseline, Start, Due, today);

    [Fact]
    public void Minimum_AlreadyReached_IsMetBeforeTheDueDate()
    {
        var p = Evaluate(TargetKind.Minimum, 20, null, 29, MidYear);
        (p.Status, p.Percent).ShouldBe((TargetStatus.Met, 145));
    }

    [Fact]
    public void Minimum_KeepingPace_IsOnTrack_AndBehindIsAtRisk()
    {
        Evaluate(TargetKind.Minimum, 20, null, 10, MidYear).Status.ShouldBe(TargetStatus.OnTrack);   // expected 10.0 by day 183 of 366
        var behind = Evaluate(TargetKind.Minimum, 20, null, 9, MidYear);
        (behind.Status, behind.Expected, behind.Percent).ShouldBe((TargetStatus.AtRisk, 10.0m, 45));
    }

    [Fact]
    public void StockTarget_PaceStartsFromTheBaseline()
    {
        // 150 products at the start, 161 by the end: halfway, 155.5 are expected.
        Evaluate(TargetKind.Minimum, 161, null, 156, MidYear, baseline: 150).Status.ShouldBe(TargetStatus.OnTrack);
        var behind = Evaluate(TargetKind.Minimum, 161, null, 155, MidYear, baseline: 150);
        (behind.Status, behind.Expected).ShouldBe((TargetStatus.AtRisk, 155.5m));
    }

    [Fact]
    public void AfterTheDueDate_TheTargetIsMetOrMissed()
    {
        var after = Due.AddDays(1);
        Evaluate(TargetKind.Minimum, 161, null, 161, after).Status.ShouldBe(TargetStatus.Met);
        Evaluate(TargetKind.Minimum, 161, null, 160, after).Status.ShouldBe(TargetStatus.Missed);
        Evaluate(TargetKind.Minimum, 161, null, 160, Due).Status.ShouldNotBe(TargetStatus.Missed, "the due day itself still counts");
    }

    [Fact]
    public void Range_IsMetInside_AndOverTheCeilingIsAtRiskThenMissed()
    {
        Evaluate(TargetKind.Range, 80, 130, 80, Due.AddDays(1)).Status.ShouldBe(TargetStatus.Met);
        Evaluate(TargetKind.Range, 80, 130, 130, Due.AddDays(1)).Status.ShouldBe(TargetStatus.Met);
        Evaluate(TargetKind.Range, 80, 130, 131, MidYear).Status.ShouldBe(TargetStatus.AtRisk);
        Evaluate(TargetKind.Range, 80, 130, 131, Due.AddDays(1)).Status.ShouldBe(TargetStatus.Missed);
        Evaluate(TargetKind.Range, 80, 130, 79, Due.AddDays(1)).Status.ShouldBe(TargetStatus.Missed);
    }

    [Fact]
    public void Exact_IsMetOnlyWhenEqual()
    {
        Evaluate(TargetKind.Exact, 2, null, 2, Due.AddDays(1)).Status.ShouldBe(TargetStatus.Met);
        Evaluate(TargetKind.Exact, 2, null, 3, Due.AddDays(1)).Status.ShouldBe(TargetStatus.Missed);
        Evaluate(TargetKind.Exact, 2, null, 3, MidYear).Status.ShouldBe(TargetStatus.AtRisk);
    }

    [Fact]
    public void BeforeTheStart_NothingIsExpectedYet()
    {
        var p = Evaluate(TargetKind.Minimum, 20, null, 0, Start.AddDays(-10));
        (p.Status, p.Expected, p.Percent).ShouldBe((TargetStatus.OnTrack, 0m, 0));
    }

    [Fact]
    public void ZeroGoal_IsFullyReached()
    {
        Evaluate(TargetKind.Minimum, 0, null, 0, MidYear).Percent.ShouldBe(100);
    }
}
