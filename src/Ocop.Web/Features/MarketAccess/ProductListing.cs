using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Ocop.Web.Features.Audit;
using Ocop.Web.Features.Products;

namespace Ocop.Web.Features.MarketAccess;

/// <summary>Where a product is sold online: the marketplaces and social shops Vietnamese producers use, or their own site.</summary>
public enum ListingPlatform
{
    Shopee,
    Lazada,
    Tiki,
    TikTokShop,
    Sendo,
    Facebook,
    Zalo,
    Postmart,
    OwnWebsite,
    Other,
}

/// <summary>
/// A product's listing on an e-commerce platform: the page address and the price asked there (VND).
/// Shown on the public product page; a producer with a listing sells on a modern channel (programme metric).
/// Kept by the product's producer and the officers of its area. Audited.
/// </summary>
public sealed class ProductListing : IAuditedEntity
{
    public int Id { get; set; }
    public int ProductId { get; set; }
    public Product? Product { get; set; }
    public ListingPlatform Platform { get; set; }
    public required string Url { get; set; }
    public decimal? Price { get; set; }
    public DateTime CreatedAt { get; set; }
    public string? CreatedBy { get; set; }
    public DateTime UpdatedAt { get; set; }
    public string? UpdatedBy { get; set; }
    public int Version { get; set; }
}

internal sealed class ProductListingConfiguration : IEntityTypeConfiguration<ProductListing>
{
    public void Configure(EntityTypeBuilder<ProductListing> b)
    {
        b.Property(x => x.Platform).HasConversion<string>().HasMaxLength(20);
        b.Property(x => x.Url).HasMaxLength(500);
        b.Property(x => x.Price).HasPrecision(14, 0);
        b.Property(x => x.CreatedBy).HasMaxLength(256);
        b.Property(x => x.UpdatedBy).HasMaxLength(256);
        b.Property(x => x.Version).IsConcurrencyToken();
        b.HasOne(x => x.Product).WithMany().HasForeignKey(x => x.ProductId).OnDelete(DeleteBehavior.Restrict);
        // Live with its product: hidden with it (the same filter as Product's), so a join never sees half of it.
        b.HasQueryFilter(x => !x.Product!.IsDeleted);
        b.HasIndex(x => new { x.ProductId, x.Url }).IsUnique();
    }
}
