using System.Numerics;
using Ocop.Web.Features.Search;

namespace Ocop.Web.Features.Catalogue;

/// <summary>
/// Words of the listed products, folded (no accents, lower case), each with the entries whose name
/// (Vietnamese or English) or other text (producer, product set) holds it; a name also gives its neighbouring
/// syllables written together and the English words of <see cref="ProductGlossary"/>. A query word matches every
/// indexed word it begins ("nuoc ma" finds "nước mắm" while the user types). When nothing matches, a
/// query word of two letters or more also matches indexed words one edit away (a letter missing,
/// extra, wrong or two swapped): Vietnamese syllables are short, so an edit distance on whole words
/// finds "mắm" for "mma" where trigram similarity on three-letter words would not.
/// </summary>
internal sealed class TextIndex
{
    public const int MaxCorrections = 5;

    private readonly string[] words;
    private readonly int[][] inName;
    private readonly int[][] inOther;

    /// <summary>Word indexes per word length: a correction only compares words of about the same length.</summary>
    private readonly int[][] byLength;

    /// <summary>Per word, which letters it holds (a bit per letter a–z, one bit for anything else).</summary>
    private readonly uint[] letters;

    private static uint LettersOf(string word)
    {
        var mask = 0u;
        foreach (var c in word)
        {
            mask |= c is >= 'a' and <= 'z' ? 1u << (c - 'a') : 1u << 31;
        }

        return mask;
    }

    /// <summary>
    /// The other way round: per entry, its name words and its other words (ascending word indexes, entry i's
    /// from start[i] to start[i + 1]). Checking a few candidates' own words beats merging a common word's
    /// long posting list.
    /// </summary>
    private readonly int[] nameStart, nameWords, otherStart, otherWords;

    /// <summary>
    /// Per frequent word (more entries than a bit set has 64-bit words), its entries as ready bit sets, anywhere and in
    /// the name; null for the others. ORing a few thousand words beats setting tens of thousands of scattered bits, and
    /// the common words ("nuoc", "mam", "htx") are the ones most searched.
    /// </summary>
    private readonly Bits?[] readyAny, readyName;

    /// <summary>64-bit words in a bit set of every entry: ORing a ready set costs about this many steps.</summary>
    private readonly int wordsPerSet;

    private TextIndex(string[] words, int[][] inName, int[][] inOther, int entryCount)
    {
        this.words = words;
        this.inName = inName;
        this.inOther = inOther;
        wordsPerSet = (entryCount + 63) / 64;
        readyAny = new Bits?[words.Length];
        readyName = new Bits?[words.Length];
        for (var w = 0; w < words.Length; w++)
        {
            // A small catalogue (a demo, a test) sets its few bits faster than it would OR whole sets.
            if (inName[w].Length + inOther[w].Length > wordsPerSet && entryCount >= 4096)
            {
                (readyAny[w], readyName[w]) = (new Bits(entryCount), new Bits(entryCount));
                SetAll(w, readyAny[w]!, readyName[w]!);
            }
        }

        (nameStart, nameWords) = Invert(inName, entryCount);
        (otherStart, otherWords) = Invert(inOther, entryCount);
        var longest = words.Length == 0 ? 0 : words.Max(w => w.Length);
        letters = Array.ConvertAll(words, LettersOf);
        byLength = [.. Enumerable.Range(0, longest + 1).Select(length => Enumerable.Range(0, words.Length).Where(i => words[i].Length == length).ToArray())];
    }

    public int WordCount => words.Length;

    /// <summary>Words per entry on average: what checking one candidate against a query word costs.</summary>
    public double WordsPerEntry => nameStart.Length <= 1 ? 0 : (nameWords.Length + otherWords.Length) / (double)(nameStart.Length - 1);

