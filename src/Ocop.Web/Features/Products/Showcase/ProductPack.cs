using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Ocop.Web.Features.Audit;

namespace Ocop.Web.Features.Products.Showcase;

/// <summary>What a pack is: chosen from a list (not typed) so that it reads right in both languages ("Chai" / "Bottle").</summary>
public enum PackKind
{
    Bottle,
    Jar,
    Box,
    Bag,
    Packet,
    Can,
    Tray,
    Basket,
    Piece,
}

/// <summary>The unit of a pack's content; symbols are the same in Vietnamese and English (g, kg, ml, l), pieces are counted.</summary>
public enum PackUnit
{
    Gram,
    Kilogram,
    Millilitre,
    Litre,
    Piece,
}

/// <summary>
/// One way the product is sold: a bottle of 500 ml at 85.000 ₫. Shown on the public product page ("Quy cách và giá");
/// the price is the producer's retail price in VND, empty when not given. Kept by the product's producer and the
/// officers of its area (the product's scope). Audited.
/// </summary>
public sealed class ProductPack : IAuditedEntity
{
    public int Id { get; set; }
    public int ProductId { get; set; }
    public Product? Product { get; set; }
    public PackKind Kind { get; set; }
    public decimal Amount { get; set; }
    public PackUnit Unit { get; set; }
    public decimal? Price { get; set; }
    public DateTime CreatedAt { get; set; }
    public string? CreatedBy { get; set; }
    public DateTime UpdatedAt { get; set; }
    public string? UpdatedBy { get; set; }
    public int Version { get; set; }
}

internal sealed class ProductPackConfiguration : IEntityTypeConfiguration<ProductPack>
{
    public void Configure(EntityTypeBuilder<ProductPack> b)
    {
        b.Property(x => x.Kind).HasConversion<string>().HasMaxLength(20);
        b.Property(x => x.Unit).HasConversion<string>().HasMaxLength(20);
        b.Property(x => x.Amount).HasPrecision(12, 3);
        b.Property(x => x.Price).HasPrecision(14, 0);
        b.Property(x => x.CreatedBy).HasMaxLength(256);
        b.Property(x => x.UpdatedBy).HasMaxLength(256);
        b.Property(x => x.Version).IsConcurrencyToken();
        b.HasOne(x => x.Product).WithMany().HasForeignKey(x => x.ProductId).OnDelete(DeleteBehavior.Restrict);
        // Lives with its product: hidden with it, so a join never sees half of it.
        b.HasQueryFilter(x => !x.Product!.IsDeleted);
        b.HasIndex(x => new { x.ProductId, x.Kind, x.Amount, x.Unit }).IsUnique();
    }
}
