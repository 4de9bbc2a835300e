namespace Ocop.Web.Features.Catalogue;

/// <summary>Counts per facet value, keyed as the address parameter spells the value.</summary>
public sealed record FacetCounts(string Name, IReadOnlyList<(string Key, int Count)> Values);

/// <summary>Positions of one page of results, the total, the facet counts and any spelling correction.</summary>
public sealed record SearchHits(IReadOnlyList<int> Positions, int TotalCount, IReadOnlyList<FacetCounts> Facets, string? Correction);

/// <summary>
/// Runs a catalogue query over a snapshot, in memory: text match through the word index, then one pass
/// over the candidates that applies the filters and counts every facet, then a walk of the pre-sorted
/// order that picks the page. A facet's counts ignore that facet's own filter, so they show what
/// choosing another value would give, and a facet's counts add up to the total when it is not filtered.
/// </summary>
public static class CatalogueSearch
{
    private static readonly int[] StarValues = [5, 4, 3];

    /// <summary>Words this long or longer may be corrected ("og" → "ong"); a single letter is too little to guess from.</summary>
    private const int MinCorrectable = 2;
    private const int StarsBit = 1, GroupBit = 2, ProvinceBit = 4, CommuneBit = 8, TypeBit = 16, CertBit = 32;

    public static SearchHits Run(CatalogueSnapshot s, CatalogueQuery query, int todayDayNumber)
    {
        var n = s.Entries.Count;
        var (text, inName, correction) = MatchText(s, query.Q);

        // Filter values as the snapshot's small integers; a code the snapshot does not know matches nothing.
        var province = query.Province is null ? -1 : Array.BinarySearch(s.ProvinceCodes, query.Province, StringComparer.Ordinal);
        var commune = query.Commune is null ? -1 : Array.BinarySearch(s.CommuneCodes, query.Commune, StringComparer.Ordinal);
        var group = query.Group is null ? -1 : Array.BinarySearch(s.GroupIds, query.Group.Value);

        var stars = new int[6];
        var groups = new int[s.GroupIds.Length];
        var provinces = new int[s.ProvinceCodes.Length];
        var communes = new int[s.CommuneCodes.Length];
        var types = new int[CatalogueSnapshot.ProducerTypes.Length];
        var certs = new int[2];
        var hits = new Bits(n);
        var total = 0;

        void Visit(int i)
        {
            if (s.ListedUntilDay[i] < todayDayNumber)
            {
                return; // the certificate or legacy rating ran out since the snapshot was built
            }

            var failed = 0;
            if (query.Stars is { } st && s.Stars[i] != st) failed |= StarsBit;
            if (query.Group is not null && s.Group[i] != group) failed |= GroupBit;
            if (query.Province is not null && s.Province[i] != province) failed |= ProvinceBit;
            if (query.Commune is not null && s.Commune[i] != commune) failed |= CommuneBit;
            if (query.Type is { } type && s.Type[i] != (byte)type) failed |= TypeBit;
            if (query.Certified is { } certified && s.Certified[i] != certified) failed |= CertBit;
            if (failed == 0)
            {
                hits.Set(i);
                total++;
            }
            else if ((failed & (failed - 1)) != 0)
            {
                return; // fails two filters: counts in no facet
            }

            if ((failed & ~StarsBit) == 0) stars[s.Stars[i]]++;
            if ((failed & ~GroupBit) == 0) groups[s.Group[i]]++;
            if ((failed & ~ProvinceBit) == 0) provinces[s.Province[i]]++;
            if ((failed & ~CommuneBit) == 0) communes[s.Commune[i]]++;
            if ((failed & ~TypeBit) == 0) types[s.Type[i]]++;
            if ((failed & ~CertBit) == 0) certs[s.Certified[i] ? 0 : 1]++;
        }

        if (text is null)
        {
            for (var i = 0; i < n; i++) Visit(i);
        }
        else
        {
            foreach (var i in text.Positions()) Visit(i);
        }

        var facets = new List<FacetCounts>
        {
            new("stars", [.. StarValues.Select(v => (v.ToString(System.Globalization.CultureInfo.InvariantCulture), stars[v]))]),
            new("group", [.. s.GroupIds.Select((id, k) => (id.ToString(System.Globalization.CultureInfo.InvariantCulture), groups[k]))]),
            new("province", [.. s.ProvinceCodes.Select((code, k) => (code, provinces[k]))]),
            new("type", [.. CatalogueSnapshot.ProducerTypes.Select((t, k) => (t.ToString().ToLowerInvariant(), types[k]))]),
            new("cert", [("certificate", certs[0]), ("legacy", certs[1])]),
        };
        if (query.Province is not null)
        {
            // Communes only within a chosen province: 3,321 values would be no use as a list.
            facets.Insert(3, new FacetCounts("commune", [.. s.CommuneCodes.Select((code, k) => (code, communes[k])).Where(c => c.Item2 > 0)]));
        }

        return new SearchHits(Page(s, query, hits, inName, total), total, facets, correction);
    }

