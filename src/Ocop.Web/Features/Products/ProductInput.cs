namespace Ocop.Web.Features.Products;

/// <summary>What a user may set on a product (UI form and API body alike).</summary>
public sealed class ProductInput
{
    public int ProducerId { get; set; }
    public string? Name { get; set; }
    public string? NameEn { get; set; }
    public int ProductSetId { get; set; }
    public string? Description { get; set; }
    public string? Story { get; set; }
    public string? DescriptionEn { get; set; }
    public string? StoryEn { get; set; }
    public string? Ingredients { get; set; }
    public string? Packaging { get; set; }
    public string? ShelfLife { get; set; }
    public string? Gtin { get; set; }
    public ProductStatus Status { get; set; }
    /// <summary>Only officers may set these, for records from before the platform.</summary>
    public int? Stars { get; set; }
    public string? CertificateReference { get; set; }
    /// <summary>Officers only: the legacy rating above is confirmed and counts until this day.</summary>
    public DateOnly? LegacyValidUntil { get; set; }
    public int? Version { get; set; }
}

public sealed record ProductQuery(string? Q, int? Producer, string? Province, int? Group, int? Set, ProductStatus? Status, int? Stars, int? Page, int? PageSize);

public sealed record ProductListItem(int Id, string Name, string ProducerName, int ProducerId, string ProvinceName, string ProductSetName, ProductStatus Status, int? Stars, int? FirstImageId);

public sealed record ProductDetails(
    int Id, int ProducerId, string ProducerName, string ProvinceCode, string ProvinceName, string CommuneName, string Name, string? NameEn,
    int ProductSetId, string ProductSetName, string GroupName, string CriteriaVersionCode, string? Description, string? Story,
    string? Ingredients, string? Packaging, string? ShelfLife, string? Gtin, ProductStatus Status, int? Stars,
    string? CertificateReference, IReadOnlyList<int> ImageIds, int Version, DateTime UpdatedAt, string? UpdatedBy,
    string? DescriptionEn = null, string? StoryEn = null, DateOnly? LegacyValidUntil = null)
{
    public ProductInput ToInput() => new()
    {
        ProducerId = ProducerId, Name = Name, NameEn = NameEn, ProductSetId = ProductSetId, Description = Description, Story = Story,
        Ingredients = Ingredients, Packaging = Packaging, ShelfLife = ShelfLife, Gtin = Gtin, Status = Status, Stars = Stars,
        CertificateReference = CertificateReference, Version = Version, DescriptionEn = DescriptionEn, StoryEn = StoryEn,
        LegacyValidUntil = LegacyValidUntil,
    };
}

/// <summary>The fields anyone may read. <see cref="Listed"/>: holds a valid certificate or confirmed legacy rating today.</summary>
public sealed record ProductPublicDto(
    int Id, string Name, string? NameEn, int ProducerId, string ProducerName, Producers.ProducerType ProducerType,
    string ProvinceCode, string ProvinceName, string CommuneName, int GroupId, string ProductSetCode, string ProductSetName, string GroupName,
    string? Description, string? DescriptionEn, string? Story, string? StoryEn, string? Ingredients, string? Packaging, string? ShelfLife,
    string? Gtin, int? Stars, IReadOnlyList<int> ImageIds, ProducerContact Contact, bool Listed, string GroupCode,
    string? LegacyReference, DateOnly? LegacyValidUntil);

/// <summary>How a buyer reaches the producer, and where it is on the map (when the officer recorded it).</summary>
public sealed record ProducerContact(string? AddressLine, string? Phone, string? Email, string? Website, double? Latitude, double? Longitude);