    /// <summary>Whether entry <paramref name="i"/> holds one of the (ascending) word indexes, anywhere and in its name.</summary>
    /// <remarks>
    /// The words a query word stands for are usually one run of the sorted word list (every word beginning with it), so a
    /// range test does; corrections are scattered and searched.
    /// </remarks>
    public (bool Any, bool InName) Holds(int i, int[] wordIndexes)
    {
        var (low, high) = (wordIndexes[0], wordIndexes[^1]);
        var run = high - low + 1 == wordIndexes.Length;
        bool AnyOf(ReadOnlySpan<int> own)
        {
            foreach (var w in own)
            {
                if (run ? w >= low && w <= high : w >= low && w <= high && Array.BinarySearch(wordIndexes, w) >= 0)
                {
                    return true;
                }
            }

            return false;
        }

        var name = AnyOf(nameWords.AsSpan(nameStart[i], nameStart[i + 1] - nameStart[i]));
        return (name || AnyOf(otherWords.AsSpan(otherStart[i], otherStart[i + 1] - otherStart[i])), name);
    }

    private static (int[] Start, int[] Flat) Invert(int[][] postings, int entryCount)
    {
        var start = new int[entryCount + 1];
        foreach (var list in postings)
        {
            foreach (var i in list)
            {
                start[i + 1]++;
            }
        }

        for (var i = 0; i < entryCount; i++)
        {
            start[i + 1] += start[i];
        }

        var flat = new int[start[entryCount]];
        var next = start[..entryCount];
        for (var w = 0; w < postings.Length; w++)
        {
            foreach (var i in postings[w])
            {
                flat[next[i]++] = w; // words in ascending order, so each entry's slice is sorted
            }
        }

        return (start, flat);
    }

    public static string[] Tokens(string? text) =>
        VietnameseText.Fold(text).Split(Separators, StringSplitOptions.RemoveEmptyEntries);

    private static readonly char[] Separators = [.. Enumerable.Range(0, 128).Select(c => (char)c).Where(c => !char.IsLetterOrDigit(c))];

    public static TextIndex Build(IReadOnlyList<CatalogueEntry> entries)
    {
        var name = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        var other = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        static void Add(Dictionary<string, List<int>> postings, IEnumerable<string> tokens, int position)
        {
            foreach (var token in tokens)
            {
                if (!postings.TryGetValue(token, out var list))
                {
                    postings[token] = list = [];
                }

                // Entries are added in position order, so each list stays sorted; skip repeats of a word.
                if (list.Count == 0 || list[^1] != position)
                {
                    list.Add(position);
                }
            }
        }

        for (var i = 0; i < entries.Count; i++)
        {
            var nameWords = Tokens(entries[i].Name);
            Add(name, nameWords, i);
            Add(name, Tokens(entries[i].NameEn), i);
            // "nuocmam" typed as one word, and English words for a Vietnamese-only name ("fish sauce").
            Add(name, ProductGlossary.Joined(nameWords), i);
            Add(name, ProductGlossary.EnglishFor(nameWords), i);
            Add(other, Tokens(entries[i].ProducerName), i);
            var setWords = Tokens(entries[i].ProductSetName);
            Add(other, setWords, i);
            Add(other, ProductGlossary.EnglishFor(setWords), i);
        }

        var all = name.Keys.Union(other.Keys).Order(StringComparer.Ordinal).ToArray();
        return new TextIndex(
            all,
            [.. all.Select(w => name.TryGetValue(w, out var l) ? l.ToArray() : [])],
            [.. all.Select(w => other.TryGetValue(w, out var l) ? l.ToArray() : [])],
            entries.Count);
    }

    /// <summary>
    /// Indexes of the words <paramref name="token"/> stands for: itself when indexed and not
    /// <paramref name="asPrefix"/>, else every word beginning with it.
    /// </summary>
    public int[] Matching(string token, bool asPrefix)
    {
        var first = FirstAtOrAfter(token);
        if (!asPrefix && first < words.Length && words[first] == token)
        {
            return [first];
        }

        // The words beginning with the token follow one another in ordinal order: find where they end, then number them
        // (a two-letter beginning stands for thousands of words, on every keystroke of a search box).
        var (lo, hi) = (first, words.Length);
        while (lo < hi)
        {
            var mid = (lo + hi) >>> 1;
            if (words[mid].StartsWith(token, StringComparison.Ordinal))
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid;
            }
        }

