using System.Text.Json;
using System.Text.Json.Serialization;
using Ocop.Web.Infrastructure;

namespace Ocop.Web.Features.Evaluation.Criteria;

/// <summary>
/// criteria-versions.json: the criteria versions (decisions) and evaluation regimes the platform
/// knows. A new decision is a new entry here plus its data files; no code changes.
/// </summary>
public sealed record CriteriaManifest(IReadOnlyList<CriteriaVersionEntry> Versions, IReadOnlyList<WorkflowRegime> Regimes)
{
    public const string FileName = "criteria-versions.json";

    public static string DefaultFolder => Path.Combine(AppContext.BaseDirectory, "Data", "ReferenceData", "ocop-criteria");

    internal static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter() },
        ReadCommentHandling = JsonCommentHandling.Skip,
    };

    public static CriteriaManifest Read(string folder)
    {
        using var stream = File.OpenRead(Path.Combine(folder, FileName));
        var manifest = JsonSerializer.Deserialize<CriteriaManifest>(stream, Json)
            ?? throw new InvalidDataException($"{FileName} is empty.");
        foreach (var version in manifest.Versions)
        {
            var problems = version.Rules.Problems();
            if (problems.Count > 0)
            {
                throw new InvalidDataException($"{FileName}: version {version.Code}: {string.Join("; ", problems)}");
            }
        }

        var codes = manifest.Versions.Select(v => v.Code).ToHashSet();
        foreach (var version in manifest.Versions.Where(v => v.TakesOver is { } t && !codes.Contains(t.Version)))
        {
            throw new InvalidDataException($"{FileName}: version {version.Code} takes over sets of unknown version {version.TakesOver!.Version}.");
        }

        foreach (var regime in manifest.Regimes.Where(r => !codes.Contains(r.CriteriaVersion)))
        {
            throw new InvalidDataException($"{FileName}: regime {regime.Code} uses unknown criteria version {regime.CriteriaVersion}.");
        }

        foreach (var (regime, step) in manifest.Regimes.SelectMany(r => r.Steps.Where(s => s.Council is not null).Select(s => (r, s))))
        {
            var council = step.Council!;
            if (council.Bodies.Count == 0 || council.Bodies.Select(b => b.Code).Distinct().Count() != council.Bodies.Count || !council.Bodies.Any(b => b.MayChair)
                || council.Quorum.Numerator < 1 || council.Quorum.Denominator < council.Quorum.Numerator)
            {
                throw new InvalidDataException($"{FileName}: regime {regime.Code}, step {step.Code}: a council needs distinct bodies, one that may chair, and a quorum between 1/n and n/n.");
            }
        }

        return manifest;
    }
}

public sealed record CriteriaVersionEntry(
    string Code,
    string Decision,
    bool AcceptsNewProducts,
    int SortOrder,
    DataFileRef Classification,
    ScorecardFileRef? Scorecards,
    VersionRules Rules,
    SetTakeOver? TakesOver = null);

/// <summary>
/// Where a product classified under an older version files its next dossier: the older version's set code →
/// this version's set code (26/2026 keeps 148's sets one for one).
/// </summary>
public sealed record SetTakeOver(string Version, IReadOnlyDictionary<string, string> Sets);

/// <summary>Format: "canonical" for versions added as data; "transcription-*" for the shipped transcriptions.</summary>
public sealed record DataFileRef(string File, string Format);

/// <param name="SetCode">Format string turning the source's set number into the product set code, e.g. "148-{0:00}".</param>
/// <param name="SetNumbers">Source set number → classification set number, where the two sources number differently.</param>
public sealed record ScorecardFileRef(string File, string Format, string? SetCode, IReadOnlyDictionary<string, int>? SetNumbers);

/// <summary>
/// A way of running evaluations (who receives, who scores, who certifies which stars), and when it
/// applies: the days it takes new dossiers, and for a regime being replaced, by when each kind of
/// dossier filed under it must be finished (a transition clause such as Điều 12 of 26/2026).
/// </summary>
public sealed record WorkflowRegime(
    string Code, string Name, string CriteriaVersion, bool AcceptsNewBatches, IReadOnlyList<RegimeStep> Steps,
    DateWindow? NewDossiers = null, FinishBy? FinishBy = null, ReEvaluationWindow? ReEvaluationWindow = null, string? NameEn = null)
{
    /// <summary>The regime's name in the reader's language (the English one on English pages, when the manifest has it).</summary>
    public string ReaderName => ReaderText.Pick(Name, NameEn);

    /// <summary>The step that receives dossiers (its checks are the pre-assessment), if the regime has one.</summary>
    public RegimeStep? Intake => Steps.FirstOrDefault(s => s.Kind == RegimeStepKind.Intake);

    /// <summary>
    /// The province's receiving check between the commune and the council (26/2026 Điều 7.3a), if the regime has one:
    /// a dossier the commune forwards waits for it, and the province may ask for the dossier to be completed.
    /// </summary>
    public RegimeStep? Receipt => Steps.FirstOrDefault(s => s.Kind == RegimeStepKind.Receipt);

    /// <summary>Whether a dossier filed (first submitted) on <paramref name="day"/> follows this regime.</summary>
    public bool TakesDossiersFiledOn(DateOnly day) => NewDossiers?.Contains(day) ?? AcceptsNewBatches;

    /// <summary>The last day a dossier of this kind may be finished under this regime; null when the regime sets none.</summary>
    public DateOnly? DeadlineFor(string dossierKind) => FinishBy?.ByKind.TryGetValue(dossierKind, out var day) == true ? day : null;

    /// <summary>A batch can be opened while the regime runs and its last deadline has not passed.</summary>
    public bool OpenForBatchesOn(DateOnly day) => AcceptsNewBatches && (FinishBy is null || FinishBy.ByKind.Count == 0 || day <= FinishBy.ByKind.Values.Max());

    /// <summary>The council step at the given level, if the regime has one.</summary>
    public RegimeStep? CouncilAt(GovernmentLevel level) =>
        Steps.FirstOrDefault(s => s.Kind == RegimeStepKind.Council && s.Level == level);

    /// <summary>The council step before <paramref name="stepCode"/>, whose forwarded products the step takes in; null for the first council.</summary>
    public RegimeStep? CouncilBefore(string stepCode) =>
        Steps.TakeWhile(s => s.Code != stepCode).LastOrDefault(s => s.Kind == RegimeStepKind.Council);

    /// <summary>The council step after <paramref name="stepCode"/>, where products it forwards go; null for the last.</summary>
    public RegimeStep? CouncilAfter(string stepCode) =>
        Steps.SkipWhile(s => s.Code != stepCode).Skip(1).FirstOrDefault(s => s.Kind == RegimeStepKind.Council);
}

