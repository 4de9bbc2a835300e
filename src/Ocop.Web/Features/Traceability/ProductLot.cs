using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Ocop.Web.Features.Audit;
using Ocop.Web.Features.Products;

namespace Ocop.Web.Features.Traceability;

/// <summary>
/// A production lot (lô) of a product: its code (GS1 AI 10, printed on the label), dates, quantity,
/// where the raw material came from, and the process steps with their dates. Audited.
/// </summary>
public sealed class ProductLot : IAuditedEntity
{
    public int Id { get; set; }
    public int ProductId { get; set; }
    public Product? Product { get; set; }
    public required string Code { get; set; }
    public DateOnly ProducedOn { get; set; }
    public DateOnly? ExpiresOn { get; set; }
    public decimal? Quantity { get; set; }
    public string? Unit { get; set; }
    public string? RawMaterialArea { get; set; }
    /// <summary>Process steps as JSON: [{ "on": "2026-10-01", "text": "Thu hoạch" }], in order.</summary>
    public string? StepsJson { get; set; }
    public DateTime CreatedAt { get; set; }
    public string? CreatedBy { get; set; }
    public DateTime UpdatedAt { get; set; }
    public string? UpdatedBy { get; set; }
    public int Version { get; set; }
}

internal sealed class ProductLotConfiguration : IEntityTypeConfiguration<ProductLot>
{
    public void Configure(EntityTypeBuilder<ProductLot> b)
    {
        b.Property(x => x.Code).HasMaxLength(20);
        b.Property(x => x.Quantity).HasPrecision(14, 3);
        b.Property(x => x.Unit).HasMaxLength(20);
        b.Property(x => x.RawMaterialArea).HasMaxLength(500);
        b.Property(x => x.CreatedBy).HasMaxLength(256);
        b.Property(x => x.UpdatedBy).HasMaxLength(256);
        b.Property(x => x.Version).IsConcurrencyToken();
        b.HasOne(x => x.Product).WithMany().HasForeignKey(x => x.ProductId).OnDelete(DeleteBehavior.Restrict);
        // Live with its product: hidden with it (the same filter as Product's), so a join never sees half of it.
        b.HasQueryFilter(x => !x.Product!.IsDeleted);
        b.HasIndex(x => new { x.ProductId, x.Code }).IsUnique();
    }
}
