using System.Text.Json;
using System.Text.RegularExpressions;
using Ocop.Web.Infrastructure;

namespace Ocop.Web.Features.Evaluation.Criteria;

/// <summary>
/// The English heading of a scorecard part, section or criterion (scorecard-headings-en.json), for English pages. The
/// sheets' headings are worded a little differently from decision to decision and transcription to transcription
/// ("Phần A SẢN PHẨM VÀ SỨC MẠNH CỦA CỘNG ĐỒNG (40 Điểm)", "1.TỔ CHỨC SẢN XUẤT", "Tính độc đáo (Chất lượng: …)"), so a heading
/// is looked up without its numbering, case and points, and one with an explanation after it takes the longest heading it
/// starts with. A heading the file does not know stays Vietnamese, and is marked so (lang="vi").
/// </summary>
public static partial class ScorecardHeadings
{
    public const string FileName = "scorecard-headings-en.json";

    private static readonly Lazy<IReadOnlyDictionary<string, string>> English = new(() => Read(CriteriaManifest.DefaultFolder));

    /// <summary>The heading for the current reader and its language attribute ("vi" when an English page shows the Vietnamese).</summary>
    public static (string Text, string? Lang) ForReader(string heading)
    {
        if (!ReaderText.English)
        {
            return (heading, null);
        }

        return EnglishOf(heading) is { } english ? (english, null) : (heading, "vi");
    }

    public static string? EnglishOf(string heading)
    {
        var key = Key(heading);
        if (key.Length == 0)
        {
            // A bare "Phần A" (1048's parts have no title in the transcription).
            return PartOnly().Match(heading.Trim()) is { Success: true } part ? $"Part {part.Groups[1].Value.ToUpperInvariant()}" : null;
        }

        if (English.Value.TryGetValue(key, out var exact))
        {
            return exact;
        }

        return English.Value.Where(h => key.Length > h.Key.Length && key.StartsWith(h.Key, StringComparison.Ordinal) && key[h.Key.Length] is ' ' or '(' or ':')
            .OrderByDescending(h => h.Key.Length).Select(h => h.Value).FirstOrDefault();
    }

    /// <summary>The heading without its part or section number and points, in lower case, spaces collapsed.</summary>
    public static string Key(string heading)
    {
        var key = Whitespace().Replace(heading.Normalize().Trim().ToLowerInvariant(), " ");
        key = Numbering().Replace(key, string.Empty);
        return Points().Replace(key, string.Empty).Trim();
    }

    internal static IReadOnlyDictionary<string, string> Read(string folder)
    {
        using var stream = File.OpenRead(Path.Combine(folder, FileName));
        using var document = JsonDocument.Parse(stream);
        return document.RootElement.GetProperty("headings").EnumerateObject().ToDictionary(p => Key(p.Name), p => p.Value.GetString()!);
    }

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();

    [GeneratedRegex(@"^(?:phần\s+[a-z]\s*[.:]?\s*|\d+(?:\.\d+)*\s*[.)]?\s*|[a-zđ]\s*[.)]\s*|[-–•]\s*)")]
    private static partial Regex Numbering();

    [GeneratedRegex(@"^[Pp]hần\s+([A-Za-z])\W*$")]
    private static partial Regex PartOnly();

    [GeneratedRegex(@"\(\s*\d+\s*điểm\s*\)$")]
    private static partial Regex Points();
}
