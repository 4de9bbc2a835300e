using Ocop.Web.Features.Evaluation.Criteria;
using static Ocop.Tests.Features.Evaluation.SampleScorecards;

namespace Ocop.Tests.Features.Evaluation;

/// <summary>The scoring rules without storage: thresholds, star marks, cases, averages, expiry.</summary>
public sealed class ScoreRulesTests
{
    [Theory]
    [InlineData("0", 1)]
    [InlineData("29.99", 1)]
    [InlineData("30", 2)]
    [InlineData("49.99", 2)]
    [InlineData("50", 3)]
    [InlineData("69.99", 3)]
    [InlineData("70", 4)]
    [InlineData("89.99", 4)]
    [InlineData("90", 5)]
    [InlineData("100", 5)]
    public void StarsForPoints_FollowsTheVersionThresholds(string points, int stars) =>
        Rules().StarsForPoints(decimal.Parse(points, System.Globalization.CultureInfo.InvariantCulture)).ShouldBe(stars);

    [Fact]
    public void Only3To5StarsAreCertified()
    {
        var rules = Rules();
        Enumerable.Range(1, 5).Select(rules.IsCertified).ShouldBe([false, false, true, true, true]);
    }

    [Fact]
    public void SampleScorecard_IsValid() => ScorecardValidator.Problems(ThreeParts(), Rules()).ShouldBeEmpty();

    [Fact]
    public void Total_AddsLeavesPerPart()
    {
        var score = ScoreCalculator.Total(ThreeParts(), Answers(40, 25, 20, 15));
        score.Total.ShouldBe(100);
        score.PartTotals.ShouldBe(new Dictionary<string, int> { ["A"] = 40, ["B"] = 25, ["C"] = 35 });
    }

    [Fact]
    public void Combine_HighTotalWithACriterionBelowItsMark_IsCappedBelowTheMark()
    {
        // 40 + 25 + 20 + 5 = 90 reaches 5★ by points, but C.1.1.2 needs 15 for 4★ or more.
        var result = ScoreCalculator.Combine(ThreeParts(), Rules(), [Answers(40, 25, 20, 5)]);
        result.Average.ShouldBe(90m);
        result.StarsByPoints.ShouldBe(5);
        result.Stars.ShouldBe(3);
        result.HeldBackBy.ShouldBe(["C.1.1.2"]);
        result.IsNationalCandidate.ShouldBeFalse();
    }

    [Fact]
    public void Combine_KnockOutByMajority_Unranks_ByMinority_OnlyFlagsForDiscussion()
    {
        var sheets = new[] { Answers(40, 25, 20, 15), Answers(40, 25, 20, 15), Answers(40, 25, 20, 15) };

        var majority = ScoreCalculator.Combine(ThreeParts(), Rules(), sheets, [["C.1.1"], ["C.1.1", "C.1.1"], []]);
        majority.KnockedOutBy.ShouldBe(["C.1.1"]);
        majority.IsKnockedOut.ShouldBeTrue();
        majority.IsCertified.ShouldBeFalse();
        majority.IsNationalCandidate.ShouldBeFalse();

        var minority = ScoreCalculator.Combine(ThreeParts(), Rules(), sheets, [["C.1.1"], [], []]);
        minority.IsKnockedOut.ShouldBeFalse();
        minority.NeedsDiscussion.ShouldBeTrue();
        minority.Stars.ShouldBe(5);
        minority.IsCertified.ShouldBeTrue();
    }

    [Fact]
    public void Combine_MarkMetOnAverage_KeepsTheClass()
    {
        var result = ScoreCalculator.Combine(ThreeParts(), Rules(), [Answers(40, 25, 20, 15), Answers(40, 25, 20, 15), Answers(40, 25, 10, 15)]);
        result.Stars.ShouldBe(5);
        result.IsNationalCandidate.ShouldBeTrue();
        result.HeldBackBy.ShouldBeEmpty();
    }

