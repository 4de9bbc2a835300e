using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Ocop.Web.Features.Audit;
using Ocop.Web.Features.Producers;
using Ocop.Web.Features.Products;

namespace Ocop.Web.Features.Fairs;

/// <summary>The kinds of zones a provincial fair is laid out in.</summary>
public enum ZoneKind
{
    /// <summary>Khu trưng bày thành tựu kinh tế.</summary>
    EconomicAchievements,
    /// <summary>Khu sản phẩm chủ lực, sản phẩm OCOP và sản phẩm nông thôn.</summary>
    KeyOcopRural,
    /// <summary>Khu sản phẩm các tỉnh, thành phố khác.</summary>
    OtherProvinces,
    /// <summary>Khu đặc sản, quà tặng và sản phẩm du lịch.</summary>
    LocalSpecialties,
}

/// <summary>
/// A trade fair (hội chợ) run by a province: the event, its hall (a grid in metres) and the zones of booths
/// laid out on it. Managed by the province's officers; published fairs are public and open to applications
/// from any producer until <see cref="ApplicationsCloseOn"/>. Audited.
/// </summary>
public sealed class TradeFair : IAuditedEntity
{
    public int Id { get; set; }
    public required string Name { get; set; }
    /// <summary>The organising province: whose officers manage the fair.</summary>
    public required string ProvinceCode { get; set; }
    public required string Organiser { get; set; }
    public required string Venue { get; set; }
    public DateOnly StartsOn { get; set; }
    public DateOnly EndsOn { get; set; }
    public DateOnly ApplicationsCloseOn { get; set; }
    /// <summary>The most booths one producer may be given (and may ask for).</summary>
    public int MaxBoothsPerProducer { get; set; }
    public int HallWidth { get; set; }
    public int HallDepth { get; set; }
    public string? Description { get; set; }
    public bool IsPublished { get; set; }
    /// <summary>Visitors counted over the whole fair, entered afterwards.</summary>
    public int? Visitors { get; set; }
    public List<FairZone> Zones { get; set; } = [];
    public DateTime CreatedAt { get; set; }
    public string? CreatedBy { get; set; }
    public DateTime UpdatedAt { get; set; }
    public string? UpdatedBy { get; set; }
    public int Version { get; set; }
}

/// <summary>
/// A zone: a rectangular block of booths on the hall grid, <see cref="Rows"/> rows of <see cref="Columns"/>
/// booths each with an aisle between rows. The booths are generated from it; the ends of each row are corners.
/// </summary>
public sealed class FairZone
{
    public int Id { get; set; }
    public int FairId { get; set; }
    /// <summary>One or two capital letters: the prefix of the zone's booth codes (A01, A02…).</summary>
    public required string Code { get; set; }
    public required string Name { get; set; }
    /// <summary>The zone's name on English pages; empty shows the Vietnamese one, marked as Vietnamese.</summary>
    public string? NameEn { get; set; }
    public ZoneKind Kind { get; set; }
    public int X { get; set; }
    public int Y { get; set; }
    public int Columns { get; set; }
    public int Rows { get; set; }
    public int BoothWidth { get; set; }
    public int BoothDepth { get; set; }
    public int AisleWidth { get; set; }
    public decimal Price { get; set; }
    public decimal CornerPrice { get; set; }
    public List<Booth> Booths { get; set; } = [];
}

/// <summary>
/// A booth on the plan (position and size in metres) with its price. <see cref="ApplicationId"/> is the one
/// allocation: set only by a conditional update from empty, so a booth is never given twice, also when two
/// officers click at the same moment.
/// </summary>
public sealed class Booth
{
    public int Id { get; set; }
    public int FairId { get; set; }
    public int ZoneId { get; set; }
    public required string Code { get; set; }
    public int X { get; set; }
    public int Y { get; set; }
    public int Width { get; set; }
    public int Depth { get; set; }
    public bool IsCorner { get; set; }
    public decimal Price { get; set; }
    public int? ApplicationId { get; set; }
    public DateTime? AllocatedAt { get; set; }
    public string? AllocatedBy { get; set; }
}

public enum ApplicationStatus
{
    Active,
    Withdrawn,
    Rejected,
}

/// <summary>
/// A producer's application for booths at a fair (one per producer and fair): how many booths, which
/// products to show, the zone wished for and other wishes. <see cref="BoothsAllocated"/> counts the booths
/// given, changed only by a conditional update next to the booth's, so it never passes the request.
/// Waiting list: applications with <see cref="WaitlistedAt"/> set, not yet fully served, in that order.
/// After the fair the exhibitor's sales and contracts are recorded on it.
/// </summary>
public sealed class BoothApplication
{
    public int Id { get; set; }
    public int FairId { get; set; }
    public int ProducerId { get; set; }
    public Producer? Producer { get; set; }
    public int BoothsRequested { get; set; }
    public int BoothsAllocated { get; set; }
    public int? PreferredZoneId { get; set; }
    public string? Wishes { get; set; }
    public ApplicationStatus Status { get; set; }
    public DateTime SubmittedAt { get; set; }
    public string? SubmittedBy { get; set; }
    public DateTime? WaitlistedAt { get; set; }
    public decimal? SalesAmount { get; set; }
    public int? ContractsSigned { get; set; }
    public decimal? ContractValue { get; set; }
    public List<ApplicationProduct> Products { get; set; } = [];
}

