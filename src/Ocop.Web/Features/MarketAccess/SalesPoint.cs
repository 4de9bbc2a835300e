using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Ocop.Web.Features.AdminUnits;
using Ocop.Web.Features.Audit;
using Ocop.Web.Features.Products;

namespace Ocop.Web.Features.MarketAccess;

/// <summary>The kinds of display and sales points (điểm giới thiệu và bán sản phẩm OCOP) the province sets up.</summary>
public enum SalesPointType
{
    TouristSite,
    Hotel,
    Restaurant,
    Mall,
    Supermarket,
    Market,
    Showroom,
    OcopCentre,
}

/// <summary>
/// A display and sales point or showroom: where it is (commune, province derived; map location), when it
/// opens, whom to call, who runs it, and the products it carries. Managed by the officers of its area;
/// an inactive point disappears from the public pages but keeps its history. Audited.
/// </summary>
public sealed class SalesPoint : IAuditedEntity
{
    public int Id { get; set; }
    public required string Name { get; set; }
    public SalesPointType Type { get; set; }
    public required string ProvinceCode { get; set; }
    public required string CommuneCode { get; set; }
    public string? AddressLine { get; set; }
    public double? Latitude { get; set; }
    public double? Longitude { get; set; }
    public string? OpeningHours { get; set; }
    public string? Phone { get; set; }
    public string? Email { get; set; }
    public string? Operator { get; set; }
    public bool IsActive { get; set; } = true;
    public List<SalesPointProduct> Products { get; set; } = [];
    public DateTime CreatedAt { get; set; }
    public string? CreatedBy { get; set; }
    public DateTime UpdatedAt { get; set; }
    public string? UpdatedBy { get; set; }
    public int Version { get; set; }
}

/// <summary>A product a sales point carries.</summary>
public sealed class SalesPointProduct
{
    public int SalesPointId { get; set; }
    public int ProductId { get; set; }
    public Product? Product { get; set; }
    public DateTime AddedAt { get; set; }
}

internal sealed class SalesPointConfiguration : IEntityTypeConfiguration<SalesPoint>
{
    public void Configure(EntityTypeBuilder<SalesPoint> b)
    {
        b.Property(x => x.Name).HasMaxLength(200);
        b.Property(x => x.Type).HasConversion<string>().HasMaxLength(20);
        b.Property(x => x.ProvinceCode).HasMaxLength(2);
        b.Property(x => x.CommuneCode).HasMaxLength(5);
        b.Property(x => x.AddressLine).HasMaxLength(300);
        b.Property(x => x.OpeningHours).HasMaxLength(200);
        b.Property(x => x.Phone).HasMaxLength(30);
        b.Property(x => x.Email).HasMaxLength(256);
        b.Property(x => x.Operator).HasMaxLength(200);
        b.Property(x => x.CreatedBy).HasMaxLength(256);
        b.Property(x => x.UpdatedBy).HasMaxLength(256);
        b.Property(x => x.Version).IsConcurrencyToken();
        b.HasOne<Commune>().WithMany().HasForeignKey(x => x.CommuneCode).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<Province>().WithMany().HasForeignKey(x => x.ProvinceCode).OnDelete(DeleteBehavior.Restrict);
        b.HasIndex(x => new { x.ProvinceCode, x.IsActive });
        b.HasIndex(x => x.CommuneCode);
        b.HasMany(x => x.Products).WithOne().HasForeignKey(x => x.SalesPointId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class SalesPointProductConfiguration : IEntityTypeConfiguration<SalesPointProduct>
{
    public void Configure(EntityTypeBuilder<SalesPointProduct> b)
    {
        b.HasKey(x => new { x.SalesPointId, x.ProductId });
        b.HasOne(x => x.Product).WithMany().HasForeignKey(x => x.ProductId).OnDelete(DeleteBehavior.Restrict);
        // Live with its product: hidden with it (the same filter as Product's), so a join never sees half of it.
        b.HasQueryFilter(x => !x.Product!.IsDeleted);
        b.HasIndex(x => x.ProductId);
    }
}
