using System.Text.Json;
using System.Text.Json.Serialization;

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
    VersionRules Rules);

/// <summary>Format: "canonical" for versions added as data; "transcription-*" for the shipped transcriptions.</summary>
public sealed record DataFileRef(string File, string Format);

/// <param name="SetCode">Format string turning the source's set number into the product set code, e.g. "148-{0:00}".</param>
/// <param name="SetNumbers">Source set number → classification set number, where the two sources number differently.</param>
public sealed record ScorecardFileRef(string File, string Format, string? SetCode, IReadOnlyDictionary<string, int>? SetNumbers);

/// <summary>A way of running evaluations (who receives, who scores, who certifies which stars).</summary>
public sealed record WorkflowRegime(string Code, string Name, string CriteriaVersion, bool AcceptsNewBatches, IReadOnlyList<RegimeStep> Steps)
{
    /// <summary>The step that receives dossiers (its checks are the pre-assessment), if the regime has one.</summary>
    public RegimeStep? Intake => Steps.FirstOrDefault(s => s.Kind == RegimeStepKind.Intake);

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

/// <param name="Checks">For an intake step: the pre-assessment the receiving officer answers before accepting (1489: local origin, labour, idea).</param>
public sealed record RegimeStep(
    string Code, GovernmentLevel Level, string Name, RegimeStepKind Kind, IReadOnlyList<int>? CertifiesStars, decimal? ForwardsFromPoints,
    IReadOnlyList<IntakeCheck>? Checks = null);

public sealed record IntakeCheck(string Code, string Text);

public enum GovernmentLevel { Commune, District, Province, National }

public enum RegimeStepKind { Intake, Council }
