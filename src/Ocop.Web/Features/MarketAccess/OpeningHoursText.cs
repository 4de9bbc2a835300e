using System.Text.RegularExpressions;
using Ocop.Web.Infrastructure;

namespace Ocop.Web.Features.MarketAccess;

/// <summary>
/// A point's opening hours, typed freely by officers in Vietnamese ("7:30–21:00 hằng ngày", "Thứ 2 - Thứ 7: 7h30-17h, Chủ nhật nghỉ"),
/// read in English on English pages: days, "daily", "closed", times as 7:30. When a word is left that this does not know,
/// the text is shown as typed and marked Vietnamese rather than half translated.
/// </summary>
public static partial class OpeningHoursText
{
    /// <summary>Vietnamese phrase (lower case) → English.</summary>
    private static readonly (string Vietnamese, string English)[] Phrases =
    [
        ("hằng ngày", "daily"), ("hàng ngày", "daily"), ("mỗi ngày", "daily"), ("cả tuần", "every day"), ("các ngày trong tuần", "every day"),
        ("ngày lễ, tết", "public holidays"), ("ngày lễ", "public holidays"), ("lễ, tết", "public holidays"), ("tết", "Tết"),
        ("thứ hai", "Mon"), ("thứ ba", "Tue"), ("thứ tư", "Wed"), ("thứ năm", "Thu"), ("thứ sáu", "Fri"), ("thứ bảy", "Sat"), ("chủ nhật", "Sun"),
        ("thứ 2", "Mon"), ("thứ 3", "Tue"), ("thứ 4", "Wed"), ("thứ 5", "Thu"), ("thứ 6", "Fri"), ("thứ 7", "Sat"),
        ("t2", "Mon"), ("t3", "Tue"), ("t4", "Wed"), ("t5", "Thu"), ("t6", "Fri"), ("t7", "Sat"), ("cn", "Sun"),
        ("nghỉ trưa", "lunch break"), ("nghỉ", "closed"), ("đóng cửa", "closed"), ("mở cửa", "open"), ("sáng", "mornings"), ("chiều", "afternoons"),
        ("tối", "evenings"), ("đến", "to"), ("và", "and"), ("từ", "from"),
    ];

    private static readonly HashSet<string> EnglishWords =
        [.. Phrases.SelectMany(p => p.English.Split(' ')).Select(w => w.ToLowerInvariant())];

    private static readonly Dictionary<string, string> EnglishOf = Phrases.ToDictionary(p => p.Vietnamese, p => p.English);

    /// <summary>
    /// Every phrase in one pattern, built once (the product and where-to-buy pages read hours on every request): longer phrases
    /// first, so "thứ hai" is read before "t2" could and "nghỉ trưa" before "nghỉ"; whole words only.
    /// </summary>
    private static readonly Regex PhrasePattern = new(
        @"(?<![\p{L}\d])(?:" + string.Join('|', Phrases.Select(p => p.Vietnamese).OrderByDescending(v => v.Length).Select(Regex.Escape)) + @")(?![\p{L}\d])",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.Compiled);

    /// <summary>The hours for the current reader and the lang attribute ("vi" when an English page shows them as typed).</summary>
    public static (string Text, string? Lang) ForReader(string hours) =>
        !ReaderText.English ? (hours, null) : English(hours) is { } english ? (english, null) : (hours, "vi");

    /// <summary>The hours in English, or null when a word is left that is not known.</summary>
    public static string? English(string hours)
    {
        var text = Hour().Replace(hours, m => $"{m.Groups[1].Value}:{(m.Groups[2].Success && m.Groups[2].Value.Length > 0 ? m.Groups[2].Value : "00")}");
        text = PhrasePattern.Replace(text, m => EnglishOf[m.Value.ToLowerInvariant()]);

        var leftOver = Word().Matches(text).Select(m => m.Value.ToLowerInvariant()).Where(w => !EnglishWords.Contains(w));
        return leftOver.Any() ? null : Whitespace().Replace(text, " ").Trim();
    }

    /// <summary>"7h30", "17h", "7g30": hours written the Vietnamese way.</summary>
    [GeneratedRegex(@"\b(\d{1,2})\s*[hg](\d{2})?\b", RegexOptions.IgnoreCase)]
    private static partial Regex Hour();

    [GeneratedRegex(@"\p{L}+")]
    private static partial Regex Word();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();
}
