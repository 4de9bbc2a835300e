namespace Ocop.Web.Features.Traceability;

/// <summary>
/// The GS1 Digital Link vocabulary the resolver speaks: link types (short "gs1:pip" or full
/// "https://gs1.org/voc/pip" forms), and short codes for products without a GTIN.
/// </summary>
/// <summary>A lot code in a URL path: "/" travels as %2F, which routing leaves encoded (every other escape is decoded already).</summary>
public static class LotPath
{
    public static string Decode(string segment) => segment.Replace("%2F", "/", StringComparison.OrdinalIgnoreCase);
}

public static class DigitalLinks
{
    public const string Vocabulary = "https://gs1.org/voc/";
    public const string ProductPage = "gs1:pip";
    public const string Certification = "gs1:certificationInfo";
    public const string Traceability = "gs1:traceability";
    public const string DefaultLink = "gs1:defaultLink";
    public const string DefaultLinkMulti = "gs1:defaultLinkMulti";
    public const string Linkset = "linkset";
    public const string LinksetMediaType = "application/linkset+json";

    /// <summary>The link types this resolver answers, in their short form.</summary>
    public static readonly IReadOnlyList<string> Supported = [ProductPage, Certification, Traceability];

    /// <summary>"gs1:pip", "https://gs1.org/voc/pip" or "pip" → "gs1:pip"; "linkset"/"all" → "linkset"; unknown → null.</summary>
    public static string? Normalize(string? linkType)
    {
        if (string.IsNullOrWhiteSpace(linkType))
        {
            return ProductPage;
        }

        var value = linkType.Trim();
        if (value.Equals(Linkset, StringComparison.OrdinalIgnoreCase) || value.Equals("all", StringComparison.OrdinalIgnoreCase))
        {
            return Linkset;
        }

        var name = value.StartsWith(Vocabulary, StringComparison.OrdinalIgnoreCase) ? value[Vocabulary.Length..]
            : value.StartsWith("http://gs1.org/voc/", StringComparison.OrdinalIgnoreCase) ? value["http://gs1.org/voc/".Length..]
            : value.StartsWith("https://ref.gs1.org/voc/", StringComparison.OrdinalIgnoreCase) ? value["https://ref.gs1.org/voc/".Length..]
            : value.StartsWith("gs1:", StringComparison.OrdinalIgnoreCase) ? value[4..]
            : value;
        foreach (var type in Answerable)
        {
            if (name.AsSpan().Equals(type.AsSpan(4), StringComparison.OrdinalIgnoreCase))
            {
                return type;
            }
        }

        return null;
    }

    /// <summary>Every link type a request may ask for: the supported ones and the default link in its two forms.</summary>
    private static readonly string[] Answerable = [.. Supported, DefaultLink, DefaultLinkMulti];

    /// <summary>The full IRI of a short link type, as linksets name their relations.</summary>
    public static string Iri(string shortLinkType) => Vocabulary + shortLinkType[4..];

    /// <summary>A product's short code for `/q/{code}`: "p" and its id in base 36 (stable, short on a label).</summary>
    public static string ShortCode(int productId) => "p" + ToBase36(productId);

    /// <summary>A lot's short code: "l" and the lot's id in base 36.</summary>
    public static string LotShortCode(int lotId) => "l" + ToBase36(lotId);

    public static bool TryParseShortCode(string? code, out int productId) => TryParseShortCode(code, 'p', out productId);

    /// <summary>Reads "p…" (product) or "l…" (lot) codes, case-insensitively.</summary>
    public static bool TryParseShortCode(string? code, char kind, out int id)
    {
        id = 0;
        if (code is not { Length: > 1 and <= 8 } || char.ToLowerInvariant(code[0]) != kind)
        {
            return false;
        }

        long value = 0;
        foreach (var c in code[1..].ToLowerInvariant())
        {
            var digit = c is >= '0' and <= '9' ? c - '0' : c is >= 'a' and <= 'z' ? c - 'a' + 10 : -1;
            if (digit < 0)
            {
                return false;
            }

            value = (value * 36) + digit;
        }

        if (value is <= 0 or > int.MaxValue)
        {
            return false;
        }

        id = (int)value;
        return true;
    }

    private static string ToBase36(int value)
    {
        const string digits = "0123456789abcdefghijklmnopqrstuvwxyz";
        var chars = new Stack<char>();
        do
        {
            chars.Push(digits[value % 36]);
            value /= 36;
        }
        while (value > 0);
        return new string([.. chars]);
    }

    /// <summary>"en" when the reader prefers English (Accept-Language, by quality), else "vi".</summary>
    public static string Language(HttpRequest request)
    {
        // A phone's camera app often sends no Accept-Language: nothing to parse on the resolver's busiest path.
        if (request.Headers.AcceptLanguage.Count == 0)
        {
            return "vi";
        }

        var preferred = request.GetTypedHeaders().AcceptLanguage
            .OrderByDescending(l => l.Quality ?? 1)
            .Select(l => l.Value.Value ?? "")
            .FirstOrDefault(l => l.StartsWith("vi", StringComparison.OrdinalIgnoreCase) || l.StartsWith("en", StringComparison.OrdinalIgnoreCase));
        return preferred?.StartsWith("en", StringComparison.OrdinalIgnoreCase) == true ? "en" : "vi";
    }
}