    [Fact]
    public void Combine_MandatoryCriterionUnmet_CapsBelowItsClass()
    {
        // C.1.1.1 becomes mandatory from 4★ (as "Sở hữu trí tuệ" is in 148).
        var sample = ThreeParts();
        var c = sample.Parts[2].Sections[0].Criteria[0];
        var mandatory = c with { SubCriteria = [c.SubCriteria[0] with { MandatoryStarMark = 4 }, c.SubCriteria[1]] };
        var definition = new ScorecardDefinition([.. sample.Parts.Take(2), sample.Parts[2] with { Sections = [sample.Parts[2].Sections[0] with { Criteria = [mandatory] }] }]);

        var unmet = ScoreCalculator.Combine(definition, Rules(), [Answers(40, 25, 0, 15)]);
        unmet.StarsByPoints.ShouldBe(4);
        unmet.Stars.ShouldBe(3);
        unmet.HeldBackBy.ShouldBe(["C.1.1.1"]);
        ScoreCalculator.Combine(definition, Rules(), [Answers(40, 25, 10, 15)]).Stars.ShouldBe(5);
    }

    [Fact]
    public void Combine_AveragesToTwoDecimals_AndFlagsASpreadOfMoreThanTen()
    {
        // Totals 71, 70, 61: average 67.333… → 67.33; spread 10, which the rule allows ("more than 10" must be discussed).
        var result = ScoreCalculator.Combine(ThreeParts(), Rules(),
            [Answers(40, 0, 20, 11), Answers(40, 0, 20, 10), Answers(40, 0, 10, 11)]);
        result.MemberTotals.ShouldBe([71, 70, 61]);
        result.Average.ShouldBe(67.33m);
        result.Spread.ShouldBe(10);
        (result.SpreadTooWide, result.NeedsDiscussion).ShouldBe((false, false));
        result.Stars.ShouldBe(3);

        // 71, 70, 60: eleven apart.
        var wide = ScoreCalculator.Combine(ThreeParts(), Rules(), [Answers(40, 0, 20, 11), Answers(40, 0, 20, 10), Answers(40, 0, 10, 10)]);
        (wide.Spread, wide.SpreadTooWide, wide.KnockOutVoteSplit, wide.NeedsDiscussion).ShouldBe((11, true, false, true));
    }

    [Fact]
    public void Combine_RoundsHalfAwayFromZero()
    {
        // Totals 70 and 69 → 69.5; three sheets 70, 70, 69 → 69.666… → 69.67.
        ScoreCalculator.Combine(ThreeParts(), Rules(), [Answers(40, 10, 20, 0), Answers(40, 10, 19, 0)]).Average.ShouldBe(69.5m);
        ScoreCalculator.Combine(ThreeParts(), Rules(), [Answers(40, 10, 20, 0), Answers(40, 10, 20, 0), Answers(40, 10, 19, 0)]).Average.ShouldBe(69.67m);
        ScoreCalculator.Combine(ThreeParts(), Rules(), [Answers(40, 10, 20, 0), Answers(40, 10, 20, 0), Answers(40, 10, 19, 0)]).Spread.ShouldBe(1);
    }

    [Fact]
    public void Check_ChooseOneSection_AcceptsEitherCaseButNotBoth()
    {
        var rules = Rules();
        ScoreCalculator.Check(ThreeParts(), rules, Answers(40, 25, 20, 15, bCase: "B.1.1"), complete: true).ShouldBeEmpty();
        ScoreCalculator.Check(ThreeParts(), rules, Answers(40, 10, 20, 15, bCase: "B.1.2"), complete: true).ShouldBeEmpty();

        var both = Answers(40, 25, 20, 15);
        both["B.1.2"] = 10;
        ScoreCalculator.Check(ThreeParts(), rules, both, complete: false)
            .ShouldHaveSingleItem().Message.ShouldBe("Mục B.1 chỉ chấm một trường hợp, phiếu đang chấm 2.");

        var none = Answers(40, 25, 20, 15);
        none.Remove("B.1.1");
        ScoreCalculator.Check(ThreeParts(), rules, none, complete: true)
            .ShouldHaveSingleItem().Message.ShouldBe("Mục B.1: chưa chọn trường hợp nào để chấm.");
        ScoreCalculator.Check(ThreeParts(), rules, none, complete: false).ShouldBeEmpty();
    }

    [Fact]
    public void Check_ChooseOneSection_MaxIsTheBestCase() => ThreeParts().Parts[1].MaxPoints.ShouldBe(25);

