using System.Globalization;
using System.Text.Json;

namespace Ocop.Web.Features.Evaluation.Criteria;

/// <summary>A scorecard as read from a data file, before it is matched to a product set.</summary>
public sealed record SourceScorecard(string SetCode, string Name, ScorecardDefinition Definition, IReadOnlyList<string> SourceIssues, string? SourceUrl);

/// <summary>
/// Reads the shipped transcriptions (scorecards-148.json, scorecards-1048.json) into the
/// platform's scorecard shape. Criteria without a title take their section's; notes that state a
/// knock-out rule are kept as such for the council.
/// </summary>
public static class TranscriptionScorecardReader
{
    private static readonly string[] KnockOutWords = ["bị loại", "không đánh giá các bước tiếp theo", "không đánh giá tiếp"];

    public static IReadOnlyList<SourceScorecard> Read(string path, ScorecardFileRef file)
    {
        using var stream = File.OpenRead(path);
        using var json = JsonDocument.Parse(stream);
        var result = new List<SourceScorecard>();
        foreach (var set in json.RootElement.GetProperty("product_sets").EnumerateArray())
        {
            var sourceNumber = set.TryGetProperty("set_no", out var no) ? no.GetInt32() : set.GetProperty("set_id_in_source").GetInt32();
            var number = file.SetNumbers is { } map
                ? map.TryGetValue(sourceNumber.ToString(CultureInfo.InvariantCulture), out var mapped) ? mapped
                    : throw new InvalidDataException($"{file.File}: set {sourceNumber} has no entry in setNumbers.")
                : sourceNumber;
            var code = string.Format(CultureInfo.InvariantCulture, file.SetCode ?? "{0}", number);
            var issues = set.TryGetProperty("issues", out var i) ? i.EnumerateArray().Select(x => x.GetString() ?? "").ToList() : [];
            var url = set.TryGetProperty("source", out var source) && source.TryGetProperty("url", out var u) ? u.GetString() : null;
            result.Add(new SourceScorecard(code, set.GetProperty("name").GetString()!, ReadParts(set), issues, url));
        }

        return result;
    }

    private static ScorecardDefinition ReadParts(JsonElement set) =>
        new([.. set.GetProperty("parts").EnumerateArray().Select(part =>
        {
            var partCode = part.GetProperty("part").GetString()!;
            var sections = part.GetProperty("sections").EnumerateArray()
                .Select((section, index) => ReadSection(section, $"{partCode}.{index + 1}"));
            return new ScorePart(partCode, Text(part, "title") ?? $"Phần {partCode}", [.. sections]);
        })]);

    private static ScoreSection ReadSection(JsonElement section, string code)
    {
        var title = Text(section, "title") ?? code;
        var criteria = section.GetProperty("criteria").EnumerateArray()
            .Select((criterion, index) => ReadCriterion(criterion, $"{code}.{index + 1}", title));
        var chooseOne = section.TryGetProperty("alternatives", out var alt) && alt.ValueKind == JsonValueKind.True;
        var note = Text(section, "note");
        var list = criteria.ToList();
        if (IsKnockOut(note) && list.Count > 0)
        {
            // A section's knock-out ("Không đánh giá các bước tiếp theo nếu…" under its heading) is applied on its first criterion.
            list[0] = list[0] with { KnockOut = Join(note, list[0].KnockOut) };
        }

        return new ScoreSection(code, title, note, chooseOne, list);
    }

    private static ScoreCriterion ReadCriterion(JsonElement criterion, string code, string fallbackTitle)
    {
        var title = Text(criterion, "title") ?? fallbackTitle;
        var note = Text(criterion, "note");
        var options = criterion.TryGetProperty("options", out var o)
            ? o.EnumerateArray().Select(x => new ScoreOption(
                Text(x, "text") ?? "",
                x.GetProperty("points").GetInt32(),
                x.TryGetProperty("star_mark", out var mark) && mark.ValueKind == JsonValueKind.Number ? mark.GetInt32() : null)).ToList()
            : [];
        var subCriteria = criterion.TryGetProperty("sub_criteria", out var sub) && sub.ValueKind == JsonValueKind.Array
            ? sub.EnumerateArray().Select((x, index) => ReadCriterion(x, $"{code}.{index + 1}", title)).ToList()
            : [];
        int? mandatory = criterion.TryGetProperty("mandatory_star_mark", out var m) && m.ValueKind == JsonValueKind.Number ? m.GetInt32() : null;
        // A knock-out may be written as the criterion's note, in its title, or beside one of its answers ("…sẽ bị loại bỏ").
        var optionNotes = criterion.TryGetProperty("options", out var raw)
            ? raw.EnumerateArray().SelectMany(x => new[] { Text(x, "text"), Text(x, "text_source"), Text(x, "note_following_option_in_source") }).Where(IsKnockOut)
            : [];
        var knockOut = Join([note, Text(criterion, "title"), .. optionNotes]);
        return new ScoreCriterion(code, title, note, mandatory, knockOut, options, subCriteria);
    }

    private static bool IsKnockOut(string? text) => text is not null && KnockOutWords.Any(w => text.Contains(w, StringComparison.OrdinalIgnoreCase));

    /// <summary>The knock-out texts among <paramref name="texts"/>, once each, one per line; null when there is none.</summary>
    private static string? Join(params string?[] texts) =>
        texts.Where(IsKnockOut).Distinct(StringComparer.Ordinal).ToList() is { Count: > 0 } found ? string.Join("\n", found) : null;

    private static string? Text(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String && !string.IsNullOrWhiteSpace(value.GetString())
            ? value.GetString()!.Trim()
            : null;
}
