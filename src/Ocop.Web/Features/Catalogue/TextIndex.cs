using Ocop.Web.Features.Search;

namespace Ocop.Web.Features.Catalogue;

/// <summary>
/// Words of the listed products, folded (no accents, lower case), each with the entries whose name
/// (Vietnamese or English) or other text (producer, product set) holds it. A query word matches every
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

    private TextIndex(string[] words, int[][] inName, int[][] inOther)
    {
        this.words = words;
        this.inName = inName;
        this.inOther = inOther;
    }

    public int WordCount => words.Length;

    public static string[] Tokens(string? text) =>
        VietnameseText.Fold(text).Split(Separators, StringSplitOptions.RemoveEmptyEntries);

    private static readonly char[] Separators = [.. Enumerable.Range(0, 128).Select(c => (char)c).Where(c => !char.IsLetterOrDigit(c))];

    public static TextIndex Build(IReadOnlyList<CatalogueEntry> entries)
    {
        var name = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        var other = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        static void Add(Dictionary<string, List<int>> postings, string? text, int position)
        {
            foreach (var token in Tokens(text))
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
            Add(name, entries[i].Name, i);
            Add(name, entries[i].NameEn, i);
            Add(other, entries[i].ProducerName, i);
            Add(other, entries[i].ProductSetName, i);
        }

        var all = name.Keys.Union(other.Keys).Order(StringComparer.Ordinal).ToArray();
        return new TextIndex(
            all,
            [.. all.Select(w => name.TryGetValue(w, out var l) ? l.ToArray() : [])],
            [.. all.Select(w => other.TryGetValue(w, out var l) ? l.ToArray() : [])]);
    }

    /// <summary>Indexes of the words that begin with <paramref name="prefix"/>.</summary>
    public IEnumerable<int> WordsStartingWith(string prefix)
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

        for (var i = lo; i < words.Length && words[i].StartsWith(prefix, StringComparison.Ordinal); i++)
        {
            yield return i;
        }
    }

    /// <summary>Indexed words one edit away from <paramref name="token"/>, the most frequent first.</summary>
    public IReadOnlyList<int> Corrections(string token) =>
        [.. Enumerable.Range(0, words.Length)
            .Where(i => words[i].Length >= 2 && Math.Abs(words[i].Length - token.Length) <= 1 && EditDistance.AtMostOne(words[i], token))
            .OrderByDescending(i => inName[i].Length + inOther[i].Length)
            .ThenBy(i => words[i], StringComparer.Ordinal)
            .Take(MaxCorrections)];

    public string Word(int index) => words[index];

    /// <summary>Adds the entries holding word <paramref name="index"/> to <paramref name="any"/>, and those with it in the name to <paramref name="name"/>.</summary>
    public void Collect(int index, Bits any, Bits name)
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
