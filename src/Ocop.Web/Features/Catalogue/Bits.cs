using System.Numerics;

namespace Ocop.Web.Features.Catalogue;

/// <summary>A fixed-size set of entry positions: unions and intersections of posting lists without allocation per element.</summary>
internal sealed class Bits(int size)
{
    private readonly ulong[] words = new ulong[(size + 63) / 64];

    public void Set(int i) => words[i >> 6] |= 1UL << (i & 63);

    public bool this[int i] => (words[i >> 6] & (1UL << (i & 63))) != 0;

    public void SetAll(int[] positions)
    {
        foreach (var p in positions)
        {
            Set(p);
        }
    }

    public void And(Bits other)
    {
        for (var w = 0; w < words.Length; w++)
        {
            words[w] &= other.words[w];
        }
    }

    public bool IsEmpty => Array.TrueForAll(words, w => w == 0);

    /// <summary>The set positions in ascending order.</summary>
    public IEnumerable<int> Positions()
    {
        for (var w = 0; w < words.Length; w++)
        {
            var word = words[w];
            while (word != 0)
            {
                yield return (w << 6) + BitOperations.TrailingZeroCount(word);
                word &= word - 1;
            }
        }
    }
}
