namespace Ocop.Web.Features.Evaluation.Criteria;

/// <summary>A member's answer problem: the criterion it concerns (null for the sheet) and a message for the member.</summary>
public sealed record AnswerProblem(string? CriterionCode, string Message);

/// <summary>One member's sheet, totalled.</summary>
public sealed record SheetScore(int Total, IReadOnlyDictionary<string, int> PartTotals);

/// <summary>A council's result for one product.</summary>
/// <param name="StarsByPoints">The class the average reaches by thresholds alone.</param>
/// <param name="Stars">After the star marks: the class the product is ranked.</param>
/// <param name="HeldBackBy">Criteria whose average is below what a higher class needs.</param>
public sealed record CouncilResult(
    IReadOnlyList<int> MemberTotals,
    decimal Average,
    int Spread,
    bool NeedsDiscussion,
    int StarsByPoints,
    int Stars,
    IReadOnlyList<string> HeldBackBy,
    bool IsCertified,
    bool IsNationalCandidate,
    IReadOnlyList<string> KnockedOutBy,
    bool SpreadTooWide = false,
    bool KnockOutVoteSplit = false)
{
    /// <summary>A knock-out applied by a majority: the product is not ranked at all.</summary>
    public bool IsKnockedOut => KnockedOutBy.Count > 0;
}

/// <summary>
/// The scoring rules, free of storage: checks a member's answers, totals a sheet, and combines
/// the members' sheets into the council's average and star class.
/// </summary>
public static class ScoreCalculator
{
    /// <summary>
    /// Problems with a sheet's answers (points per leaf criterion code). A draft may leave
    /// criteria unanswered; a submitted sheet (<paramref name="complete"/>) may not. In a
    /// "choose one case" section exactly one case is answered.
    /// </summary>
    public static IReadOnlyList<AnswerProblem> Check(ScorecardDefinition definition, VersionRules rules, IReadOnlyDictionary<string, int> answers, bool complete)
    {
        var problems = new List<AnswerProblem>();
        var leaves = definition.Leaves().ToDictionary(c => c.Code, StringComparer.Ordinal);
        foreach (var (code, points) in answers)
        {
            if (!leaves.TryGetValue(code, out var criterion))
            {
                problems.Add(new(code, $"Không có tiêu chí {code} trong phiếu này."));
            }
            else if (!AllowedPoints(criterion, rules).Contains(points))
            {
                problems.Add(new(code, $"Tiêu chí {code}: {points} điểm không phải một mức của tiêu chí (các mức: {string.Join(", ", AllowedPoints(criterion, rules))})."));
            }
        }

        foreach (var section in definition.Parts.SelectMany(p => p.Sections))
        {
            if (section.ChooseOne)
            {
                var answeredCases = section.Criteria.Where(c => c.Leaves().Any(l => answers.ContainsKey(l.Code))).ToList();
                if (answeredCases.Count > 1)
                {
                    problems.Add(new(section.Code, $"Mục {section.Code} chỉ chấm một trường hợp, phiếu đang chấm {answeredCases.Count}."));
                }
                else if (complete && answeredCases.Count == 0)
                {
                    problems.Add(new(section.Code, $"Mục {section.Code}: chưa chọn trường hợp nào để chấm."));
                }
                else if (complete)
                {
                    AddMissing(answeredCases[0].Leaves(), answers, problems);
                }
            }
            else if (complete)
            {
                AddMissing(section.Criteria.SelectMany(c => c.Leaves()), answers, problems);
            }
        }

        return problems;
    }

    /// <summary>The options' points, plus 0 (meets none of them) where the version allows it.</summary>
    public static IReadOnlyList<int> AllowedPoints(ScoreCriterion criterion, VersionRules rules) =>
        [.. criterion.Options.Select(o => o.Points).Concat(rules.UnmetCriterionScoresZero ? [0] : []).Distinct().Order()];

