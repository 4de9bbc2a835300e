using Ocop.Web.Features.Producers;
using Ocop.Web.Features.Search;
using Ocop.Web.Features.Traceability;

namespace Ocop.Web.Features.Catalogue;

/// <summary>
/// An immutable picture of the listed products, laid out for searching: the text index, each entry's
/// facet values as small integers, and the entry positions pre-sorted in every order the catalogue offers.
/// Built from the database by <see cref="CatalogueIndex"/>; never changed once built.
/// </summary>
public sealed class CatalogueSnapshot
{
    internal CatalogueSnapshot(IReadOnlyList<CatalogueEntry> entries, CatalogueLabels labels, IReadOnlyList<ResolvedProduct> resolvable, long generation, DateTime builtAtUtc)
    {
        ResolvableById = resolvable.ToDictionary(r => r.Id);
        ResolvableByGtin = resolvable.Where(r => r.Gtin is not null).ToDictionary(r => r.Gtin!, StringComparer.Ordinal);
        Entries = entries;
        Labels = labels;
        Generation = generation;
        BuiltAtUtc = builtAtUtc;
        Text = TextIndex.Build(entries);
        ProvinceCodes = [.. entries.Select(e => e.ProvinceCode).Distinct().Order(StringComparer.Ordinal)];
        CommuneCodes = [.. entries.Select(e => e.CommuneCode).Distinct().Order(StringComparer.Ordinal)];
        GroupIds = [.. entries.Select(e => e.GroupId).Distinct().Order()];
        var provinceIndex = ProvinceCodes.Select((c, i) => (c, i)).ToDictionary(x => x.c, x => x.i, StringComparer.Ordinal);
        var communeIndex = CommuneCodes.Select((c, i) => (c, i)).ToDictionary(x => x.c, x => x.i, StringComparer.Ordinal);
        var groupIndex = GroupIds.Select((g, i) => (g, i)).ToDictionary(x => x.g, x => x.i);

        var n = entries.Count;
        Stars = new byte[n];
        Values = new short[n * FacetKind.Count];
        ListedUntilDay = new int[n];
        var nameKeys = new string[n];
        for (var i = 0; i < n; i++)
        {
            var e = entries[i];
            Stars[i] = (byte)e.Stars;
            var row = i * FacetKind.Count;
            Values[row + FacetKind.Stars] = (short)e.Stars;
            Values[row + FacetKind.Group] = (short)groupIndex[e.GroupId];
            Values[row + FacetKind.Province] = (short)provinceIndex[e.ProvinceCode];
            Values[row + FacetKind.Commune] = (short)communeIndex[e.CommuneCode];
            Values[row + FacetKind.Type] = (short)e.ProducerType;
            Values[row + FacetKind.Cert] = (short)(e.Certified ? 0 : 1);
            ListedUntilDay[i] = e.ListedUntil.DayNumber;
            nameKeys[i] = VietnameseText.Fold(e.Name);
        }

        FacetSizes = [6, GroupIds.Length, ProvinceCodes.Length, CommuneCodes.Length, ProducerTypes.Length, 2];
        var positions = Enumerable.Range(0, n).ToArray();
        ByName = [.. positions.OrderBy(i => nameKeys[i], StringComparer.Ordinal).ThenBy(i => entries[i].Id)];
        var nameRank = new int[n];
        for (var r = 0; r < n; r++)
        {
            nameRank[ByName[r]] = r;
        }

        ByStars = [.. positions.OrderByDescending(i => Stars[i]).ThenBy(i => nameRank[i])];
        ByNewest = [.. positions.OrderByDescending(i => entries[i].UpdatedAt).ThenByDescending(i => entries[i].Id)];
        RankByName = nameRank;
        ByStarsStart = [.. Enumerable.Range(0, 6).Select(stars => ByStars.TakeWhile(i => Stars[i] > stars).Count())];
        RankByStars = RankOf(ByStars);
        RankByNewest = RankOf(ByNewest);
        Packed = new PackedFacets(Values, FacetSizes);
        FacetKeys =
        [
            [.. Enumerable.Range(0, 6).Select(stars => stars.ToString(System.Globalization.CultureInfo.InvariantCulture))],
            [.. GroupIds.Select(id => id.ToString(System.Globalization.CultureInfo.InvariantCulture))],
            ProvinceCodes,
            CommuneCodes,
            [.. ProducerTypes.Select(t => t.ToString().ToLowerInvariant())],
            ["certificate", "legacy"],
        ];
        Postings = [.. Enumerable.Range(0, FacetKind.Count).Select(PostingsOf)];
        ByGroup = [.. Enumerable.Range(0, GroupIds.Length).Select(g => ByStars.Where(i => Values[(i * FacetKind.Count) + FacetKind.Group] == g).ToArray())];
        positionOf = positions.ToDictionary(i => entries[i].Id);
    }

