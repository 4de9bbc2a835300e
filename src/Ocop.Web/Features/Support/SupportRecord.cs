using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Ocop.Web.Features.Audit;
using Ocop.Web.Features.Producers;
using Ocop.Web.Features.Products;

namespace Ocop.Web.Features.Support;

/// <summary>What kind of help a producer received (the programme reports count by it).</summary>
public enum SupportKind
{
    /// <summary>VietGAP, HACCP, ISO and other production processes.</summary>
    ProductionProcess,
    PackagingDesign,
    Labels,
    Traceability,
    IntellectualProperty,
    Barcodes,
    ProductStory,
    Credit,
    Policy,
    Other,
}

public enum FundingSource
{
    NationalBudget,
    ProvinceBudget,
    CommuneBudget,
    Producer,
    Sponsor,
    Other,
}

public enum SupportStatus
{
    Planned,
    InProgress,
    Completed,
    Cancelled,
}

/// <summary>The areas support policies cover.</summary>
public enum PolicyArea
{
    Credit,
    ConcentratedProduction,
    ScienceAndTechnology,
    ProductDevelopment,
    Training,
    TradePromotion,
}

/// <summary>
/// A consulting or support record: who helped which producer (and product) with what, when, at what cost
/// and from which budget, under which policy, how it ended. Kept by the officers of the producer's area;
/// the producer reads their own. Audited.
/// </summary>
public sealed class SupportRecord : IAuditedEntity
{
    public int Id { get; set; }
    public int ProducerId { get; set; }
    public Producer? Producer { get; set; }
    public int? ProductId { get; set; }
    public Product? Product { get; set; }
    public SupportKind Kind { get; set; }
    public required string Provider { get; set; }
    public DateOnly StartsOn { get; set; }
    public DateOnly? EndsOn { get; set; }
    /// <summary>Whole đồng.</summary>
    public decimal Cost { get; set; }
    public FundingSource Funding { get; set; }
    public SupportStatus Status { get; set; }
    public string? Outcome { get; set; }
    public int? PolicyId { get; set; }
    public DateTime CreatedAt { get; set; }
    public string? CreatedBy { get; set; }
    public DateTime UpdatedAt { get; set; }
    public string? UpdatedBy { get; set; }
    public int Version { get; set; }
}

/// <summary>A support policy of a province (credit, concentrated production areas, …): its legal basis, conditions, budget and term. Audited.</summary>
public sealed class SupportPolicy : IAuditedEntity
{
    public int Id { get; set; }
    public required string ProvinceCode { get; set; }
    public required string Name { get; set; }
    public PolicyArea Area { get; set; }
    public string? LegalBasis { get; set; }
    public string? Conditions { get; set; }
    /// <summary>Whole đồng; unknown when empty.</summary>
    public decimal? Budget { get; set; }
    public DateOnly ValidFrom { get; set; }
    public DateOnly? ValidTo { get; set; }
    public DateTime CreatedAt { get; set; }
    public string? CreatedBy { get; set; }
    public DateTime UpdatedAt { get; set; }
    public string? UpdatedBy { get; set; }
    public int Version { get; set; }
}

internal sealed class SupportRecordConfiguration : IEntityTypeConfiguration<SupportRecord>
{
    public void Configure(EntityTypeBuilder<SupportRecord> b)
    {
        // No CHECK on the cost: SQLite stores decimals as text, where the comparison misleads. The service checks it.
        b.Property(x => x.Kind).HasConversion<string>().HasMaxLength(30);
        b.Property(x => x.Provider).HasMaxLength(200);
        b.Property(x => x.Cost).HasPrecision(16, 0);
        b.Property(x => x.Funding).HasConversion<string>().HasMaxLength(20);
        b.Property(x => x.Status).HasConversion<string>().HasMaxLength(20);
        b.Property(x => x.Outcome).HasMaxLength(500);
        b.Property(x => x.CreatedBy).HasMaxLength(256);
        b.Property(x => x.UpdatedBy).HasMaxLength(256);
        b.Property(x => x.Version).IsConcurrencyToken();
        // History: optional, so a hidden (soft-deleted) principal never removes this row from a join; see RecordHistory.
        b.HasOne(x => x.Producer).WithMany().HasForeignKey(x => x.ProducerId).IsRequired(false).OnDelete(DeleteBehavior.Restrict);
        b.HasOne(x => x.Product).WithMany().HasForeignKey(x => x.ProductId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<SupportPolicy>().WithMany().HasForeignKey(x => x.PolicyId).OnDelete(DeleteBehavior.Restrict);
        b.HasIndex(x => new { x.ProducerId, x.StartsOn });
    }
}

internal sealed class SupportPolicyConfiguration : IEntityTypeConfiguration<SupportPolicy>
{
    public void Configure(EntityTypeBuilder<SupportPolicy> b)
    {
        b.Property(x => x.ProvinceCode).HasMaxLength(2);
        b.Property(x => x.Name).HasMaxLength(200);
        b.Property(x => x.Area).HasConversion<string>().HasMaxLength(30);
        b.Property(x => x.LegalBasis).HasMaxLength(200);
        b.Property(x => x.Conditions).HasMaxLength(2000);
        b.Property(x => x.Budget).HasPrecision(18, 0);
        b.Property(x => x.CreatedBy).HasMaxLength(256);
        b.Property(x => x.UpdatedBy).HasMaxLength(256);
        b.Property(x => x.Version).IsConcurrencyToken();
        b.HasOne<AdminUnits.Province>().WithMany().HasForeignKey(x => x.ProvinceCode).OnDelete(DeleteBehavior.Restrict);
        b.HasIndex(x => new { x.ProvinceCode, x.ValidFrom });
    }
}
