using System.Numerics;

namespace Ocop.Web.Features.Catalogue;

/// <summary>
/// Counts per facet value over the entries a search visits, and how many pass every filter. An entry
/// failing exactly one filter still counts in that filter's own facet (what choosing another value
/// would give); one failing two counts nowhere.
/// </summary>
internal sealed class FacetTally
{
    /// <summary>Counts known without visiting (read from the day's counts).</summary>
    public FacetTally(int[][] counts, int total, int totalInName = 0)
    {
        Counts = counts;
        Total = total;
        TotalInName = totalInName;
    }

    /// <summary>Per facet (<see cref="FacetKind"/>), the count per value.</summary>
    public int[][] Counts { get; }

    /// <summary>Entries passing every filter, and how many of them hold the query text in their name.</summary>
    public int Total { get; }
    public int TotalInName { get; }

    /// <summary>
    /// Visits the <paramref name="candidates"/> listed on the day, counting each, and leaves in
    /// <paramref name="candidates"/> only those passing every filter: the search's hits. The commune counts are left
    /// empty unless <paramref name="communes"/> asks for them.
    /// </summary>
    /// <remarks>
    /// Written out field by field: this runs once per candidate entry, tens of thousands of times a search. An entry
    /// passing every filter (the XOR of its word and the wanted one is zero on the filtered fields) counts in
    /// every facet; the others are few in a text search and are sorted out field by field.
    /// </remarks>
    public static FacetTally Visit(CatalogueSnapshot s, FacetFilter filter, FacetDayCounts day, Bits candidates, Bits? inName, bool communes, SearchBits bits)
    {
        candidates.And(day.Listed); // the certificate or legacy rating may have run out since the snapshot was built
        var packed = s.Packed;
        var flat = bits.Counts(packed.Slots);
        var total = packed.Narrow is { } narrow
            ? Count(narrow, packed, filter, candidates, flat)
            : Count(packed.Wide!, packed, filter, candidates, flat);
        var counts = new int[FacetKind.Count][];
        for (var f = 0; f < FacetKind.Count; f++)
        {
            counts[f] = f == FacetKind.Commune && !communes ? [] : flat.AsSpan(packed.Offset[f], s.FacetSizes[f]).ToArray();
        }

        return new FacetTally(counts, total, inName is null ? 0 : candidates.CountAnd(inName));
    }

    /// <summary>The loop, compiled once for 32-bit and once for 64-bit words.</summary>
    private static int Count<TWord>(TWord[] words, PackedFacets packed, FacetFilter filter, Bits candidates, int[] flat)
        where TWord : unmanaged, IBinaryInteger<TWord>
    {
        var (compared, wanted, never) = packed.Filter(filter.Active, filter.Wanted);
        var (shift, mask, offset) = (packed.Shift, packed.Mask, packed.Offset);
        int s1 = shift[1], s2 = shift[2], s3 = shift[3], s4 = shift[4], s5 = shift[5];
        ulong m0 = mask[0], m1 = mask[1], m2 = mask[2], m3 = mask[3], m4 = mask[4], m5 = mask[5];
        int o1 = offset[1], o2 = offset[2], o3 = offset[3], o4 = offset[4], o5 = offset[5];
        var total = 0;
        foreach (var i in candidates.Positions())
        {
            var word = ulong.CreateTruncating(words[i]);
            var differs = ((word ^ wanted) & compared) | never;
            if (differs == 0)
            {
                total++;
                flat[(int)(word & m0)]++;
                flat[o1 + (int)((word >> s1) & m1)]++;
                flat[o2 + (int)((word >> s2) & m2)]++;
                flat[o3 + (int)((word >> s3) & m3)]++;
                flat[o4 + (int)((word >> s4) & m4)]++;
                flat[o5 + (int)((word >> s5) & m5)]++;
                continue;
            }

            candidates.Clear(i);
            var failed = -1;
            for (var f = 0; f < FacetKind.Count; f++)
            {
                if (((differs >> shift[f]) & mask[f]) == 0)
                {
                    continue;
                }

                if (failed >= 0)
                {
                    failed = -2; // fails two filters: counts in no facet
                    break;
                }

                failed = f;
            }

            if (failed >= 0)
            {
                flat[offset[failed] + (int)((word >> shift[failed]) & mask[failed])]++;
            }
        }

        return total;
    }
}
