using System.Globalization;
using System.Text.RegularExpressions;
using Ocop.Web.Infrastructure;

namespace Ocop.Web.Features.Integration;

/// <summary>
/// Reads the feed's <c>since</c>/<c>until</c>: ISO 8601 ("2026-11-01T08:30:00Z", "2026-11-01T15:30:00+07:00",
/// "2026-11-01"). A time without an offset, or a bare date (its midnight), is Vietnam time, as every date shown here.
/// </summary>
public static partial class FeedTimestamp
{
    public static bool TryParse(string? text, out DateTime utc)
    {
        utc = default;
        if (string.IsNullOrWhiteSpace(text) || text.Length > 40)
        {
            return false;
        }

        var value = text.Trim();
        if (!DateTimeOffset.TryParse(value, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var parsed)
            || !value.StartsWith(parsed.Year.ToString("0000", CultureInfo.InvariantCulture), StringComparison.Ordinal))
        {
            return false; // the year first: "01/11/2026" reads differently in different countries, so it is not accepted
        }

        var time = value.Contains('T', StringComparison.Ordinal) ? value[(value.IndexOf('T', StringComparison.Ordinal) + 1)..] : "";
        var hasOffset = time.EndsWith('Z') || time.EndsWith('z') || ExplicitOffset().IsMatch(time);
        utc = hasOffset
            ? parsed.UtcDateTime
            : DateTime.SpecifyKind(parsed.DateTime - VietnamTime.Offset, DateTimeKind.Utc);
        return true;
    }

    /// <summary>Written back in links and answers: UTC, to the microsecond (what the database keeps).</summary>
    public static string Format(DateTime utc) => utc.ToString("yyyy-MM-dd'T'HH:mm:ss.ffffff'Z'", CultureInfo.InvariantCulture);

    [GeneratedRegex(@"[+-]\d\d:?\d\d$")]
    private static partial Regex ExplicitOffset();
}
