namespace Ocop.Web.Features.Catalogue;

/// <summary>
/// Picks one page of a search's hits in the requested order. When hits are dense it walks the snapshot's
/// pre-sorted order and stops at the page's end; when they are sparse (a narrow filter or a rare word),
/// walking would cross most of the catalogue to find a few, so it ranks just the hits instead.
/// </summary>
internal static class PagePicker
{
    /// <summary>Beyond this many ranked hits a full sort is cheaper than keeping a bounded heap.</summary>
    private const int HeapLimit = 2048;

    public static List<int> Pick(CatalogueSnapshot s, CatalogueQuery query, HitSet hits, Bits? inName, int total, int totalInName)
    {
        var skip = (long)(query.Page - 1) * query.PageSize;
        if (skip >= total)
        {
            return [];
        }

        var wanted = (int)Math.Min(skip + query.PageSize, total);
        var n = s.Entries.Count;
        var (order, rank) = query.Sort switch
        {
            CatalogueSort.Name => (s.ByName, s.RankByName),
            CatalogueSort.Newest => (s.ByNewest, s.RankByNewest),
            _ => (s.ByStars, s.RankByStars),
        };

        // Relevance with query text: the products naming it first (by stars, then name), then those where only the producer or set does.
        var tiered = query.Sort == CatalogueSort.Relevance && inName is not null && totalInName > 0 && totalInName < total;
        var walkable = tiered
            ? totalInName >= wanted && Dense(wanted, totalInName, n)
            : Dense(wanted, total, n);

        List<int> firsts = walkable
            ? Walk(order, StartOf(s, query, order), hits, tiered ? inName : null, wanted)
            : Rank(s, hits, tiered ? inName : null, rank, wanted);
        return firsts.GetRange((int)skip, firsts.Count - (int)skip);
    }

    /// <summary>Whether walking the whole order to find <paramref name="wanted"/> of <paramref name="among"/> hits costs less than ranking them.</summary>
    private static bool Dense(int wanted, int among, int n) => (double)wanted * n / among <= (among * 4.0) + (n / 64.0);

    /// <summary>Where hits can begin in the order: a star filter on the star order skips the entries with more stars.</summary>
    private static int StartOf(CatalogueSnapshot s, CatalogueQuery query, int[] order) =>
        query.Stars is { } stars && ReferenceEquals(order, s.ByStars) ? s.ByStarsStart[stars] : 0;

    private static List<int> Walk(int[] order, int start, HitSet hits, Bits? mustBeInName, int wanted)
    {
        var page = new List<int>(wanted);
        foreach (var i in order.AsSpan(start))
        {
            if (hits.Contains(i) && (mustBeInName is null || mustBeInName[i]))
            {
                page.Add(i);
                if (page.Count == wanted)
                {
                    break;
                }
            }
        }

        return page;
    }

    /// <summary>The <paramref name="wanted"/> hits with the lowest rank (those naming the text first when tiered), in order.</summary>
    private static List<int> Rank(CatalogueSnapshot s, HitSet hits, Bits? nameFirst, int[] rank, int wanted)
    {
        var n = s.Entries.Count;
        int Key(int i) => nameFirst is null || nameFirst[i] ? rank[i] : n + rank[i];
        if (wanted > HeapLimit)
        {
            var all = hits.ToArray();
            var keys = Array.ConvertAll(all, Key);
            Array.Sort(keys, all);
            return [.. all.Take(wanted)];
        }

        // A bounded max-heap (priority = -key) keeps the lowest keys seen so far.
        var heap = new PriorityQueue<int, int>(wanted + 1);
        foreach (var i in hits.ToArray())
        {
            var key = Key(i);
            if (heap.Count < wanted)
            {
                heap.Enqueue(i, -key);
            }
            else if (heap.TryPeek(out _, out var worst) && key < -worst)
            {
                heap.EnqueueDequeue(i, -key);
            }
        }

        var page = new int[heap.Count];
        for (var k = page.Length - 1; k >= 0; k--)
        {
            page[k] = heap.Dequeue();
        }

        return [.. page];
    }
}
