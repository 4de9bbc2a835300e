using System.Numerics;

namespace Ocop.Web.Features.Catalogue;

/// <summary>A fixed-size set of entry positions: unions and intersections of posting lists without allocation per element.</summary>
internal sealed class Bits(int size)
{
    private readonly ulong[] words = new ulong[(size + 63) / 64];

    public void Set(int i) => words[i >> 6] |= 1UL << (i & 63);

    public void Clear(int i) => words[i >> 6] &= ~(1UL << (i & 63));

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

    /// <summary>The set positions in ascending order (a struct enumerator: no allocation, no interface calls).</summary>
    public PositionEnumerator Positions() => new(words);

    public int[] ToArray()
    {
        var count = 0;
        foreach (var w in words)
        {
            count += BitOperations.PopCount(w);
        }

        var result = new int[count];
        var k = 0;
        foreach (var i in Positions())
        {
            result[k++] = i;
        }

        return result;
    }

    public struct PositionEnumerator(ulong[] words)
    {
        private int index = -1;
        private ulong remaining;

        public readonly PositionEnumerator GetEnumerator() => this;

        public int Current { get; private set; }

        public bool MoveNext()
        {
            while (remaining == 0)
            {
                if (++index >= words.Length)
                {
                    return false;
                }

                remaining = words[index];
            }

            Current = (index << 6) + BitOperations.TrailingZeroCount(remaining);
            remaining &= remaining - 1;
            return true;
        }
    }
}
