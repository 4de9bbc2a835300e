using System.Globalization;
using Ocop.Web.Features.Producers;

namespace Ocop.Web.Features.Catalogue;

public enum CatalogueSort { Relevance, Name, Stars, Newest }

/// <summary>
/// What a catalogue visitor asked for, as it travels in the page's address (so a search can be shared
/// and survives a language switch): q, stars, group, province, commune, type, cert, sort, page.
/// </summary>
public sealed record CatalogueQuery(
    string? Q = null, int? Stars = null, int? Group = null, string? Province = null, string? Commune = null,
    ProducerType? Type = null, bool? Certified = null, CatalogueSort Sort = CatalogueSort.Relevance, int Page = 1,
    int PageSize = CatalogueQuery.DefaultPageSize)
{
    public const int MaxQueryLength = 100;
    public const int DefaultPageSize = 24;
    public const int MaxPageSize = 100;

    /// <summary>Reads the address's parameters; each bad one gives a resource key for its message.</summary>
    public static CatalogueQuery Parse(Func<string, string?> get, out Dictionary<string, string> errors)
    {
        var found = new Dictionary<string, string>();
        var q = get("q")?.Trim();
        if (q is { Length: > MaxQueryLength })
        {
            found["q"] = "Catalogue.QueryTooLong";
            q = null;
        }

        int? Number(string name, int min, int max, string message)
        {
            var raw = get(name);
            if (string.IsNullOrWhiteSpace(raw))
            {
                return null;
            }

            if (int.TryParse(raw, NumberStyles.None, CultureInfo.InvariantCulture, out var value) && value >= min && value <= max)
            {
                return value;
            }

            found[name] = message;
            return null;
        }

        T? Choice<T>(string name, string message) where T : struct, Enum
        {
            var raw = get(name);
            if (string.IsNullOrWhiteSpace(raw))
            {
                return null;
            }

            // Names only: Enum.TryParse would also take "7" and make up a value.
            if (Enum.GetNames<T>().FirstOrDefault(n => n.Equals(raw, StringComparison.OrdinalIgnoreCase)) is { } known)
            {
                return Enum.Parse<T>(known);
            }

            found[name] = message;
            return null;
        }

        string? Code(string name, int maxLength)
        {
            var raw = get(name)?.Trim();
            if (string.IsNullOrEmpty(raw))
            {
                return null;
            }

            if (raw.Length <= maxLength && raw.All(char.IsAsciiDigit))
            {
                return raw;
            }

            found[name] = "Catalogue.BadUnit";
            return null;
        }

        var cert = get("cert");
        bool? certified = string.IsNullOrWhiteSpace(cert) ? null
            : cert.Equals("certificate", StringComparison.OrdinalIgnoreCase) ? true
            : cert.Equals("legacy", StringComparison.OrdinalIgnoreCase) ? false
            : null;
        if (!string.IsNullOrWhiteSpace(cert) && certified is null)
        {
            found["cert"] = "Catalogue.BadCert";
        }

        errors = found;
        return new CatalogueQuery(
            string.IsNullOrEmpty(q) ? null : q,
            Number("stars", 3, 5, "Catalogue.BadStars"),
            Number("group", 1, int.MaxValue, "Catalogue.BadGroup"),
            Code("province", 2),
            Code("commune", 5),
            Choice<ProducerType>("type", "Catalogue.BadType"),
            certified,
            Choice<CatalogueSort>("sort", "Catalogue.BadSort") ?? CatalogueSort.Relevance,
            Number("page", 1, int.MaxValue, "Catalogue.BadPage") ?? 1,
            Number("pageSize", 1, MaxPageSize, "Catalogue.BadPageSize") ?? DefaultPageSize);
    }

    /// <summary>The address's parameters, in the order an address writes them.</summary>
    public static readonly string[] ParameterNames = ["q", "stars", "group", "province", "commune", "type", "cert", "sort", "pageSize", "page"];

    private static readonly int CommuneParameter = Array.IndexOf(ParameterNames, "commune");
    private static readonly int PageParameter = Array.IndexOf(ParameterNames, "page");

    /// <summary>Each parameter's value (<see cref="ParameterNames"/>) as the address writes it, unescaped; null where it is left out (a default).</summary>
    public string?[] ParameterValues() =>
    [
        Q,
        Stars?.ToString(CultureInfo.InvariantCulture),
        Group?.ToString(CultureInfo.InvariantCulture),
        Province,
        Commune,
        Type is { } type ? TypeNames[(int)type] : null,
        Certified switch { true => "certificate", false => "legacy", null => null },
        Sort == CatalogueSort.Relevance ? null : SortNames[(int)Sort],
        PageSize == DefaultPageSize ? null : PageSize.ToString(CultureInfo.InvariantCulture),
        Page == 1 ? null : Page.ToString(CultureInfo.InvariantCulture),
    ];

    /// <summary>
    /// Parameter <paramref name="k"/>'s value in the address of this search with <paramref name="change"/> set to
    /// <paramref name="value"/> (null: removed), given its <paramref name="current"/> one: the rules every link to another
    /// search follows, whether written as a string (<see cref="ToQueryString"/>) or straight into a page (<see cref="CatalogueLinks"/>).
    /// </summary>
    public static string? ValueAfterChange(int k, string? current, string? change, string? value) =>
        ParameterNames[k] == change ? value
        // A commune belongs to its province: choosing another province drops it.
        : k == CommuneParameter && change == "province" ? null
        // Any change of filter or order starts again from the first page.
        : k == PageParameter && change is not null ? null
        : current;

    /// <summary>The query as address parameters (defaults left out), with one parameter changed or removed.</summary>
    public string ToQueryString(string? change = null, string? value = null)
    {
        var values = ParameterValues();
        var address = new System.Text.StringBuilder(96);
        for (var k = 0; k < ParameterNames.Length; k++)
        {
            var written = ValueAfterChange(k, values[k], change, value);
            if (!string.IsNullOrEmpty(written))
            {
                address.Append(address.Length == 0 ? "" : "&").Append(ParameterNames[k]).Append('=').Append(Uri.EscapeDataString(written));
            }
        }

        return address.ToString();
    }

    private static readonly string[] TypeNames = [.. Enum.GetValues<ProducerType>().Select(t => t.ToString().ToLowerInvariant())];
    private static readonly string[] SortNames = [.. Enum.GetValues<CatalogueSort>().Select(t => t.ToString().ToLowerInvariant())];
}
