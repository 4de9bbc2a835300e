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
        Province = new int[n];
        Commune = new int[n];
        Group = new int[n];
        Type = new byte[n];
        Certified = new bool[n];
        ListedUntilDay = new int[n];
        var nameKeys = new string[n];
        for (var i = 0; i < n; i++)
        {
            var e = entries[i];
            Stars[i] = (byte)e.Stars;
            Province[i] = provinceIndex[e.ProvinceCode];
            Commune[i] = communeIndex[e.CommuneCode];
            Group[i] = groupIndex[e.GroupId];
            Type[i] = (byte)e.ProducerType;
            Certified[i] = e.Certified;
            ListedUntilDay[i] = e.ListedUntil.DayNumber;
            nameKeys[i] = VietnameseText.Fold(e.Name);
        }

        var positions = Enumerable.Range(0, n).ToArray();
        ByName = [.. positions.OrderBy(i => nameKeys[i], StringComparer.Ordinal).ThenBy(i => entries[i].Id)];
        var nameRank = new int[n];
        for (var r = 0; r < n; r++)
        {
            nameRank[ByName[r]] = r;
        }

        ByStars = [.. positions.OrderByDescending(i => Stars[i]).ThenBy(i => nameRank[i])];
        ByNewest = [.. positions.OrderByDescending(i => entries[i].UpdatedAt).ThenByDescending(i => entries[i].Id)];
        ByGroup = [.. Enumerable.Range(0, GroupIds.Length).Select(g => ByStars.Where(i => Group[i] == g).ToArray())];
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
    internal int[] Province { get; }
    internal int[] Commune { get; }
    internal int[] Group { get; }
    internal byte[] Type { get; }
    internal bool[] Certified { get; }
    internal int[] ListedUntilDay { get; }
    internal int[] ByName { get; }
    internal int[] ByStars { get; }
    internal int[] ByNewest { get; }
    /// <summary>Per group (snapshot index), its entries with the most stars first: related products.</summary>
    internal int[][] ByGroup { get; }

    private readonly Dictionary<int, int> positionOf;

    /// <summary>Whether the product is listed on the given day (in the snapshot and not run out since).</summary>
    public bool IsListed(int productId, DateOnly today) =>
        positionOf.TryGetValue(productId, out var i) && ListedUntilDay[i] >= today.DayNumber;

    internal static readonly ProducerType[] ProducerTypes = Enum.GetValues<ProducerType>();
}
