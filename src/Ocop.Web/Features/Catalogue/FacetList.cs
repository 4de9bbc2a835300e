using System.Buffers;

namespace Ocop.Web.Features.Catalogue;

/// <summary>
/// A search's facets as the catalogue shows them: the values with results, and the chosen one even without; places and
/// groups with the most results first, then alphabetically in the reader's language; stars from five down; producer
/// types and certificate kinds in their fixed order. Runs on every search, so it sorts numbers, not objects.
/// </summary>
internal static class FacetList
{
    private static readonly int[] StarValues = [5, 4, 3];

    public static List<Facet> Of(CatalogueSnapshot s, CatalogueQuery query, SearchHits hits, FacetLabels labels)
    {
        var shown = CatalogueSearch.ShownFacets(query);
        var facets = new List<Facet>(shown.Count);
        foreach (var f in shown)
        {
            var (counts, selected) = (hits.Counts[f], hits.Selected[f]);
            var values = new List<FacetValue>(f == FacetKind.Commune ? 0 : counts.Length);
            switch (f)
            {
                case FacetKind.Stars:
                    foreach (var v in StarValues)
                    {
                        Add(values, s, labels, f, v, counts, selected);
                    }

                    break;
                case FacetKind.Group or FacetKind.Province or FacetKind.Commune:
                    AddByCount(values, s, labels, f, counts, selected);
                    break;
                default:
                    for (var v = 0; v < counts.Length; v++)
                    {
                        Add(values, s, labels, f, v, counts, selected);
                    }

                    break;
            }

            facets.Add(new Facet(FacetKind.Names[f], values));
        }

        return facets;
    }

    private static void Add(List<FacetValue> values, CatalogueSnapshot s, FacetLabels labels, int f, int v, int[] counts, int selected)
    {
        if (counts[v] > 0 || v == selected)
        {
            values.Add(new FacetValue(s.FacetKeys[f][v], labels.Text[f][v], counts[v], v == selected));
        }
    }

    /// <summary>The values shown, the most results first and then alphabetically: one sort of (count, label rank) keys packed in a long.</summary>
    private static void AddByCount(List<FacetValue> values, CatalogueSnapshot s, FacetLabels labels, int f, int[] counts, int selected)
    {
        var keys = ArrayPool<long>.Shared.Rent(counts.Length);
        var shown = 0;
        for (var v = 0; v < counts.Length; v++)
        {
            if (counts[v] > 0 || v == selected)
            {
                keys[shown++] = ((long)(int.MaxValue - counts[v]) << 32) | (uint)labels.RankOf[f][v];
            }
        }

        Array.Sort(keys, 0, shown);
        values.EnsureCapacity(shown);
        for (var k = 0; k < shown; k++)
        {
            var v = labels.ByLabel[f][(int)(keys[k] & uint.MaxValue)];
            values.Add(new FacetValue(s.FacetKeys[f][v], labels.Text[f][v], counts[v], v == selected));
        }

        ArrayPool<long>.Shared.Return(keys);
    }
}
