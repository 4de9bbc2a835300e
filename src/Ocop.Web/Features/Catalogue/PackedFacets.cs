using System.Numerics;

namespace Ocop.Web.Features.Catalogue;

/// <summary>
/// Every entry's six facet values in one word (a bit field per facet, as wide as its value count needs), and the
/// layout of a flat count array (one slot per facet value). A search visiting tens of thousands of entries then
/// reads 4 bytes per entry instead of 12 bytes plus the listing end, tests every filter with one XOR, and counts
/// into one array small enough to stay in the processor's first cache. The words are 32 bits when the fields fit
/// (34 provinces, 3,321 communes and a few dozen groups need about 30), else 64.
/// </summary>
internal sealed class PackedFacets
{
    public PackedFacets(short[] values, int[] facetSizes)
    {
        sizes = facetSizes;
        Shift = new int[FacetKind.Count];
        Mask = new ulong[FacetKind.Count];
        Offset = new int[FacetKind.Count];
        var bit = 0;
        var slot = 0;
        for (var f = 0; f < FacetKind.Count; f++)
        {
            var width = Math.Max(1, 32 - BitOperations.LeadingZeroCount((uint)Math.Max(1, facetSizes[f] - 1)));
            Shift[f] = bit;
            Mask[f] = (1UL << width) - 1;
            Offset[f] = slot;
            bit += width;
            slot += facetSizes[f];
        }

        // Six facets of at most 16,384 values each fit easily: communes, the widest, need 12 to 14 bits.
        if (bit > 64)
        {
            throw new InvalidOperationException($"The catalogue's facet values need {bit} bits, more than one word holds.");
        }

        Slots = slot;
        var n = values.Length / FacetKind.Count;
        var wide = new ulong[n];
        for (var i = 0; i < n; i++)
        {
            for (var f = 0; f < FacetKind.Count; f++)
            {
                wide[i] |= (ulong)values[(i * FacetKind.Count) + f] << Shift[f];
            }
        }

        if (bit <= 32)
        {
            Narrow = Array.ConvertAll(wide, w => (uint)w);
        }
        else
        {
            Wide = wide;
        }
    }

    /// <summary>Entry i's values, facet f at bits <see cref="Shift"/>[f] under <see cref="Mask"/>[f]: in 32-bit words when they fit, else in 64-bit ones.</summary>
    public uint[]? Narrow { get; }
    public ulong[]? Wide { get; }

    public int[] Shift { get; }

    /// <summary>How many bits facet f's field has.</summary>
    public int Width(int f) => BitOperations.PopCount(Mask[f]);

    public ulong[] Mask { get; }

    /// <summary>Where facet f's counts begin in a flat count array of <see cref="Slots"/> slots.</summary>
    public int[] Offset { get; }

    public int Slots { get; }

    private readonly int[] sizes;

    /// <summary>
    /// A filter as two words: the bits it compares (its facets' fields) and the values it wants there. A wanted value the
    /// snapshot does not know has no field value: its facet goes in NeverMatches (its lowest bit set),
    /// which a caller ORs into every comparison so that facet always fails.
    /// </summary>
    public (ulong Compared, ulong Wanted, ulong NeverMatches) Filter(int active, int[] wanted)
    {
        ulong compared = 0, want = 0, never = 0;
        for (var f = 0; f < FacetKind.Count; f++)
        {
            if ((active & FacetKind.Bit(f)) == 0)
            {
                continue;
            }

            compared |= Mask[f] << Shift[f];
            if (wanted[f] >= 0 && wanted[f] < sizes[f])
            {
                want |= (ulong)wanted[f] << Shift[f];
            }
            else
            {
                never |= 1UL << Shift[f];
            }
        }

        return (compared, want, never);
    }
}