/// <summary>Inclusive days; an open end is unbounded.</summary>
public sealed record DateWindow(DateOnly? From, DateOnly? Until)
{
    public bool Contains(DateOnly day) => (From is null || day >= From) && (Until is null || day <= Until);
}

/// <param name="Basis">The clause that sets the deadlines, shown with a refusal.</param>
/// <param name="ByKind">Dossier kind (New, Upgrade, ReEvaluation) → the last day it may be finished.</param>
public sealed record FinishBy(string Basis, IReadOnlyDictionary<string, DateOnly> ByKind);

/// <summary>When a re-evaluation may be filed: between the two numbers of days before the certificate expires (inclusive).</summary>
public sealed record ReEvaluationWindow(int FromDaysBeforeExpiry, int UntilDaysBeforeExpiry, string Basis)
{
    public DateOnly Opens(DateOnly expiresOn) => expiresOn.AddDays(-FromDaysBeforeExpiry);

    public DateOnly Closes(DateOnly expiresOn) => expiresOn.AddDays(-UntilDaysBeforeExpiry);
}

/// <param name="Checks">For an intake step: the pre-assessment the receiving officer answers before accepting (1489: local origin, labour, idea).</param>
/// <param name="ReturnsToProvinceBelowThreshold">
/// For the national step: a product it does not rank 5★ may be recognised 3★/4★ by its province from this council's result
/// (26/2026 Điều 7.4g) instead of ending "not recognised".
/// </param>
/// <param name="Council">For a council step: who must sit on it and when it may conclude; none for the older regimes' steps.</param>
/// <param name="TimeLimit">How long the step may take from the filing, in working days (26/2026 Điều 7.2: the commune's 15).</param>
/// <param name="Report">For an intake step: the written report the commune issues with its assessment of each check (26/2026 Mẫu 03).</param>
/// <param name="Basis">The clause that sets the step, shown with it.</param>
/// <param name="ReEvaluation">For a council step: how it assesses re-evaluations (26/2026 Điều 7.6d–g), if differently.</param>
public sealed record RegimeStep(
    string Code, GovernmentLevel Level, string Name, RegimeStepKind Kind, IReadOnlyList<int>? CertifiesStars = null, decimal? ForwardsFromPoints = null,
    IReadOnlyList<IntakeCheck>? Checks = null, bool ReturnsToProvinceBelowThreshold = false, CouncilRules? Council = null, StepTimeLimit? TimeLimit = null,
    IntakeReportRule? Report = null, string? Basis = null, ReEvaluationRule? ReEvaluation = null, string? NameEn = null)
{
    /// <summary>The step's name in the reader's language (the English one on English pages, when the manifest has it).</summary>
    public string ReaderName => ReaderText.Pick(Name, NameEn);
}

/// <summary>
/// How a council step assesses re-evaluations: by written opinions, meeting only when the opinions differ (26/2026 Điều 7.6d:
/// each member's sheet is their written opinion; a spread or a split knock-out vote calls the meeting, recorded as the
/// discussion), and within how many days of the province receiving the complete dossier (Điều 7.6g: 45).
/// </summary>
public sealed record ReEvaluationRule(bool WrittenOpinions, string Basis, int? FinishWithinDays = null, string? FinishBasis = null);

/// <summary>The intake's written report: which form it follows and the clause that requires it.</summary>
public sealed record IntakeReportRule(string Form, string Basis);

/// <summary>
/// A step's time limit in working days. Working days here are Monday to Friday: public holidays (Tết, 30/4–1/5, 2/9…) are
/// not yet known to the platform, so a limit spanning one is shown a few days early, never late.
/// </summary>
public sealed record StepTimeLimit(int WorkingDays, string Basis)
{
    /// <summary>The last day of the limit for a step that started on <paramref name="start"/> (the start day itself not counted).</summary>
    public DateOnly EndsOn(DateOnly start)
    {
        var day = start;
        for (var counted = 0; counted < WorkingDays;)
        {
            day = day.AddDays(1);
            if (day.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday))
            {
                counted++;
            }
        }

        return day;
    }
}

public sealed record IntakeCheck(string Code, string Text, string? TextEn = null)
{
    /// <summary>The check as the reader's pages show it (the English text on English pages, when the manifest has it).</summary>
    public string ReaderText => Infrastructure.ReaderText.Pick(Text, TextEn);
}

public enum GovernmentLevel { Commune, District, Province, National }

public enum RegimeStepKind { Intake, Receipt, Council }
