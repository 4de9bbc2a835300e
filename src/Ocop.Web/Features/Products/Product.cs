using Ocop.Web.Features.Audit;
using Ocop.Web.Features.Classification;
using Ocop.Web.Features.Producers;

namespace Ocop.Web.Features.Products;

public enum ProductStatus
{
    Draft,
    Active,
    Withdrawn,
}

/// <summary>An OCOP product of one producer, classified in one product set of one criteria version.</summary>
public sealed class Product : IAuditedEntity, ISoftDeletable
{
    public int Id { get; set; }
    public int ProducerId { get; set; }
    public Producer? Producer { get; set; }
    public required string Name { get; set; }
    public string SearchName { get; set; } = string.Empty;
    public string? NameEn { get; set; }
    public int ProductSetId { get; set; }
    public ProductSet? ProductSet { get; set; }
    public string? Description { get; set; }
    /// <summary>Câu chuyện sản phẩm, in Markdown; rendered with raw HTML disabled.</summary>
    public string? Story { get; set; }
    /// <summary>Optional English texts for the public pages; empty ones fall back to the Vietnamese.</summary>
    public string? DescriptionEn { get; set; }
    public string? StoryEn { get; set; }
    public string? Ingredients { get; set; }
    public string? Packaging { get; set; }
    public string? ShelfLife { get; set; }
    /// <summary>GTIN padded to 14 digits, check digit validated.</summary>
    public string? Gtin { get; set; }
    public ProductStatus Status { get; set; }
    /// <summary>Current OCOP stars (3-5). Filled by evaluation; an officer may set it for records from before the platform.</summary>
    public int? Stars { get; set; }
    public string? CertificateReference { get; set; }
    /// <summary>
    /// Set by an officer who has checked a paper certificate from before the platform: the rating
    /// (<see cref="Stars"/>, <see cref="CertificateReference"/>) counts as confirmed until this day.
    /// </summary>
    public DateOnly? LegacyValidUntil { get; set; }
    /// <summary>
    /// The last day <see cref="Stars"/> hold: the certificate's expiry, or the legacy confirmation's end; null for stars an
    /// officer entered without a date. Reads compare it with today, so stars end the day after, not at the next daily job.
    /// </summary>
    public DateOnly? StarsUntil { get; set; }
    public List<ProductImage> Images { get; set; } = [];

    public bool IsDeleted { get; set; }
    public DateTime? DeletedAt { get; set; }
    public DateTime CreatedAt { get; set; }
    public string? CreatedBy { get; set; }
    public DateTime UpdatedAt { get; set; }
    public string? UpdatedBy { get; set; }
    public int Version { get; set; }
}

/// <summary>An uploaded picture of a product, stored on disk under the data folder.</summary>
public sealed class ProductImage
{
    public int Id { get; set; }
    public int ProductId { get; set; }
    /// <summary>File name inside the storage folder, chosen by the server (never the uploader's name).</summary>
    public required string StoredName { get; set; }
    public required string ContentType { get; set; }
    public long Length { get; set; }
    public int SortOrder { get; set; }
    public DateTime CreatedAt { get; set; }
}
