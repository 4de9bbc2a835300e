using Ocop.Web.Features.Producers;

namespace Ocop.Web.Features.Catalogue;

/// <summary>
/// One listed product as the catalogue index holds it: what it shows on a card, filters and sorts by.
/// Certified: a certificate issued on the platform is valid (false: a confirmed legacy rating).
/// ListedUntil: the last day the product stays listed (certificate expiry or legacy confirmation).
/// </summary>
public sealed record CatalogueEntry(
    int Id,
    string Name,
    string? NameEn,
    int ProducerId,
    string ProducerName,
    ProducerType ProducerType,
    string ProvinceCode,
    string CommuneCode,
    int GroupId,
    string ProductSetName,
    int Stars,
    bool Certified,
    DateOnly ListedUntil,
    int? FirstImageId,
    DateTime UpdatedAt,
    string ProductSetCode = "");

/// <summary>Names shown for facet values, loaded with the entries.</summary>
public sealed record CatalogueLabels(
    IReadOnlyDictionary<string, string> Provinces,
    IReadOnlyDictionary<string, string> Communes,
    IReadOnlyDictionary<int, (string Code, string Name)> Groups);