    [Fact]
    public void Check_MissingAnswer_NamesTheCriterion()
    {
        var answers = Answers(40, 25, 20, 15);
        answers.Remove("C.1.1.2");
        ScoreCalculator.Check(ThreeParts(), Rules(), answers, complete: true)
            .ShouldHaveSingleItem().ShouldBe(new AnswerProblem("C.1.1.2", "Tiêu chí C.1.1.2 (Tiêu chí C.1.1.2) chưa chấm."));
    }

    [Fact]
    public void Check_PointsNotAmongTheOptions_ListsTheAllowedOnes()
    {
        var answers = Answers(40, 25, 20, 15);
        answers["A.1.1"] = 30;
        answers["Z.9"] = 1;
        var problems = ScoreCalculator.Check(ThreeParts(), Rules(), answers, complete: true);
        problems.ShouldContain(new AnswerProblem("A.1.1", "Tiêu chí A.1.1: 30 điểm không phải một mức của tiêu chí (các mức: 0, 20, 40)."));
        problems.ShouldContain(new AnswerProblem("Z.9", "Không có tiêu chí Z.9 trong phiếu này."));
    }

    [Fact]
    public void Check_ZeroIsAllowedWhenTheVersionSaysAnUnmetCriterionScoresZero()
    {
        var definition = new ScorecardDefinition([new ScorePart("A", "A", [new ScoreSection("A.1", "A.1", null, false, [Leaf("A.1.1", Option(1), Option(2))])])]);
        ScoreCalculator.Check(definition, Rules(), new Dictionary<string, int> { ["A.1.1"] = 0 }, complete: true).ShouldBeEmpty();
        ScoreCalculator.Check(definition, Rules() with { UnmetCriterionScoresZero = false }, new Dictionary<string, int> { ["A.1.1"] = 0 }, complete: true)
            .ShouldHaveSingleItem().CriterionCode.ShouldBe("A.1.1");
    }

    [Fact]
    public void Validator_RejectsPartsThatDoNotReachTheirMaxima()
    {
        var problems = ScorecardValidator.Problems(ThreeParts(), Rules(a: 35, b: 25, c: 40));
        problems.ShouldContain("Phần A cộng được 40 điểm tối đa, phải là 35.");
        problems.ShouldContain("Phần C cộng được 35 điểm tối đa, phải là 40.");
    }

    [Fact]
    public void Validator_RejectsATotalOtherThan100()
    {
        var definition = ThreeParts();
        definition = new ScorecardDefinition([.. definition.Parts.Take(2)]);
        var problems = ScorecardValidator.Problems(definition, Rules());
        problems.ShouldContain("Thiếu phần C.");
        problems.ShouldContain("Tổng điểm tối đa là 65, phải là 100.");
    }

    [Fact]
    public void Validator_RejectsACriterionWithoutOptions()
    {
        var definition = new ScorecardDefinition([new ScorePart("A", "A", [new ScoreSection("A.1", "A.1", null, false, [Leaf("A.1.1")])])]);
        ScorecardValidator.Problems(definition, Rules(a: 1, b: 0, c: 0) with { PartMaxima = new Dictionary<string, int> { ["A"] = 1 } })
            .ShouldContain("Tiêu chí A.1.1 chưa có mức điểm nào.");
    }

    [Theory]
    [InlineData("2024-02-29", "2027-02-28")]
    [InlineData("2025-01-31", "2028-01-31")]
    [InlineData("2023-03-31", "2026-03-31")]
    [InlineData("2025-08-31", "2028-08-31")]
    [InlineData("2023-02-28", "2026-02-28")]
    [InlineData("2025-02-28", "2028-02-28")]
    [InlineData("2025-12-31", "2028-12-31")]
    public void CertificateExpiry_Is36CalendarMonthsLater(string issued, string expires) =>
        Rules().CertificateExpiry(DateOnly.Parse(issued, System.Globalization.CultureInfo.InvariantCulture))
            .ShouldBe(DateOnly.Parse(expires, System.Globalization.CultureInfo.InvariantCulture));

    [Fact]
    public void CertificateExpiry_FollowsTheVersionsValidity() =>
        (Rules() with { CertificateValidityMonths = 1 }).CertificateExpiry(new DateOnly(2024, 1, 31)).ShouldBe(new DateOnly(2024, 2, 29));
}
