namespace Ocop.Web.Features.Catalogue;

/// <summary>
/// Counts per facet value over the entries a search visits, and how many pass every filter. An entry
/// failing exactly one filter still counts in that filter's own facet (what choosing another value
/// would give); one failing two counts nowhere.
/// </summary>
internal sealed class FacetTally
{
    public FacetTally(CatalogueSnapshot s)
    {
        Counts = [.. s.FacetSizes.Select(size => new int[size])];
    }

    /// <summary>Counts known without visiting (read from the day's counts).</summary>
    public FacetTally(int[][] counts, int total)
    {
        Counts = counts;
        Total = total;
    }

    /// <summary>Per facet (<see cref="FacetKind"/>), the count per value.</summary>
    public int[][] Counts { get; }

    /// <summary>Entries passing every filter, and how many of them hold the query text in their name.</summary>
    public int Total { get; private set; }
    public int TotalInName { get; private set; }

    /// <summary>Counts entry <paramref name="i"/> and, when it passes every filter, adds it to <paramref name="hits"/>.</summary>
    /// <remarks>Written out facet by facet: this runs once per candidate entry, hundreds of thousands of times a search.</remarks>
    public void Visit(CatalogueSnapshot s, FacetFilter filter, int today, int i, Bits hits, Bits? inName)
    {
        if (s.ListedUntilDay[i] < today)
        {
            return; // the certificate or legacy rating ran out since the snapshot was built
        }

        var row = i * FacetKind.Count;
        var v = s.Values.AsSpan(row, FacetKind.Count);
        var failed = 0;
        var active = filter.Active;
        if (active != 0)
        {
            var w = filter.Wanted;
            if ((active & 1) != 0 && v[0] != w[0]) failed |= 1;
            if ((active & 2) != 0 && v[1] != w[1]) failed |= 2;
            if ((active & 4) != 0 && v[2] != w[2]) failed |= 4;
            if ((active & 8) != 0 && v[3] != w[3]) failed |= 8;
            if ((active & 16) != 0 && v[4] != w[4]) failed |= 16;
            if ((active & 32) != 0 && v[5] != w[5]) failed |= 32;
        }

        var c = Counts;
        if (failed == 0)
        {
            hits.Set(i);
            Total++;
            if (inName is not null && inName[i])
            {
                TotalInName++;
            }

            c[0][v[0]]++;
            c[1][v[1]]++;
            c[2][v[2]]++;
            c[3][v[3]]++;
            c[4][v[4]]++;
            c[5][v[5]]++;
            return;
        }

        if ((failed & (failed - 1)) != 0)
        {
            return; // fails two filters: counts in no facet
        }

        // Fails one filter: counts only in that filter's own facet.
        var f = System.Numerics.BitOperations.TrailingZeroCount(failed);
        c[f][v[f]]++;
    }
}