    public IReadOnlyList<CatalogueEntry> Entries { get; }
    public CatalogueLabels Labels { get; }
    /// <summary>Reachable products (listed or not) by id and by GTIN-14: what a scan resolves to.</summary>
    public IReadOnlyDictionary<int, ResolvedProduct> ResolvableById { get; }
    public IReadOnlyDictionary<string, ResolvedProduct> ResolvableByGtin { get; }
    /// <summary>The change counter of <see cref="CatalogueIndex"/> read before loading: later changes are not in here.</summary>
    public long Generation { get; }
    public DateTime BuiltAtUtc { get; }
    public TimeSpan BuildTime { get; internal set; }

    internal TextIndex Text { get; }
    internal string[] ProvinceCodes { get; }
    internal string[] CommuneCodes { get; }
    internal int[] GroupIds { get; }
    internal byte[] Stars { get; }
    /// <summary>
    /// Each entry's facet values side by side (entry i at i × <see cref="FacetKind.Count"/>, one short per facet,
    /// numbered as <see cref="GroupIds"/>, <see cref="ProvinceCodes"/>… number them): a search reads one
    /// entry from one cache line instead of six arrays.
    /// </summary>
    internal short[] Values { get; }
    /// <summary>The same values packed one word per entry, for the searches that visit entries one by one.</summary>
    internal PackedFacets Packed { get; }
    /// <summary>How many values each facet has (the stars facet is indexed by the star count itself).</summary>
    internal int[] FacetSizes { get; }
    internal int[] ListedUntilDay { get; }
    internal int[] ByName { get; }
    internal int[] ByStars { get; }
    internal int[] ByNewest { get; }
    /// <summary>Per star count, where its entries begin in <see cref="ByStars"/>.</summary>
    internal int[] ByStarsStart { get; }
    /// <summary>Each entry's place in <see cref="ByName"/>, <see cref="ByStars"/>, <see cref="ByNewest"/>: ranks a few hits without walking the order.</summary>
    internal int[] RankByName { get; }
    internal int[] RankByStars { get; }
    internal int[] RankByNewest { get; }
    /// <summary>Per facet (<see cref="FacetKind"/>) and value, the value as the address parameter spells it ("5", a group id, a province code, "household", "certificate").</summary>
    internal string[][] FacetKeys { get; }
    /// <summary>Per facet and value, its entries in ascending position.</summary>
    internal int[][][] Postings { get; }
    /// <summary>Per group (snapshot index), its entries with the most stars first: related products.</summary>
    internal int[][] ByGroup { get; }

    /// <summary>Things worked out per reader's language for this snapshot (facet labels and their order), by culture name.</summary>
    internal System.Collections.Concurrent.ConcurrentDictionary<string, object> PerLanguage { get; } = new();

    private readonly Dictionary<int, int> positionOf;
    private FacetDayCounts? dayCounts;

    /// <summary>Whether the product is listed on the given day (in the snapshot and not run out since).</summary>
    public bool IsListed(int productId, DateOnly today) =>
        positionOf.TryGetValue(productId, out var i) && ListedUntilDay[i] >= today.DayNumber;

    /// <summary>The facet counts of every entry listed on the day, computed once per day and snapshot.</summary>
    internal FacetDayCounts CountsOn(int today)
    {
        if (Volatile.Read(ref dayCounts) is { } known && known.Day == today)
        {
            return known;
        }

        var counts = FacetDayCounts.Compute(this, today);
        Volatile.Write(ref dayCounts, counts); // a race computes the same counts twice, harmlessly
        return counts;
    }

    private static int[] RankOf(int[] order)
    {
        var rank = new int[order.Length];
        for (var r = 0; r < order.Length; r++)
        {
            rank[order[r]] = r;
        }

        return rank;
    }

    private int[][] PostingsOf(int facet)
    {
        var lists = Enumerable.Range(0, FacetSizes[facet]).Select(_ => new List<int>()).ToArray();
        for (var i = 0; i < Entries.Count; i++)
        {
            lists[Values[(i * FacetKind.Count) + facet]].Add(i);
        }

        return [.. lists.Select(l => l.ToArray())];
    }

    internal static readonly ProducerType[] ProducerTypes = Enum.GetValues<ProducerType>();
}
