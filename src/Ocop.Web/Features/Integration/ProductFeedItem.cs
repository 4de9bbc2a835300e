using Ocop.Web.Features.Producers;
using Ocop.Web.Features.Products;

namespace Ocop.Web.Features.Integration;

/// <summary>The producer of a feed entry.</summary>
public sealed record FeedProducer(
    int Id, string Name, ProducerType Type, string? TaxCode, string ProvinceCode, string CommuneCode, string CommuneName, ProducerStatus Status);

/// <summary>
/// One product as the feed gives it to another system. <see cref="Listed"/> says whether the public catalogue shows
/// it now (active, rated and in force); <see cref="Deleted"/> entries appear only in a feed of changes, so the
/// receiver can remove them. <see cref="ChangedAt"/> is the latest change of the product, its producer or its deletion.
/// </summary>
public sealed record ProductFeedItem(
    int Id, string Name, string? NameEn, string? Gtin, string ProductSetCode, string ProductSetName, ProductStatus Status,
    bool Listed, int? Stars, string? CertificateNumber, DateOnly? RecognisedOn, DateOnly? ValidUntil,
    FeedProducer Producer, string Url, string DigitalLink, DateTime ChangedAt, bool Deleted);

/// <summary>
/// A page of the feed. Pass <see cref="Until"/> of the first page as the next sync's <c>since</c>: it lies a few
/// minutes in the past, so a change committed by a long transaction is not missed; entries may therefore repeat
/// across syncs and are meant to be applied as upserts by <c>id</c>.
/// </summary>
public sealed record ProductFeedPage(DateTime? Since, DateTime Until, int Count, IReadOnlyList<ProductFeedItem> Items, string? Next);