/// <summary>A product the producer will show at the fair.</summary>
public sealed class ApplicationProduct
{
    public int ApplicationId { get; set; }
    public int ProductId { get; set; }
    public Product? Product { get; set; }
}

internal sealed class TradeFairConfiguration : IEntityTypeConfiguration<TradeFair>
{
    public void Configure(EntityTypeBuilder<TradeFair> b)
    {
        b.Property(x => x.Name).HasMaxLength(200);
        b.Property(x => x.ProvinceCode).HasMaxLength(2);
        b.Property(x => x.Organiser).HasMaxLength(200);
        b.Property(x => x.Venue).HasMaxLength(300);
        b.Property(x => x.Description).HasMaxLength(2000);
        b.Property(x => x.CreatedBy).HasMaxLength(256);
        b.Property(x => x.UpdatedBy).HasMaxLength(256);
        b.Property(x => x.Version).IsConcurrencyToken();
        b.HasOne<AdminUnits.Province>().WithMany().HasForeignKey(x => x.ProvinceCode).OnDelete(DeleteBehavior.Restrict);
        b.HasMany(x => x.Zones).WithOne().HasForeignKey(x => x.FairId).OnDelete(DeleteBehavior.Cascade);
        b.HasIndex(x => new { x.ProvinceCode, x.StartsOn });
    }
}

internal sealed class FairZoneConfiguration : IEntityTypeConfiguration<FairZone>
{
    public void Configure(EntityTypeBuilder<FairZone> b)
    {
        b.Property(x => x.Code).HasMaxLength(2);
        b.Property(x => x.Name).HasMaxLength(200);
        b.Property(x => x.NameEn).HasMaxLength(200);
        b.Property(x => x.Kind).HasConversion<string>().HasMaxLength(30);
        b.Property(x => x.Price).HasPrecision(14, 0);
        b.Property(x => x.CornerPrice).HasPrecision(14, 0);
        b.HasIndex(x => new { x.FairId, x.Code }).IsUnique();
        b.HasMany(x => x.Booths).WithOne().HasForeignKey(x => x.ZoneId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class BoothConfiguration : IEntityTypeConfiguration<Booth>
{
    public void Configure(EntityTypeBuilder<Booth> b)
    {
        b.Property(x => x.Code).HasMaxLength(6);
        b.Property(x => x.Price).HasPrecision(14, 0);
        b.Property(x => x.AllocatedBy).HasMaxLength(256);
        b.HasIndex(x => new { x.FairId, x.Code }).IsUnique();
        b.HasOne<TradeFair>().WithMany().HasForeignKey(x => x.FairId).OnDelete(DeleteBehavior.Cascade);
        b.HasOne<BoothApplication>().WithMany().HasForeignKey(x => x.ApplicationId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class BoothApplicationConfiguration : IEntityTypeConfiguration<BoothApplication>
{
    public void Configure(EntityTypeBuilder<BoothApplication> b)
    {
        b.ToTable("BoothApplications", t => t.HasCheckConstraint(
            "CK_BoothApplications_BoothsAllocated", "\"BoothsAllocated\" >= 0 AND \"BoothsAllocated\" <= \"BoothsRequested\""));
        b.Property(x => x.Status).HasConversion<string>().HasMaxLength(20);
        b.Property(x => x.Wishes).HasMaxLength(1000);
        b.Property(x => x.SubmittedBy).HasMaxLength(256);
        b.Property(x => x.SalesAmount).HasPrecision(16, 0);
        b.Property(x => x.ContractValue).HasPrecision(16, 0);
        b.HasIndex(x => new { x.FairId, x.ProducerId }).IsUnique();
        b.HasIndex(x => x.ProducerId);
        b.HasOne<TradeFair>().WithMany().HasForeignKey(x => x.FairId).OnDelete(DeleteBehavior.Cascade);
        // History: optional, so a hidden (soft-deleted) principal never removes this row from a join; see RecordHistory.
        b.HasOne(x => x.Producer).WithMany().HasForeignKey(x => x.ProducerId).IsRequired(false).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<FairZone>().WithMany().HasForeignKey(x => x.PreferredZoneId).OnDelete(DeleteBehavior.SetNull);
        b.HasMany(x => x.Products).WithOne().HasForeignKey(x => x.ApplicationId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class ApplicationProductConfiguration : IEntityTypeConfiguration<ApplicationProduct>
{
    public void Configure(EntityTypeBuilder<ApplicationProduct> b)
    {
        b.HasKey(x => new { x.ApplicationId, x.ProductId });
        // History: optional, so a hidden (soft-deleted) principal never removes this row from a join; see RecordHistory.
        b.HasOne(x => x.Product).WithMany().HasForeignKey(x => x.ProductId).IsRequired(false).OnDelete(DeleteBehavior.Restrict);
        b.HasIndex(x => x.ProductId);
    }
}