        var found = new int[lo - first];
        for (var k = 0; k < found.Length; k++)
        {
            found[k] = first + k;
        }

        return found;
    }

    /// <summary>How many entries the words hold, counted with repeats: which query word to intersect first.</summary>
    public long Postings(IReadOnlyList<int> wordIndexes) => wordIndexes.Sum(w => (long)inName[w].Length + inOther[w].Length);

    private int FirstAtOrAfter(string prefix)
    {
        var lo = 0;
        var hi = words.Length;
        while (lo < hi)
        {
            var mid = (lo + hi) >>> 1;
            if (string.CompareOrdinal(words[mid], prefix) < 0)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid;
            }
        }

        return lo;
    }

    /// <summary>Indexed words one edit away from <paramref name="token"/>, the most frequent first.</summary>
    public IReadOnlyList<int> Corrections(string token)
    {
        var near = new List<int>();
        var tokenLetters = LettersOf(token);
        for (var length = Math.Max(2, token.Length - 1); length <= token.Length + 1 && length < byLength.Length; length++)
        {
            foreach (var i in byLength[length])
            {
                // One edit changes which letters a word holds by two at most: a cheap test before the real one.
                if (BitOperations.PopCount(letters[i] ^ tokenLetters) <= 2 && EditDistance.AtMostOne(words[i], token))
                {
                    near.Add(i);
                }
            }
        }

        return [.. near.OrderByDescending(i => inName[i].Length + inOther[i].Length).ThenBy(i => words[i], StringComparer.Ordinal).Take(MaxCorrections)];
    }

    public string Word(int index) => words[index];

    /// <summary>Adds the entries holding word <paramref name="index"/> to <paramref name="any"/>, and those with it in the name to <paramref name="name"/>.</summary>
    public void Collect(int index, Bits any, Bits name)
    {
        if (readyAny[index] is { } readyInAny)
        {
            any.Or(readyInAny);
            name.Or(readyName[index]!);
            return;
        }

        SetAll(index, any, name);
    }

    /// <summary>What collecting the words costs, in steps: a bit set one by one, or a ready set ORed four 64-bit words at a time.</summary>
    public long CollectCost(IReadOnlyList<int> wordIndexes) =>
        wordIndexes.Sum(w => readyAny[w] is null ? (long)inName[w].Length + inOther[w].Length : wordsPerSet / 4);

    private void SetAll(int index, Bits any, Bits name)
    {
        name.SetAll(inName[index]);
        any.SetAll(inName[index]);
        any.SetAll(inOther[index]);
    }
}

/// <summary>Damerau-Levenshtein distance, only as far as telling whether two words are at most one edit apart.</summary>
internal static class EditDistance
{
    public static bool AtMostOne(string a, string b)
    {
        if (a.Length < b.Length)
        {
            (a, b) = (b, a);
        }

        if (a.Length - b.Length > 1)
        {
            return false;
        }

        var i = 0;
        while (i < b.Length && a[i] == b[i])
        {
            i++;
        }

        if (i == b.Length)
        {
            return true; // equal, or a has one extra letter at the end
        }

        if (a.Length > b.Length)
        {
            return a.AsSpan(i + 1).SequenceEqual(b.AsSpan(i)); // one letter missing from b
        }

        // Same length: one wrong letter, or two neighbours swapped.
        return a.AsSpan(i + 1).SequenceEqual(b.AsSpan(i + 1))
               || (i + 1 < a.Length && a[i] == b[i + 1] && a[i + 1] == b[i] && a.AsSpan(i + 2).SequenceEqual(b.AsSpan(i + 2)));
    }
}
