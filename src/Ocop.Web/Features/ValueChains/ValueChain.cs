using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Ocop.Web.Features.Audit;
using Ocop.Web.Features.Producers;
using Ocop.Web.Features.Products;

namespace Ocop.Web.Features.ValueChains;

/// <summary>
/// A raw-material area (vùng nguyên liệu): where it is (commune, province derived), how large, what grows
/// or is raised there, its certifications, and optionally its boundary as GeoJSON (shown on the map).
/// Kept by the officers of its area. Audited.
/// </summary>
public sealed class RawMaterialArea : IAuditedEntity
{
    public int Id { get; set; }
    public required string Name { get; set; }
    public required string ProvinceCode { get; set; }
    public required string CommuneCode { get; set; }
    public decimal Hectares { get; set; }
    public required string Crop { get; set; }
    public string? Certifications { get; set; }
    /// <summary>A GeoJSON Polygon or MultiPolygon (or a Feature/FeatureCollection of them) inside Vietnam, validated on save.</summary>
    public string? Boundary { get; set; }
    public DateTime CreatedAt { get; set; }
    public string? CreatedBy { get; set; }
    public DateTime UpdatedAt { get; set; }
    public string? UpdatedBy { get; set; }
    public int Version { get; set; }
}

public enum ChainRole
{
    RawMaterialSupplier,
    Producer,
    Processor,
    Distributor,
    Buyer,
    Other,
}

/// <summary>
/// A value chain (chuỗi giá trị) of a province: a raw-material area, the members with their roles and
/// contracts (producers of the registry or outside partners), and the products it makes. Audited.
/// </summary>
public sealed class ValueChain : IAuditedEntity
{
    public int Id { get; set; }
    public required string Name { get; set; }
    public required string ProvinceCode { get; set; }
    public int? AreaId { get; set; }
    public string? Description { get; set; }
    public List<ValueChainMember> Members { get; set; } = [];
    public List<ValueChainProduct> Products { get; set; } = [];
    public DateTime CreatedAt { get; set; }
    public string? CreatedBy { get; set; }
    public DateTime UpdatedAt { get; set; }
    public string? UpdatedBy { get; set; }
    public int Version { get; set; }
}

/// <summary>A member of a chain: a registered producer or a named partner, its role and contract.</summary>
public sealed class ValueChainMember
{
    public int Id { get; set; }
    public int ChainId { get; set; }
    public ChainRole Role { get; set; }
    public int? ProducerId { get; set; }
    public Producer? Producer { get; set; }
    public string? PartnerName { get; set; }
    public string? Contract { get; set; }
    public DateOnly? ContractSignedOn { get; set; }
}

public sealed class ValueChainProduct
{
    public int ChainId { get; set; }
    public int ProductId { get; set; }
    public Product? Product { get; set; }
}

internal sealed class RawMaterialAreaConfiguration : IEntityTypeConfiguration<RawMaterialArea>
{
    public void Configure(EntityTypeBuilder<RawMaterialArea> b)
    {
        b.Property(x => x.Name).HasMaxLength(200);
        b.Property(x => x.ProvinceCode).HasMaxLength(2);
        b.Property(x => x.CommuneCode).HasMaxLength(5);
        b.Property(x => x.Hectares).HasPrecision(12, 2);
        b.Property(x => x.Crop).HasMaxLength(200);
        b.Property(x => x.Certifications).HasMaxLength(300);
        b.Property(x => x.CreatedBy).HasMaxLength(256);
        b.Property(x => x.UpdatedBy).HasMaxLength(256);
        b.Property(x => x.Version).IsConcurrencyToken();
        b.HasOne<AdminUnits.Province>().WithMany().HasForeignKey(x => x.ProvinceCode).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<AdminUnits.Commune>().WithMany().HasForeignKey(x => x.CommuneCode).OnDelete(DeleteBehavior.Restrict);
        b.HasIndex(x => x.ProvinceCode);
    }
}

internal sealed class ValueChainConfiguration : IEntityTypeConfiguration<ValueChain>
{
    public void Configure(EntityTypeBuilder<ValueChain> b)
    {
        b.Property(x => x.Name).HasMaxLength(200);
        b.Property(x => x.ProvinceCode).HasMaxLength(2);
        b.Property(x => x.Description).HasMaxLength(2000);
        b.Property(x => x.CreatedBy).HasMaxLength(256);
        b.Property(x => x.UpdatedBy).HasMaxLength(256);
        b.Property(x => x.Version).IsConcurrencyToken();
        b.HasOne<AdminUnits.Province>().WithMany().HasForeignKey(x => x.ProvinceCode).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<RawMaterialArea>().WithMany().HasForeignKey(x => x.AreaId).OnDelete(DeleteBehavior.Restrict);
        b.HasMany(x => x.Members).WithOne().HasForeignKey(x => x.ChainId).OnDelete(DeleteBehavior.Cascade);
        b.HasMany(x => x.Products).WithOne().HasForeignKey(x => x.ChainId).OnDelete(DeleteBehavior.Cascade);
        b.HasIndex(x => x.ProvinceCode);
    }
}

internal sealed class ValueChainMemberConfiguration : IEntityTypeConfiguration<ValueChainMember>
{
    public void Configure(EntityTypeBuilder<ValueChainMember> b)
    {
        b.Property(x => x.Role).HasConversion<string>().HasMaxLength(30);
        b.Property(x => x.PartnerName).HasMaxLength(200);
        b.Property(x => x.Contract).HasMaxLength(200);
        b.HasOne(x => x.Producer).WithMany().HasForeignKey(x => x.ProducerId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class ValueChainProductConfiguration : IEntityTypeConfiguration<ValueChainProduct>
{
    public void Configure(EntityTypeBuilder<ValueChainProduct> b)
    {
        b.HasKey(x => new { x.ChainId, x.ProductId });
        b.HasOne(x => x.Product).WithMany().HasForeignKey(x => x.ProductId).OnDelete(DeleteBehavior.Restrict);
        // Live with its product: hidden with it (the same filter as Product's), so a join never sees half of it.
        b.HasQueryFilter(x => !x.Product!.IsDeleted);
        b.HasIndex(x => x.ProductId);
    }
}
