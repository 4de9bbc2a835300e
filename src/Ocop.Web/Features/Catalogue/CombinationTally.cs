using System.Numerics;

namespace Ocop.Web.Features.Catalogue;

/// <summary>
/// <see cref="FacetTally"/>'s loop for a search with many candidates: the four facets with few values (stars, group,
/// producer type, certificate: about a dozen bits together) are counted together, one slot per combination of their
/// values, and the place (province, commune) apart; the combinations are then added up per facet. Two or three counters
/// an entry instead of five or six.
/// </summary>
/// <remarks>
/// <para>
/// The rule is <see cref="FacetTally"/>'s: an entry counts in facet f when no filter but f's fails. Whether the filters on
/// the four facets fail depends on the combination alone, so it is decided once per combination when adding up. Per entry
/// only the place filters are tested: a combination slot counts the entries passing them, the province counts those
/// passing every filter but the province's, the communes every filter but the commune's.
/// </para>
/// <para>
/// The combination is the entry's packed word with the province and commune fields taken out (they sit side by side,
/// between the group and the producer type; nothing is packed above the certificate). Adding up is a pass over every
/// combination, so it pays only when the candidates outnumber them; fewer candidates, or combinations too many for the
/// processor's first cache, go through the general loop.
/// </para>
/// </remarks>
internal static class CombinationTally
{
    private static readonly int[] Combined = [FacetKind.Stars, FacetKind.Group, FacetKind.Type, FacetKind.Cert];

    /// <summary>At most 8,192 combinations: 32 KB of counts.</summary>
    private const int MaxCombinationBits = 13;

    /// <summary>How many combinations there are, or 0 when they are too many to count this way.</summary>
    public static int Combinations(PackedFacets packed)
    {
        var bits = packed.Shift[FacetKind.Province] + packed.Width(FacetKind.Type) + packed.Width(FacetKind.Cert);
        return bits <= MaxCombinationBits ? 1 << bits : 0;
    }

    /// <summary>
    /// Counts the candidates into <paramref name="flat"/> (laid out as <see cref="PackedFacets.Offset"/> says), the communes
    /// only when <paramref name="communes"/> asks, leaves in <paramref name="candidates"/> only those passing every filter
    /// and returns how many those are.
    /// </summary>
    public static int Count(PackedFacets packed, FacetFilter filter, Span<ulong> candidates, bool communes, int[] flat, int[] combinations) =>
        (packed.Narrow, communes) switch
        {
            ({ } narrow, true) => Count<uint, CountCommunes>(narrow, packed, filter, candidates, flat, combinations),
            ({ } narrow, false) => Count<uint, SkipCommunes>(narrow, packed, filter, candidates, flat, combinations),
            (null, true) => Count<ulong, CountCommunes>(packed.Wide!, packed, filter, candidates, flat, combinations),
            (null, false) => Count<ulong, SkipCommunes>(packed.Wide!, packed, filter, candidates, flat, combinations),
        };

    private static int Count<TWord, TCommunes>(TWord[] words, PackedFacets packed, FacetFilter filter, Span<ulong> candidates, int[] flat, int[] combinations)
        where TWord : unmanaged, IBinaryInteger<TWord>
        where TCommunes : struct, ICommuneCounting
    {
        var (compared, wanted, never) = packed.Filter(filter.Active, filter.Wanted);
        var (shift, mask, offset) = (packed.Shift, packed.Mask, packed.Offset);
        int sProvince = shift[FacetKind.Province], sCommune = shift[FacetKind.Commune], sType = shift[FacetKind.Type];
        ulong provinceField = mask[FacetKind.Province] << sProvince, communeField = mask[FacetKind.Commune] << sCommune;
        ulong below = (1UL << sProvince) - 1, mProvince = mask[FacetKind.Province], mCommune = mask[FacetKind.Commune];
        int oProvince = offset[FacetKind.Province], oCommune = offset[FacetKind.Commune];
        var combinedFields = ~(provinceField | communeField);
        var total = 0;
        for (var b = 0; b < candidates.Length; b++)
        {
            var remaining = candidates[b];
            var kept = 0UL;
            while (remaining != 0)
            {
                var word = ulong.CreateTruncating(words[(b << 6) + BitOperations.TrailingZeroCount(remaining)]);
                var lowest = remaining & (0 - remaining);
                remaining ^= lowest;
                var differs = ((word ^ wanted) & compared) | never;
                var combinedPass = (differs & combinedFields) == 0 ? 1 : 0;
                var provincePass = (differs & provinceField) == 0 ? 1 : 0;
                var communePass = (differs & communeField) == 0 ? 1 : 0;
                combinations[(int)((word & below) | ((word >> sType) << sProvince))] += provincePass & communePass;
                flat[oProvince + (int)((word >> sProvince) & mProvince)] += combinedPass & communePass;
                if (TCommunes.Counted)
                {
                    flat[oCommune + (int)((word >> sCommune) & mCommune)] += combinedPass & provincePass;
                }

                kept |= differs == 0 ? lowest : 0;
            }

            candidates[b] = kept;
            total += BitOperations.PopCount(kept);
        }

        AddUp(packed, compared, wanted, never, flat, combinations);
        return total;
    }

    /// <summary>Adds each combination's entries to the values of the facets they count in (the filters of the other three pass).</summary>
    private static void AddUp(PackedFacets packed, ulong compared, ulong wanted, ulong never, int[] flat, int[] combinations)
    {
        var (shift, mask, offset) = (packed.Shift, packed.Mask, packed.Offset);
        int sProvince = shift[FacetKind.Province], sType = shift[FacetKind.Type];
        var below = (1UL << sProvince) - 1;
        var place = (mask[FacetKind.Province] << sProvince) | (mask[FacetKind.Commune] << shift[FacetKind.Commune]);
        for (var c = 0; c < combinations.Length; c++)
        {
            var count = combinations[c];
            if (count == 0)
            {
                continue;
            }

            // Back to the packed layout (province and commune zero, and left out of the comparison) to read each field in place.
            var word = ((ulong)c & below) | (((ulong)c >> sProvince) << sType);
            var differs = (((word ^ wanted) & compared) | never) & ~place;
            foreach (var f in Combined)
            {
                var field = mask[f] << shift[f];
                if ((differs & ~field) == 0)
                {
                    flat[offset[f] + (int)((word >> shift[f]) & mask[f])] += count;
                }
            }
        }
    }
}
