using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Ocop.Web.Features.Audit;
using Ocop.Web.Features.Classification;
using Ocop.Web.Features.Products;

namespace Ocop.Web.Features.Evaluation.Dossiers;

public enum DossierKind
{
    /// <summary>Đánh giá lần đầu.</summary>
    New,
    /// <summary>Đánh giá lại trước khi chứng nhận hết hạn.</summary>
    ReEvaluation,
    /// <summary>Đánh giá nâng hạng sao.</summary>
    Upgrade,
}

public enum DossierStatus
{
    Draft,
    Submitted,
    Returned,
    /// <summary>The commune took it in and reported (26/2026 Mẫu 03); it waits for the province's receiving check.</summary>
    Forwarded,
    Accepted,
    Scored,
    Recognised,
    NotRecognised,
    Withdrawn,
}

/// <summary>
/// A product's registration for evaluation (hồ sơ): kind, the documents, the producer's
/// self-assessment on the product set's scorecard, and its status. Each status change is a
/// <see cref="DossierEvent"/> the producer can read.
/// </summary>
public sealed class Dossier : IAuditedEntity
{
    public int Id { get; set; }
    public int ProductId { get; set; }
    public Product? Product { get; set; }
    public DossierKind Kind { get; set; }
    public DossierStatus Status { get; set; }
    /// <summary>The criteria version the product is scored under (the regime's).</summary>
    public required string CriteriaVersionCode { get; set; }
    /// <summary>
    /// The product set (of that version) whose scorecard the dossier is scored on: the product's own, or the set
    /// that takes it over in the regime's version (148-09 → 26-09). Recognition moves the product to it.
    /// </summary>
    public int? ProductSetId { get; set; }
    public ProductSet? ProductSet { get; set; }
    /// <summary>The evaluation regime (criteria-versions.json) whose steps the dossier follows.</summary>
    public required string RegimeCode { get; set; }
    public string? Note { get; set; }
    /// <summary>Self-assessment answers: leaf criterion code → points, as JSON.</summary>
    public string? SelfAssessmentJson { get; set; }
    public int? SelfAssessmentTotal { get; set; }
    /// <summary>The receiving officer's pre-assessment (regime intake checks): check code → passed, as JSON.</summary>
    public string? IntakeChecksJson { get; set; }
    /// <summary>The commune's written report on the intake checks (26/2026 Mẫu 03), as JSON (<see cref="CommuneReport"/>).</summary>
    public string? CommuneReportJson { get; set; }
    public DateTime? SubmittedAt { get; set; }
    public List<DossierDocument> Documents { get; set; } = [];
    public List<DossierEvent> Events { get; set; } = [];
    public DateTime CreatedAt { get; set; }
    public string? CreatedBy { get; set; }
    public DateTime UpdatedAt { get; set; }
    public string? UpdatedBy { get; set; }
    public int Version { get; set; }

    public bool IsEditable => Status is DossierStatus.Draft or DossierStatus.Returned;

    public bool IsOpen => Status is not (DossierStatus.Recognised or DossierStatus.NotRecognised or DossierStatus.Withdrawn);
}

/// <summary>An uploaded document of a dossier, stored under the data folder (uploads/dossiers/{id}/).</summary>
public sealed class DossierDocument
{
    public int Id { get; set; }
    public int DossierId { get; set; }
    public DossierDocumentType Type { get; set; }
    public required string FileName { get; set; }
    public required string StoredName { get; set; }
    public required string ContentType { get; set; }
    public long Length { get; set; }
    public DateTime UploadedAt { get; set; }
    public string? UploadedBy { get; set; }
}

/// <summary>A status change of a dossier: who, when, and the comment the producer sees.</summary>
public sealed class DossierEvent
{
    public int Id { get; set; }
    public int DossierId { get; set; }
    public DossierStatus? FromStatus { get; set; }
    public DossierStatus ToStatus { get; set; }
    public DateTime At { get; set; }
    public string? UserName { get; set; }
    public string? Comment { get; set; }
}

internal sealed class DossierConfiguration : IEntityTypeConfiguration<Dossier>
{
    public void Configure(EntityTypeBuilder<Dossier> b)
    {
        b.Property(x => x.Kind).HasConversion<string>().HasMaxLength(20);
        b.Property(x => x.Status).HasConversion<string>().HasMaxLength(20);
        b.Property(x => x.CriteriaVersionCode).HasMaxLength(20);
        b.Property(x => x.RegimeCode).HasMaxLength(20);
        b.Property(x => x.Note).HasMaxLength(2000);
        b.Property(x => x.CreatedBy).HasMaxLength(256);
        b.Property(x => x.UpdatedBy).HasMaxLength(256);
        b.Property(x => x.Version).IsConcurrencyToken();
        // History: optional, so a hidden (soft-deleted) principal never removes this row from a join; see RecordHistory.
        b.HasOne(x => x.Product).WithMany().HasForeignKey(x => x.ProductId).IsRequired(false).OnDelete(DeleteBehavior.Restrict);
        b.HasOne(x => x.ProductSet).WithMany().HasForeignKey(x => x.ProductSetId).OnDelete(DeleteBehavior.Restrict);
        b.HasMany(x => x.Documents).WithOne().HasForeignKey(x => x.DossierId).OnDelete(DeleteBehavior.Cascade);
        b.HasMany(x => x.Events).WithOne().HasForeignKey(x => x.DossierId).OnDelete(DeleteBehavior.Cascade);
        b.HasIndex(x => x.ProductId);
        b.HasIndex(x => x.Status);
    }
}

internal sealed class DossierDocumentConfiguration : IEntityTypeConfiguration<DossierDocument>
{
    public void Configure(EntityTypeBuilder<DossierDocument> b)
    {
        b.Property(x => x.Type).HasConversion<string>().HasMaxLength(40);
        b.Property(x => x.FileName).HasMaxLength(200);
        b.Property(x => x.StoredName).HasMaxLength(100);
        b.Property(x => x.ContentType).HasMaxLength(100);
        b.Property(x => x.UploadedBy).HasMaxLength(256);
        b.HasIndex(x => x.DossierId);
    }
}

internal sealed class DossierEventConfiguration : IEntityTypeConfiguration<DossierEvent>
{
    public void Configure(EntityTypeBuilder<DossierEvent> b)
    {
        b.Property(x => x.FromStatus).HasConversion<string>().HasMaxLength(20);
        b.Property(x => x.ToStatus).HasConversion<string>().HasMaxLength(20);
        b.Property(x => x.UserName).HasMaxLength(256);
        b.Property(x => x.Comment).HasMaxLength(2000);
        b.HasIndex(x => x.DossierId);
    }
}