    public static SheetScore Total(ScorecardDefinition definition, IReadOnlyDictionary<string, int> answers)
    {
        var parts = definition.Parts.ToDictionary(
            p => p.Code,
            p => p.Sections.SelectMany(s => s.Criteria).SelectMany(c => c.Leaves()).Sum(l => answers.GetValueOrDefault(l.Code)));
        return new SheetScore(parts.Values.Sum(), parts);
    }

    /// <summary>
    /// Combines the submitted sheets: the average of the members' totals (two decimals, half away
    /// from zero), the spread, the class by thresholds, then the star marks. A criterion's marks are
    /// checked against the members' average points in it; cases nobody chose are not checked.
    /// </summary>
    /// <param name="knockOuts">Per sheet (same order), the knock-out criteria that member applies. A rule applied by
    /// more than half of the members knocks the product out (not ranked, not certified); any split vote is for discussion.</param>
    public static CouncilResult Combine(
        ScorecardDefinition definition, VersionRules rules, IReadOnlyList<IReadOnlyDictionary<string, int>> sheets,
        IReadOnlyList<IReadOnlyCollection<string>>? knockOuts = null)
    {
        if (sheets.Count == 0)
        {
            throw new ArgumentException("At least one sheet is needed.", nameof(sheets));
        }

        var totals = sheets.Select(s => Total(definition, s).Total).ToList();
        var average = Math.Round((decimal)totals.Sum() / totals.Count, 2, MidpointRounding.AwayFromZero);
        var spread = totals.Max() - totals.Min();
        var byPoints = rules.StarsForPoints(average);

        var criterionAverages = definition.Leaves()
            .Select(c => (Criterion: c, Points: sheets.Where(s => s.ContainsKey(c.Code)).Select(s => (decimal)s[c.Code]).ToList()))
            .Where(x => x.Points.Count > 0)
            .Select(x => (x.Criterion, Average: x.Points.Average()))
            .ToList();

        var stars = byPoints;
        var heldBackBy = new List<string>();
        while (stars > 1)
        {
            var failing = criterionAverages.Where(x => !Meets(x.Criterion, x.Average, stars, rules)).Select(x => x.Criterion.Code).ToList();
            if (failing.Count == 0)
            {
                break;
            }

            heldBackBy.AddRange(failing.Except(heldBackBy));
            stars = rules.StarThresholds.Select(t => t.Stars).Where(s => s < stars).DefaultIfEmpty(1).Max();
        }

        var votes = (knockOuts ?? []).SelectMany(k => k.Distinct()).GroupBy(code => code).ToList();
        var knockedOut = votes.Where(v => v.Count() * 2 > sheets.Count).Select(v => v.Key).Order(StringComparer.Ordinal).ToList();
        // Not unanimous on a knock-out: the council talks it over, whichever way the majority went.
        var disputed = votes.Any(v => v.Count() < sheets.Count);
        var ranked = knockedOut.Count == 0;
        // Members further apart than the version allows must re-score or the council records its discussion.
        var tooWide = spread > rules.DiscussionSpreadPoints;
        return new CouncilResult(
            totals, average, spread, tooWide || disputed, byPoints, stars, heldBackBy,
            ranked && rules.IsCertified(stars),
            ranked && stars == rules.StarThresholds.Max(t => t.Stars) && average >= rules.NationalCandidateMinPoints,
            knockedOut, tooWide, disputed);
    }

    private static bool Meets(ScoreCriterion criterion, decimal average, int stars, VersionRules rules)
    {
        if (criterion.MandatoryStarMark is { } mandatory && stars >= mandatory && average <= 0)
        {
            return false;
        }

        return !rules.StarMarksAreMinimums || average >= criterion.RequiredPointsFor(stars);
    }

    private static void AddMissing(IEnumerable<ScoreCriterion> leaves, IReadOnlyDictionary<string, int> answers, List<AnswerProblem> problems) =>
        problems.AddRange(leaves.Where(l => !answers.ContainsKey(l.Code)).Select(l => new AnswerProblem(l.Code, $"Tiêu chí {l.Code} ({l.Title}) chưa chấm.")));
}
