using Ocop.Web.Features.Evaluation.Criteria;

namespace Ocop.Tests.Features.Evaluation;

/// <summary>Small hand-made scorecards whose totals are easy to reason about in rule tests.</summary>
internal static class SampleScorecards
{
    public static VersionRules Rules(int a = 40, int b = 25, int c = 35) => new(
        new Dictionary<string, int> { ["A"] = a, ["B"] = b, ["C"] = c },
        [new(5, 90), new(4, 70), new(3, 50), new(2, 30), new(1, 0)],
        [3, 4, 5], 36, 90, 90, 10, StarMarksAreMinimums: true, UnmetCriterionScoresZero: true);

    public static ScoreOption Option(int points, int? star = null) => new($"{points} điểm", points, star);

    public static ScoreCriterion Leaf(string code, params ScoreOption[] options) => new(code, "Tiêu chí " + code, null, null, null, options, []);

    /// <summary>
    /// A: one criterion of 0/20/40 points. B: a "choose one" section of two cases (0/25 each).
    /// C: a criterion with sub-criteria 0/10/20 and 0/5/15, the 15 marked as the minimum for 4★.
    /// </summary>
    public static ScorecardDefinition ThreeParts() => new([
        new ScorePart("A", "Phần A", [new ScoreSection("A.1", "Mục A.1", null, false, [Leaf("A.1.1", Option(0), Option(20), Option(40))])]),
        new ScorePart("B", "Phần B", [new ScoreSection("B.1", "Mục B.1", "Lựa chọn một trong hai trường hợp", true, [
            Leaf("B.1.1", Option(0), Option(25)),
            Leaf("B.1.2", Option(0), Option(10), Option(25)),
        ])]),
        new ScorePart("C", "Phần C", [new ScoreSection("C.1", "Mục C.1", null, false, [
            new ScoreCriterion("C.1.1", "Cảm quan", null, null, null, [], [
                Leaf("C.1.1.1", Option(0), Option(10), Option(20)),
                Leaf("C.1.1.2", Option(0), Option(5), Option(15, star: 4)),
            ]),
        ])]),
    ]);

    public static Dictionary<string, int> Answers(int a, int b, int c1, int c2, string bCase = "B.1.1") =>
        new() { ["A.1.1"] = a, [bCase] = b, ["C.1.1.1"] = c1, ["C.1.1.2"] = c2 };
}
