namespace Ocop.Web.Features.Evaluation.Criteria;

/// <summary>
/// The numbers a criteria version decides: part maxima, star thresholds, which stars are
/// certified, how long a certificate lasts. Stored with the version, so a new decision can change
/// any of them as data. <see cref="DiscussionSpreadPoints"/>: members whose totals are more than this many points
/// apart must re-score or have the council's discussion recorded before the round closes.
/// </summary>
public sealed record VersionRules(
    IReadOnlyDictionary<string, int> PartMaxima,
    IReadOnlyList<StarThreshold> StarThresholds,
    IReadOnlyList<int> CertifiedStars,
    int CertificateValidityMonths,
    int ExpiringWithinDays,
    decimal NationalCandidateMinPoints,
    decimal DiscussionSpreadPoints,
    bool StarMarksAreMinimums,
    bool UnmetCriterionScoresZero)
{
    public int TotalMax => PartMaxima.Values.Sum();

    /// <summary>The class a total earns before star marks are applied.</summary>
    public int StarsForPoints(decimal points) =>
        StarThresholds.OrderByDescending(t => t.MinPoints).First(t => points >= t.MinPoints).Stars;

    public bool IsCertified(int stars) => CertifiedStars.Contains(stars);

    /// <summary>
    /// Issue date plus the validity in calendar months; a day that does not exist in the target
    /// month (29 February, 31st) falls back to the month's last day.
    /// </summary>
    public DateOnly CertificateExpiry(DateOnly issued) => issued.AddMonths(CertificateValidityMonths);

    public IReadOnlyList<string> Problems()
    {
        var problems = new List<string>();
        if (PartMaxima.Count == 0 || PartMaxima.Values.Any(v => v <= 0))
        {
            problems.Add("part maxima must be positive");
        }

        if (StarThresholds.Count == 0 || !StarThresholds.Any(t => t.MinPoints == 0))
        {
            problems.Add("star thresholds must start at 0 points");
        }

        if (StarThresholds.Select(t => t.Stars).Distinct().Count() != StarThresholds.Count)
        {
            problems.Add("each star class appears once in the thresholds");
        }

        if (CertificateValidityMonths <= 0)
        {
            problems.Add("certificate validity must be positive");
        }

        return problems;
    }
}

public sealed record StarThreshold(int Stars, decimal MinPoints);
