namespace Ocop.Web.Features.Catalogue;

/// <summary>
/// Positions of one page of results, the total, the facet counts and any spelling correction. The counts
/// are per facet (<see cref="FacetKind"/>) and value, numbered as the snapshot numbers them
/// (<see cref="CatalogueSnapshot.FacetKeys"/> spells them); the commune counts are empty unless a province is
/// chosen (only then are communes listed). <see cref="Selected"/> is the value each facet's filter asks for, or -1.
/// </summary>
public sealed record SearchHits(IReadOnlyList<int> Positions, int TotalCount, int[][] Counts, int[] Selected, string? Correction);

/// <summary>
/// Runs a catalogue query over a snapshot, in memory: text match through the word index, then one pass
/// over the candidates that applies the filters and counts every facet, then the page
/// (<see cref="PagePicker"/>). A facet's counts ignore that facet's own filter, so they show what
/// choosing another value would give, and a facet's counts add up to the total when it is not filtered.
/// </summary>
public static class CatalogueSearch
{
    /// <summary>Words this long or longer may be corrected ("og" → "ong"); a single letter is too little to guess from.</summary>
    private const int MinCorrectable = 2;

    public static SearchHits Run(CatalogueSnapshot s, CatalogueQuery query, int todayDayNumber)
    {
        var bits = SearchBits.Begin();
        var (text, inName, correction) = MatchText(s, query.Q, bits);
        var filter = FacetFilter.From(s, query);
        // Communes are counted only where they are shown: 3,321 counts copied out on every search would be garbage.
        var communes = query.Province is not null;
        var (tally, hits) = Tally(s, filter, text, inName, todayDayNumber, communes, bits);
        var page = PagePicker.Pick(s, query, hits, inName, tally.Total, tally.TotalInName);
        var selected = new int[FacetKind.Count];
        for (var f = 0; f < FacetKind.Count; f++)
        {
            selected[f] = (filter.Active & FacetKind.Bit(f)) != 0 && filter.Wanted[f] >= 0 && filter.Wanted[f] < s.FacetSizes[f] ? filter.Wanted[f] : -1;
        }

        return new SearchHits(page, tally.Total, tally.Counts, selected, correction);
    }

    /// <summary>The facets a result shows, in order; communes only within a chosen province (3,321 values would be no use as a list).</summary>
    public static IReadOnlyList<int> ShownFacets(CatalogueQuery query) => query.Province is null ? WithoutCommunes : WithCommunes;

    private static readonly int[] WithCommunes = [FacetKind.Stars, FacetKind.Group, FacetKind.Province, FacetKind.Commune, FacetKind.Type, FacetKind.Cert];
    private static readonly int[] WithoutCommunes = [FacetKind.Stars, FacetKind.Group, FacetKind.Province, FacetKind.Type, FacetKind.Cert];

    /// <summary>
    /// Visits only the entries that can count somewhere. With query text: the text's matches. Without:
    /// no filter or one filter reads the day's counts and visits nothing; two filters visit the entries
    /// passing both and read each one's own facet from the day's pair counts; more filters visit the
    /// entries of the two narrowest (an entry failing at most one filter passes one of any two).
    /// </summary>
    private static (FacetTally Tally, HitSet Hits) Tally(CatalogueSnapshot s, FacetFilter filter, Bits? text, Bits? inName, int today, bool communes, SearchBits bits)
    {
        var day = s.CountsOn(today);
        if (text is not null)
        {
            return (FacetTally.Visit(s, filter, day, text, inName, communes, bits), new HitSet.Marked(text));
        }

        var facets = filter.FacetsNarrowestFirst(s);
        if (facets.Length > 2)
        {
            var either = bits.Take(s.Entries.Count);
            either.SetAll(filter.Postings(s, facets[0]));
            either.SetAll(filter.Postings(s, facets[1]));
            return (FacetTally.Visit(s, filter, day, either, null, communes, bits), new HitSet.Marked(either));
        }

        if (facets.Length == 0)
        {
            return (new FacetTally(day.All, day.All[FacetKind.Cert].Sum()), new HitSet.Listed(s, today));
        }

        var (f, vf) = (facets[0], filter.Wanted[facets[0]]);
        if (facets.Length == 1)
        {
            var counts = Enumerable.Range(0, FacetKind.Count).Select(g => g == f ? day.All[f] : g == FacetKind.Commune && !communes ? [] : day.CountsWhere(f, vf, g)).ToArray();
            var total = vf >= 0 && vf < s.FacetSizes[f] ? day.All[f][vf] : 0;
            return (new FacetTally(counts, total), total == 0 ? new HitSet.Marked(new Bits(0)) : new HitSet.Listed(s, today, f, vf));
        }

        var (g2, vg) = (facets[1], filter.Wanted[facets[1]]);
        var both = bits.Take(s.Entries.Count);
        both.SetAll(filter.Postings(s, f));
        var second = bits.Take(s.Entries.Count);
        second.SetAll(filter.Postings(s, g2));
        both.And(second);
        var pairTally = FacetTally.Visit(s, filter, day, both, null, communes, bits);
        pairTally.Counts[f] = day.CountsWhere(g2, vg, f);
        pairTally.Counts[g2] = day.CountsWhere(f, vf, g2);
        return (pairTally, new HitSet.Marked(both));
    }

