namespace Ocop.Web.Features.Catalogue;

/// <summary>
/// Every facet value's label in one reader's language, and the values in alphabetical order of their labels, for one
/// snapshot: worked out once per snapshot and language, as culture-aware comparison and resource lookups are slow and
/// the same provinces and groups are named on every search. Facets and values are numbered as the snapshot numbers them.
/// </summary>
internal sealed class FacetLabels
{
    private FacetLabels(string[][] text, int[][] byLabel, int[][] rankOf)
    {
        Text = text;
        ByLabel = byLabel;
        RankOf = rankOf;
    }

    /// <summary>Per facet and value, its label.</summary>
    public string[][] Text { get; }

    /// <summary>Per facet, its values in the reader's alphabetical order of their labels.</summary>
    public int[][] ByLabel { get; }

    /// <summary>Per facet and value, its place in <see cref="ByLabel"/>.</summary>
    public int[][] RankOf { get; }

    /// <param name="label">The label of a facet's value, given the facet and the value's key.</param>
    public static FacetLabels Build(CatalogueSnapshot s, Func<int, string, string> label)
    {
        var text = new string[FacetKind.Count][];
        var byLabel = new int[FacetKind.Count][];
        var rankOf = new int[FacetKind.Count][];
        for (var f = 0; f < FacetKind.Count; f++)
        {
            var keys = s.FacetKeys[f];
            var labels = Array.ConvertAll(keys, key => label(f, key));
            text[f] = labels;
            byLabel[f] = [.. Enumerable.Range(0, keys.Length).OrderBy(v => labels[v], StringComparer.CurrentCulture)];
            rankOf[f] = new int[keys.Length];
            for (var rank = 0; rank < keys.Length; rank++)
            {
                rankOf[f][byLabel[f][rank]] = rank;
            }
        }

        return new FacetLabels(text, byLabel, rankOf);
    }
}
