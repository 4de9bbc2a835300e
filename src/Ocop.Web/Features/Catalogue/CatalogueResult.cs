namespace Ocop.Web.Features.Catalogue;

/// <summary>A product as a catalogue card shows it.</summary>
public sealed record CatalogueCard(
    int Id, string Name, string? NameEn, string ProducerName, string ProvinceName, string ProductSetName, int Stars, bool Certified, int? FirstImageId,
    string? SetPicture = null);

/// <summary>A facet value with how many results it would give (the other filters applied, its own facet's not).</summary>
public sealed record FacetValue(string Key, string Label, int Count, bool Selected);

/// <summary>A facet: stars, group, province, commune, type or cert, as the address parameter names them.</summary>
public sealed record Facet(string Name, IReadOnlyList<FacetValue> Values);

/// <summary>
/// One page of results with the facets. <see cref="Correction"/> is set when no word matched as typed and
/// the results are for the nearest indexed words instead ("did you mean").
/// </summary>
public sealed record CatalogueResult(
    IReadOnlyList<CatalogueCard> Items, int Page, int PageSize, int TotalCount, int TotalPages, IReadOnlyList<Facet> Facets, string? Correction)
{
    /// <summary>A page after the last one of a search that has results (an empty search has only its first page).</summary>
    public bool PastEnd => TotalCount > 0 && Page > TotalPages;
}