    private static List<int> Page(CatalogueSnapshot s, CatalogueQuery query, Bits hits, Bits? inName, int total)
    {
        var skip = (long)(query.Page - 1) * query.PageSize;
        var page = new List<int>(Math.Min(query.PageSize, total));
        if (skip >= total)
        {
            return page;
        }

        IEnumerable<int> order = query.Sort switch
        {
            CatalogueSort.Name => s.ByName,
            CatalogueSort.Stars => s.ByStars,
            CatalogueSort.Newest => s.ByNewest,
            // Relevance: the query in the product's name before a match on its producer only; then stars, then name.
            _ when inName is not null => s.ByStars.Where(i => inName[i]).Concat(s.ByStars.Where(i => !inName[i])),
            _ => s.ByStars,
        };
        foreach (var i in order)
        {
            if (!hits[i])
            {
                continue;
            }

            if (skip > 0)
            {
                skip--;
                continue;
            }

            page.Add(i);
            if (page.Count == query.PageSize)
            {
                break;
            }
        }

        return page;
    }

    /// <summary>
    /// Entries holding every query word (as the beginning of one of their words), and those holding them
    /// in the name. Null when there is no query text. When that finds nothing, the words of two letters
    /// or more also accept their near spellings, and the correction says which words were used.
    /// </summary>
    private static (Bits? Any, Bits? InName, string? Correction) MatchText(CatalogueSnapshot s, string? q)
    {
        var tokens = TextIndex.Tokens(q).Take(8).ToArray();
        if (tokens.Length == 0)
        {
            return (null, null, null);
        }

        var (any, inName) = Match(s, tokens, correct: false, out _);
        if (!any.IsEmpty || tokens.All(t => t.Length < MinCorrectable))
        {
            return (any, inName, null);
        }

        var (corrected, correctedInName) = Match(s, tokens, correct: true, out var used);
        var suggestion = string.Join(' ', used);
        return (corrected, correctedInName, corrected.IsEmpty || suggestion == string.Join(' ', tokens) ? null : suggestion);
    }

    private static (Bits Any, Bits InName) Match(CatalogueSnapshot s, string[] tokens, bool correct, out List<string> used)
    {
        var n = s.Entries.Count;
        Bits? any = null;
        Bits? inName = null;
        used = [];
        foreach (var token in tokens)
        {
            var tokenAny = new Bits(n);
            var tokenName = new Bits(n);
            var exact = s.Text.WordsStartingWith(token).ToList();
            foreach (var w in exact)
            {
                s.Text.Collect(w, tokenAny, tokenName);
            }

            var best = token;
            if (correct && token.Length >= MinCorrectable)
            {
                var corrections = s.Text.Corrections(token);
                foreach (var w in corrections)
                {
                    s.Text.Collect(w, tokenAny, tokenName);
                }

                if (exact.Count == 0 && corrections.Count > 0)
                {
                    best = s.Text.Word(corrections[0]);
                }
            }

            used.Add(best);
            if (any is null)
            {
                (any, inName) = (tokenAny, tokenName);
            }
            else
            {
                any.And(tokenAny);
                inName!.And(tokenName);
            }
        }

        return (any!, inName!);
    }
}
