using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Ocop.Web.Features.Audit;
using Ocop.Web.Features.Producers;
using Ocop.Web.Features.Products;

namespace Ocop.Web.Features.MarketAccess;

/// <summary>Who takes the goods on consignment.</summary>
public enum OutletKind
{
    SupermarketChain,
    Distributor,
    SalesPoint,
    Other,
}

public enum MovementKind
{
    /// <summary>The producer delivers goods to the outlet.</summary>
    Delivery,
    /// <summary>The outlet reports goods sold.</summary>
    Sale,
    /// <summary>The outlet sends unsold goods back.</summary>
    Return,
}

/// <summary>
/// A consignment agreement (hợp đồng ký gửi) between a producer and an outlet or distributor: the products
/// with their prices, the outlet's commission on sales, the term. Audited.
/// </summary>
public sealed class ConsignmentAgreement : IAuditedEntity
{
    public int Id { get; set; }
    public int ProducerId { get; set; }
    public Producer? Producer { get; set; }
    public OutletKind OutletKind { get; set; }
    public required string OutletName { get; set; }
    /// <summary>When the outlet is one of the province's display and sales points.</summary>
    public int? SalesPointId { get; set; }
    public string? Reference { get; set; }
    public DateOnly StartsOn { get; set; }
    public DateOnly EndsOn { get; set; }
    /// <summary>The outlet's share of sales, in percent (0–100, two decimals).</summary>
    public decimal CommissionPercent { get; set; }
    public string? Note { get; set; }
    public List<AgreementProduct> Products { get; set; } = [];
    public DateTime CreatedAt { get; set; }
    public string? CreatedBy { get; set; }
    public DateTime UpdatedAt { get; set; }
    public string? UpdatedBy { get; set; }
    public int Version { get; set; }
}

/// <summary>
/// A product under an agreement, its consignment price (đồng per unit) and the stock the outlet holds.
/// <see cref="OnHand"/> is the running sum of the movements, changed only by a conditional update in the
/// same transaction as the movement (never below zero, also when two reports arrive together).
/// </summary>
public sealed class AgreementProduct
{
    public int AgreementId { get; set; }
    public int ProductId { get; set; }
    public Product? Product { get; set; }
    public decimal UnitPrice { get; set; }
    public int OnHand { get; set; }
}

/// <summary>A delivery, a reported sale or a return, as recorded. Sales keep the price at the time, for the settlement.</summary>
public sealed class ConsignmentMovement
{
    public int Id { get; set; }
    public int AgreementId { get; set; }
    public int ProductId { get; set; }
    public Product? Product { get; set; }
    public MovementKind Kind { get; set; }
    public DateOnly On { get; set; }
    public int Quantity { get; set; }
    public int? LotId { get; set; }
    public decimal? UnitPrice { get; set; }
    public string? Note { get; set; }
    public DateTime RecordedAt { get; set; }
    public string? RecordedBy { get; set; }
}

internal sealed class ConsignmentAgreementConfiguration : IEntityTypeConfiguration<ConsignmentAgreement>
{
    public void Configure(EntityTypeBuilder<ConsignmentAgreement> b)
    {
        // No CHECK on the commission: SQLite stores decimals as text, where such a comparison misleads. The service checks it.
        b.Property(x => x.OutletKind).HasConversion<string>().HasMaxLength(20);
        b.Property(x => x.OutletName).HasMaxLength(200);
        b.Property(x => x.Reference).HasMaxLength(100);
        b.Property(x => x.CommissionPercent).HasPrecision(5, 2);
        b.Property(x => x.Note).HasMaxLength(1000);
        b.Property(x => x.CreatedBy).HasMaxLength(256);
        b.Property(x => x.UpdatedBy).HasMaxLength(256);
        b.Property(x => x.Version).IsConcurrencyToken();
        // History: optional, so a hidden (soft-deleted) principal never removes this row from a join; see RecordHistory.
        b.HasOne(x => x.Producer).WithMany().HasForeignKey(x => x.ProducerId).IsRequired(false).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<SalesPoint>().WithMany().HasForeignKey(x => x.SalesPointId).OnDelete(DeleteBehavior.Restrict);
        b.HasMany(x => x.Products).WithOne().HasForeignKey(x => x.AgreementId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class AgreementProductConfiguration : IEntityTypeConfiguration<AgreementProduct>
{
    public void Configure(EntityTypeBuilder<AgreementProduct> b)
    {
        b.ToTable("AgreementProducts", t => t.HasCheckConstraint("CK_AgreementProducts_OnHand", "\"OnHand\" >= 0"));
        b.HasKey(x => new { x.AgreementId, x.ProductId });
        b.Property(x => x.UnitPrice).HasPrecision(14, 0);
        // History: optional, so a hidden (soft-deleted) principal never removes this row from a join; see RecordHistory.
        b.HasOne(x => x.Product).WithMany().HasForeignKey(x => x.ProductId).IsRequired(false).OnDelete(DeleteBehavior.Restrict);
        b.HasIndex(x => x.ProductId);
    }
}

internal sealed class ConsignmentMovementConfiguration : IEntityTypeConfiguration<ConsignmentMovement>
{
    public void Configure(EntityTypeBuilder<ConsignmentMovement> b)
    {
        b.Property(x => x.Kind).HasConversion<string>().HasMaxLength(20);
        b.Property(x => x.UnitPrice).HasPrecision(14, 0);
        b.Property(x => x.Note).HasMaxLength(500);
        b.Property(x => x.RecordedBy).HasMaxLength(256);
        b.HasOne<ConsignmentAgreement>().WithMany().HasForeignKey(x => x.AgreementId).OnDelete(DeleteBehavior.Cascade);
        // History: optional, so a hidden (soft-deleted) principal never removes this row from a join; see RecordHistory.
        b.HasOne(x => x.Product).WithMany().HasForeignKey(x => x.ProductId).IsRequired(false).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<Traceability.ProductLot>().WithMany().HasForeignKey(x => x.LotId).OnDelete(DeleteBehavior.Restrict);
        b.HasIndex(x => new { x.AgreementId, x.On });
    }
}
