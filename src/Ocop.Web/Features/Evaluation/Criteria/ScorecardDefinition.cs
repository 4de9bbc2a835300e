namespace Ocop.Web.Features.Evaluation.Criteria;

/// <summary>
/// One product set's scoring sheet in the platform's own shape (whatever the source format):
/// parts → sections → criteria (→ sub-criteria) → options. Members answer the leaf criteria.
/// Serialised as JSON in the Scorecards table and in Excel round trips.
/// </summary>
/// <param name="KnockOut">The sheet's own knock-out ("Hồ sơ bị loại khi…" above 26/2026's tables): a council member applies it
/// under <see cref="SheetCode"/> like a criterion's.</param>
public sealed record ScorecardDefinition(IReadOnlyList<ScorePart> Parts, string? KnockOut = null)
{
    /// <summary>The code under which members apply the sheet's own knock-out (criterion codes are "A.1.1"…).</summary>
    public const string SheetCode = "HS";

    /// <summary>The codes a member may apply a knock-out under: criteria with a rule, and the sheet when it has one.</summary>
    public IReadOnlySet<string> KnockOutCodes() =>
        AllCriteria().Where(c => c.KnockOut is not null).Select(c => c.Code).Concat(KnockOut is null ? [] : [SheetCode]).ToHashSet(StringComparer.Ordinal);

    /// <summary>Knock-out codes as Vietnamese records name them: criterion codes, and the sheet's own as "hồ sơ (…)".</summary>
    public static string Describe(IEnumerable<string> codes) =>
        string.Join(", ", codes.Select(code => code == SheetCode ? "hồ sơ (Hồ sơ bị loại khi…)" : code));

    /// <summary>The sheet's knock-out as a criterion-shaped rule, for the forms that show rules beside their criteria.</summary>
    public ScoreCriterion? SheetKnockOut => KnockOut is null ? null : new ScoreCriterion(SheetCode, "Hồ sơ", null, null, KnockOut, [], []);

    public IEnumerable<ScoreCriterion> Leaves() =>
        Parts.SelectMany(p => p.Sections).SelectMany(s => s.Criteria).SelectMany(c => c.Leaves());

    public IEnumerable<ScoreCriterion> AllCriteria() =>
        Parts.SelectMany(p => p.Sections).SelectMany(s => s.Criteria).SelectMany(c => c.SelfAndDescendants());

    public int MaxPoints => Parts.Sum(p => p.MaxPoints);
}

/// <param name="Code">"A", "B", "C".</param>
public sealed record ScorePart(string Code, string Title, IReadOnlyList<ScoreSection> Sections)
{
    public int MaxPoints => Sections.Sum(s => s.MaxPoints);
}

/// <param name="Code">"A.1".</param>
/// <param name="ChooseOne">"Lựa chọn một trong hai trường hợp": each criterion is a case, one is scored.</param>
public sealed record ScoreSection(string Code, string Title, string? Note, bool ChooseOne, IReadOnlyList<ScoreCriterion> Criteria)
{
    public int MaxPoints => Criteria.Count == 0 ? 0
        : ChooseOne ? Criteria.Max(c => c.MaxPoints) : Criteria.Sum(c => c.MaxPoints);
}

/// <param name="Code">"A.1.2" (sub-criteria "A.1.2.3"): the key answers are stored under.</param>
/// <param name="MandatoryStarMark">Met (more than 0 points) is required for this many stars or more.</param>
/// <param name="KnockOut">Source text of a knock-out rule the council applies ("Bị loại nếu…").</param>
public sealed record ScoreCriterion(
    string Code,
    string Title,
    string? Note,
    int? MandatoryStarMark,
    string? KnockOut,
    IReadOnlyList<ScoreOption> Options,
    IReadOnlyList<ScoreCriterion> SubCriteria)
{
    public bool IsLeaf => SubCriteria.Count == 0;

    public int MaxPoints => IsLeaf ? (Options.Count == 0 ? 0 : Options.Max(o => o.Points)) : SubCriteria.Sum(c => c.MaxPoints);

    public IEnumerable<ScoreCriterion> Leaves() => IsLeaf ? [this] : SubCriteria.SelectMany(c => c.Leaves());

    public IEnumerable<ScoreCriterion> SelfAndDescendants() => [this, .. SubCriteria.SelectMany(c => c.SelfAndDescendants())];

    /// <summary>
    /// The points this criterion needs for a product to be ranked <paramref name="stars"/>: with
    /// star marks read as minimums, the best option marked at or below that class.
    /// </summary>
    public int RequiredPointsFor(int stars) =>
        Options.Where(o => o.StarMark is { } mark && mark <= stars).Select(o => o.Points).DefaultIfEmpty(0).Max();
}

/// <param name="StarMark">In 148: this option is the minimum answer for this many stars.</param>
public sealed record ScoreOption(string Text, int Points, int? StarMark);
