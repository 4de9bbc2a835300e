namespace Ocop.Web.Features.Catalogue;

/// <summary>
/// The counts a search with no text and one or two filters needs, computed once per day and snapshot
/// (entries run out at midnight): per facet and value, the listed entries holding it, and for every two
/// facets the entries holding each pair of values. A lone filter's page then needs no pass over the
/// catalogue, and two filters' own facets are read from the pairs.
/// </summary>
internal sealed class FacetDayCounts
{
    private readonly int[] sizes;
    private readonly int[][][] pairs;

    private FacetDayCounts(int day, Bits listed, int[][] all, int[][][] pairs, int[] sizes)
    {
        Day = day;
        Listed = listed;
        All = all;
        this.pairs = pairs;
        this.sizes = sizes;
    }

    public int Day { get; }

    /// <summary>The entries listed on the day: a search's candidates are narrowed to them in one pass over 64-bit words.</summary>
    public Bits Listed { get; }

    /// <summary>Per facet and value, the entries listed on the day holding it.</summary>
    public int[][] All { get; }

    /// <summary>Counts per value of <paramref name="facet"/> among the entries whose <paramref name="given"/> facet has <paramref name="value"/>.</summary>
    public int[] CountsWhere(int given, int value, int facet)
    {
        var size = sizes[facet];
        var counts = new int[size];
        if (value >= 0 && value < sizes[given])
        {
            Array.Copy(pairs[given][facet], value * size, counts, 0, size);
        }

        return counts;
    }

    public static FacetDayCounts Compute(CatalogueSnapshot s, int today)
    {
        const int k = FacetKind.Count;
        var facetSizes = s.FacetSizes;
        var all = facetSizes.Select(size => new int[size]).ToArray();
        var pairs = new int[k][][];
        for (var g = 0; g < k; g++)
        {
            pairs[g] = new int[k][];
            for (var f = 0; f < k; f++)
            {
                pairs[g][f] = g == f ? [] : new int[facetSizes[g] * facetSizes[f]];
            }
        }

        var values = s.Values;
        var listed = new Bits(s.Entries.Count);
        for (var i = 0; i < s.Entries.Count; i++)
        {
            if (s.ListedUntilDay[i] < today)
            {
                continue;
            }

            listed.Set(i);
            var row = i * k;
            for (var g = 0; g < k; g++)
            {
                var vg = values[row + g];
                all[g][vg]++;
                for (var f = 0; f < k; f++)
                {
                    if (f != g)
                    {
                        pairs[g][f][(vg * facetSizes[f]) + values[row + f]]++;
                    }
                }
            }
        }

        return new FacetDayCounts(today, listed, all, pairs, facetSizes);
    }
}
