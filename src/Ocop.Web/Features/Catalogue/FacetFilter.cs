namespace Ocop.Web.Features.Catalogue;

/// <summary>
/// A query's facet filters as the snapshot's small integers: <see cref="Active"/> has one bit per filtered
/// facet (<see cref="FacetKind"/>), <see cref="Wanted"/> the value per facet. A code the snapshot does not
/// know becomes a value no entry has, so it matches nothing.
/// </summary>
internal sealed class FacetFilter
{
    public const int Unknown = int.MinValue;

    private FacetFilter(int active, int[] wanted)
    {
        Active = active;
        Wanted = wanted;
    }

    public int Active { get; }
    public int[] Wanted { get; }

    /// <summary>The filtered facets, those with the fewest entries first.</summary>
    public int[] FacetsNarrowestFirst(CatalogueSnapshot s) =>
        [.. Enumerable.Range(0, FacetKind.Count).Where(f => (Active & FacetKind.Bit(f)) != 0).OrderBy(f => Postings(s, f).Length)];

    /// <summary>The entries (ascending positions) holding the wanted value of a filtered facet; none for an unknown value.</summary>
    public int[] Postings(CatalogueSnapshot s, int facet) =>
        Wanted[facet] >= 0 && Wanted[facet] < s.FacetSizes[facet] ? s.Postings[facet][Wanted[facet]] : [];

    public static FacetFilter From(CatalogueSnapshot s, CatalogueQuery query)
    {
        var active = 0;
        var wanted = new int[FacetKind.Count];
        void Want(int facet, bool present, Func<int> index)
        {
            if (present)
            {
                active |= FacetKind.Bit(facet);
                var value = index();
                wanted[facet] = value < 0 ? Unknown : value;
            }
        }

        Want(FacetKind.Stars, query.Stars is not null, () => query.Stars!.Value);
        Want(FacetKind.Group, query.Group is not null, () => Array.BinarySearch(s.GroupIds, query.Group!.Value));
        Want(FacetKind.Province, query.Province is not null, () => Array.BinarySearch(s.ProvinceCodes, query.Province, StringComparer.Ordinal));
        Want(FacetKind.Commune, query.Commune is not null, () => Array.BinarySearch(s.CommuneCodes, query.Commune, StringComparer.Ordinal));
        Want(FacetKind.Type, query.Type is not null, () => (int)query.Type!.Value);
        Want(FacetKind.Cert, query.Certified is not null, () => query.Certified == true ? 0 : 1);
        return new FacetFilter(active, wanted);
    }
}
