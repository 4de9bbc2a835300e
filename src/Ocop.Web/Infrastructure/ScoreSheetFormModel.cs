using Ocop.Web.Features.Evaluation.Criteria;

namespace Ocop.Web.Infrastructure;

/// <summary>What the _ScoreSheet partial needs: the scorecard, the answers so far, and whether they can change.</summary>
/// <param name="KnockOuts">On a council sheet, the knock-out rules the member applies (null on a self-assessment: no knock-out boxes).</param>
/// <param name="SelfAssessment">On a council sheet, the producer's own answers, shown under each criterion (null on a self-assessment).</param>
public sealed record ScoreSheetFormModel(
    ScorecardDefinition Definition, VersionRules Rules, IReadOnlyDictionary<string, int> Answers, bool ReadOnly, IReadOnlyCollection<string>? KnockOuts = null,
    IReadOnlyDictionary<string, int>? SelfAssessment = null)
{
    /// <summary>The choices of a leaf criterion: its options, plus "meets none" at 0 where the version allows and no option is 0.</summary>
    public IReadOnlyList<(string? Text, int Points, int? StarMark)> Choices(ScoreCriterion criterion) =>
        [.. criterion.Options.Select(o => ((string?)o.Text, o.Points, o.StarMark)),
         .. Rules.UnmetCriterionScoresZero && criterion.Options.All(o => o.Points != 0) ? [((string?)null, 0, (int?)null)] : Array.Empty<(string?, int, int?)>()];

    /// <summary>The index of the answered choice (the first with those points), or -1.</summary>
    public int Chosen(ScoreCriterion criterion) =>
        Answers.TryGetValue(criterion.Code, out var points) ? Choices(criterion).ToList().FindIndex(c => c.Points == points) : -1;

    /// <summary>Reads posted answers ("answers[A.1.1]" = points; empty = not answered).</summary>
    public static Dictionary<string, int> Parse(IDictionary<string, string?>? posted) =>
        (posted ?? new Dictionary<string, string?>())
            .Where(p => !string.IsNullOrWhiteSpace(p.Value) && int.TryParse(p.Value, System.Globalization.CultureInfo.InvariantCulture, out _))
            .ToDictionary(p => p.Key, p => int.Parse(p.Value!, System.Globalization.CultureInfo.InvariantCulture), StringComparer.Ordinal);
}
