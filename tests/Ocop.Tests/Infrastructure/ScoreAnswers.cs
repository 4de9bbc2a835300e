using Ocop.Web.Features.Evaluation.Criteria;

namespace Ocop.Tests.Infrastructure;

/// <summary>Answers to a scorecard that land where a test needs them (shared by HTTP and browser tests).</summary>
public static class ScoreAnswers
{
    /// <summary>The best option everywhere (the first case of "choose one" sections): 100 points.</summary>
    public static Dictionary<string, int> Best(ScorecardDefinition definition) =>
        definition.Parts.SelectMany(p => p.Sections)
            .SelectMany(s => s.ChooseOne ? s.Criteria[0].Leaves() : s.Criteria.SelectMany(c => c.Leaves()))
            .ToDictionary(c => c.Code, c => c.MaxPoints);

    /// <summary>
    /// Best answers lowered criterion by criterion until at most <paramref name="target"/> points,
    /// never below what <paramref name="stars"/> needs in a criterion (its marks, a mandatory one).
    /// </summary>
    public static Dictionary<string, int> ForStars(ScorecardDefinition definition, int stars, int target)
    {
        var answers = Best(definition);
        foreach (var leaf in definition.Leaves().Where(l => answers.ContainsKey(l.Code)))
        {
            var total = answers.Values.Sum();
            if (total <= target)
            {
                break;
            }

            var floor = Math.Max(leaf.RequiredPointsFor(stars), leaf.MandatoryStarMark is { } m && m <= stars ? 1 : 0);
            answers[leaf.Code] = leaf.Options.Select(o => o.Points)
                .Where(p => p >= floor && p >= answers[leaf.Code] - (total - target))
                .DefaultIfEmpty(answers[leaf.Code]).Min();
        }

        return answers;
    }
}
