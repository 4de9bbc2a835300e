using System.Text.Json;

namespace Ocop.Web.Features.Evaluation.Criteria;

/// <summary>Reads a version's scorecard file in whichever format the manifest names.</summary>
public static class ScorecardFiles
{
    public const string Canonical = "canonical";
    public const string Transcription = "transcription";

    public static IReadOnlyList<SourceScorecard> Read(CriteriaCatalog catalog, ScorecardFileRef file) => file.Format switch
    {
        Transcription => TranscriptionScorecardReader.Read(catalog.PathOf(file.File), file),
        Canonical => ReadCanonical(catalog.PathOf(file.File)),
        _ => throw new InvalidDataException($"{file.File}: unknown scorecard format '{file.Format}' (known: {Canonical}, {Transcription})."),
    };

    private static List<SourceScorecard> ReadCanonical(string path)
    {
        using var stream = File.OpenRead(path);
        var file = JsonSerializer.Deserialize<CanonicalFile>(stream, CriteriaManifest.Json)
            ?? throw new InvalidDataException($"{path} is empty.");
        return [.. file.Scorecards.Select(s => new SourceScorecard(s.SetCode, s.Name, new ScorecardDefinition(s.Parts, SheetKnockOut(s.Notes)), s.Notes ?? [], s.SourceUrl))];
    }

    /// <summary>A sheet note stating when the whole dossier is out ("Hồ sơ bị loại khi…", 26/2026), once each, one per line.</summary>
    private static string? SheetKnockOut(IReadOnlyList<string>? notes) =>
        (notes ?? []).Where(n => n.StartsWith("Hồ sơ bị loại khi", StringComparison.OrdinalIgnoreCase)).Distinct(StringComparer.Ordinal).ToList() is { Count: > 0 } rules
            ? string.Join("\n", rules)
            : null;

    /// <summary>The format a new decision's scorecards are written in: the platform's own shape.</summary>
    private sealed record CanonicalFile(IReadOnlyList<CanonicalScorecard> Scorecards);

    private sealed record CanonicalScorecard(string SetCode, string Name, IReadOnlyList<ScorePart> Parts, IReadOnlyList<string>? Notes, string? SourceUrl);
}