    /// <summary>
    /// Entries holding every query word, and those holding them in the name. Null when there is no query
    /// text. Every word but the last must be a whole indexed word when one exists (it was typed out); the
    /// last matches as the beginning of a word (the user may still be typing), as does any word that is
    /// no whole indexed word. When that finds nothing, the words of two letters or more that match no
    /// indexed word are replaced by their near spellings, and the correction says which words were used.
    /// </summary>
    private static (Bits? Any, Bits? InName, string? Correction) MatchText(CatalogueSnapshot s, string? q, SearchBits bits)
    {
        var tokens = TextIndex.Tokens(q).Take(8).ToArray();
        if (tokens.Length == 0)
        {
            return (null, null, null);
        }

        var words = tokens.Select((t, k) => s.Text.Matching(t, asPrefix: k == tokens.Length - 1)).ToArray();
        var (any, inName) = Intersect(s, words, bits);
        if (!any.IsEmpty || tokens.All(t => t.Length < MinCorrectable))
        {
            return (any, inName, null);
        }

        // Only words that match no indexed word are corrected: when each word matched on its own, the words
        // are right and just never appear together.
        var used = (string[])tokens.Clone();
        var corrected = false;
        for (var k = 0; k < tokens.Length; k++)
        {
            if (words[k].Length == 0 && tokens[k].Length >= MinCorrectable && s.Text.Corrections(tokens[k]) is { Count: > 0 } near)
            {
                used[k] = s.Text.Word(near[0]);
                words[k] = [.. near.Order()];
                corrected = true;
            }
        }

        if (!corrected)
        {
            return (any, inName, null);
        }

        var (found, foundInName) = Intersect(s, words, bits);
        return (found, foundInName, found.IsEmpty ? null : string.Join(' ', used));
    }

    /// <summary>
    /// Entries holding, for every query word, one of its indexed words (and those holding them all in the
    /// name). Starts from the rarest query word's entries; each further word either narrows them through
    /// its own posting lists or, when those are longer, by checking the remaining candidates' words.
    /// </summary>
    private static (Bits Any, Bits InName) Intersect(CatalogueSnapshot s, int[][] words, SearchBits bits)
    {
        var text = s.Text;
        var n = s.Entries.Count;
        var byRarity = words.OrderBy(text.Postings).ToArray();
        var any = bits.Take(n);
        var inName = bits.Take(n);
        foreach (var w in byRarity[0])
        {
            text.Collect(w, any, inName);
        }

        var candidates = text.Postings(byRarity[0]);
        foreach (var alternatives in byRarity.Skip(1))
        {
            if (text.CollectCost(alternatives) <= candidates * text.WordsPerEntry)
            {
                var tokenAny = bits.Take(n);
                var tokenName = bits.Take(n);
                foreach (var w in alternatives)
                {
                    text.Collect(w, tokenAny, tokenName);
                }

                any.And(tokenAny);
                inName.And(tokenName);
                candidates = Math.Min(candidates, text.Postings(alternatives));
                continue;
            }

            foreach (var i in any.Positions())
            {
                var (holds, holdsInName) = text.Holds(i, alternatives);
                if (!holds)
                {
                    any.Clear(i);
                }

                if (!holdsInName)
                {
                    inName.Clear(i);
                }
            }
        }

        return (any, inName);
    }
}
