using System.Numerics;

namespace Ocop.Web.Features.Catalogue;

/// <summary>A fixed-size set of entry positions: unions and intersections of posting lists without allocation per element.</summary>
internal sealed class Bits(int size)
{
    private readonly ulong[] words = new ulong[(size + 63) / 64];

    public int Size { get; } = size;

    /// <summary>The 64-bit words themselves, position p at bit p % 64 of word p / 64: for loops that read and rewrite a whole word of positions at a time.</summary>
    public Span<ulong> Words => words;

    public void ClearAll() => Array.Clear(words);

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
        Span<ulong> a = words, b = other.words;
        var i = 0;
        for (; i <= a.Length - Vector<ulong>.Count; i += Vector<ulong>.Count)
        {
            (new Vector<ulong>(a[i..]) & new Vector<ulong>(b[i..])).CopyTo(a[i..]);
        }

        for (; i < a.Length; i++)
        {
            a[i] &= b[i];
        }
    }

    public void Or(Bits other)
    {
        Span<ulong> a = words, b = other.words;
        var i = 0;
        for (; i <= a.Length - Vector<ulong>.Count; i += Vector<ulong>.Count)
        {
            (new Vector<ulong>(a[i..]) | new Vector<ulong>(b[i..])).CopyTo(a[i..]);
        }

        for (; i < a.Length; i++)
        {
            a[i] |= b[i];
        }
    }

    /// <summary>How many positions are set.</summary>
    public int Count()
    {
        var count = 0;
        foreach (var w in words)
        {
            count += BitOperations.PopCount(w);
        }

        return count;
    }

    /// <summary>How many positions are set in both sets.</summary>
    public int CountAnd(Bits other)
    {
        var count = 0;
        for (var w = 0; w < words.Length; w++)
        {
            count += BitOperations.PopCount(words[w] & other.words[w]);
        }

        return count;
    }

    public bool IsEmpty => Array.TrueForAll(words, w => w == 0);

    /// <summary>The set positions in ascending order (a struct enumerator: no allocation, no interface calls).</summary>
    public PositionEnumerator Positions() => new(words);

    public int[] ToArray()
    {
        var result = new int[Count()];
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

/// <summary>
/// The sets one search uses, kept per thread and handed out cleared; every set goes back when the thread's next search
/// begins. A search over 200,000 entries needs several 25 KB sets: allocated afresh, thousands of searches a second
/// would pass them all through the garbage collector and push everything else out of the processor's cache.
/// </summary>
/// <remarks>Only for sets that do not outlive the search (a search runs start to end on one thread, without awaiting).</remarks>
internal sealed class SearchBits
{
    [ThreadStatic]
    private static SearchBits? current;

    private readonly List<Bits> sets = [];
    private int used;
    private int[] counts = [];
    private int[] combinations = [];

    /// <summary>This thread's sets, all free again: call once as a search begins.</summary>
    public static SearchBits Begin()
    {
        var bits = current ??= new SearchBits();
        bits.used = 0;
        return bits;
    }

    /// <summary>An empty set of <paramref name="size"/> positions.</summary>
    public Bits Take(int size)
    {
        if (used == sets.Count)
        {
            sets.Add(new Bits(size));
        }
        else if (sets[used].Size != size)
        {
            sets[used] = new Bits(size); // a new snapshot with another entry count
        }
        else
        {
            sets[used].ClearAll();
        }

        return sets[used++];
    }

    /// <summary>This thread's array of <paramref name="length"/> zeros for <see cref="CombinationTally"/>'s combinations.</summary>
    public int[] Combinations(int length) => Zeros(ref combinations, length);

    /// <summary>This thread's counting array of <paramref name="length"/> zeros (one per search: the tally's facet counts before they are copied out).</summary>
    public int[] Counts(int length) => Zeros(ref counts, length);

    /// <summary>The kept array cleared, or a new one when the length changed (a new snapshot).</summary>
    private static int[] Zeros(ref int[] kept, int length)
    {
        if (kept.Length != length)
        {
            kept = new int[length];
        }
        else
        {
            Array.Clear(kept);
        }

        return kept;
    }
}
