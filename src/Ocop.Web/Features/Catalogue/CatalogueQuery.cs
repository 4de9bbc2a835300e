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

    /// <summary>The query as address parameters (defaults left out), with one parameter changed or removed.</summary>
    /// <remarks>Written out without LINQ: the catalogue page builds a hundred of these (a link per facet value).</remarks>
    public string ToQueryString(string? change = null, string? value = null)
    {
        var address = new System.Text.StringBuilder(96);
        void Add(string name, string? current)
        {
            var written = name == change ? value : current;
            if (!string.IsNullOrEmpty(written))
            {
                address.Append(address.Length == 0 ? "" : "&").Append(name).Append('=').Append(Uri.EscapeDataString(written));
            }
        }

        Add("q", Q);
        Add("stars", Stars?.ToString(CultureInfo.InvariantCulture));
        Add("group", Group?.ToString(CultureInfo.InvariantCulture));
        Add("province", Province);
        // A commune belongs to its province: choosing another province drops it.
        Add("commune", change == "province" ? null : Commune);
        Add("type", Type is { } type ? TypeNames[(int)type] : null);
        Add("cert", Certified switch { true => "certificate", false => "legacy", null => null });
        Add("sort", Sort == CatalogueSort.Relevance ? null : SortNames[(int)Sort]);
        Add("pageSize", PageSize == DefaultPageSize ? null : PageSize.ToString(CultureInfo.InvariantCulture));
        // Any change of filter or order starts again from the first page.
        Add("page", change is not null && change != "page" ? null : Page == 1 ? null : Page.ToString(CultureInfo.InvariantCulture));
        return address.ToString();
    }

    private static readonly string[] TypeNames = [.. Enum.GetValues<ProducerType>().Select(t => t.ToString().ToLowerInvariant())];
    private static readonly string[] SortNames = [.. Enum.GetValues<CatalogueSort>().Select(t => t.ToString().ToLowerInvariant())];
}
