using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Ocop.Web.Features.Audit;
using Ocop.Web.Features.Evaluation.Batches;
using Ocop.Web.Features.Products;

namespace Ocop.Web.Features.Evaluation.Certificates;

public enum CertificateStatus { Valid, Expiring, Expired, Revoked }

/// <summary>The grounds for revoking a certificate (26/2026 Điều 8.1 a–e).</summary>
public enum RevocationGround
{
    /// <summary>a) Thông tin, tài liệu không trung thực hoặc giả mạo hồ sơ.</summary>
    FalseDossier,
    /// <summary>b) Không còn đáp ứng Bộ tiêu chí theo kết luận kiểm tra, giám sát.</summary>
    CriteriaNoLongerMet,
    /// <summary>c) Vi phạm pháp luật về chất lượng, an toàn thực phẩm, môi trường, sở hữu trí tuệ, ghi nhãn…</summary>
    LegalViolation,
    /// <summary>d) Sử dụng nhãn hiệu OCOP không đúng quy định.</summary>
    MarkMisused,
    /// <summary>đ) Chủ thể không còn sản xuất sản phẩm OCOP.</summary>
    ProductionStopped,
    /// <summary>e) Trường hợp khác theo kết luận, đề nghị của cơ quan có thẩm quyền.</summary>
    Other,
}

/// <summary>The People's Committee decision recognising a batch's products (number, date, signer).</summary>
public sealed class RecognitionDecision : IAuditedEntity
{
    public int Id { get; set; }
    public int BatchId { get; set; }
    public EvaluationBatch? Batch { get; set; }
    public required string Number { get; set; }
    public DateOnly SignedOn { get; set; }
    public required string Signer { get; set; }
    public required string IssuingAuthority { get; set; }
    /// <summary>
    /// Empty for the batch's own decision; a province's code for that province's decision recognising 3★/4★ from a
    /// national batch's result (26/2026 Điều 7.4g).
    /// </summary>
    public string ProvinceRecognition { get; set; } = "";
    public List<Certificate> Certificates { get; set; } = [];
    public DateTime CreatedAt { get; set; }
    public string? CreatedBy { get; set; }
    public DateTime UpdatedAt { get; set; }
    public string? UpdatedBy { get; set; }
    public int Version { get; set; }
}

/// <summary>
/// An OCOP certificate: one product, its stars, the decision behind it, valid for the version's
/// months from issue. Revocation keeps the record; re-evaluation links the new one to the old.
/// </summary>
public sealed class Certificate : IAuditedEntity
{
    public int Id { get; set; }
    /// <summary>Unique public number, e.g. "68-2026-0001": what the QR code and the verification page use.</summary>
    public required string Number { get; set; }
    public int ProductId { get; set; }
    public Product? Product { get; set; }
    public int DecisionId { get; set; }
    public RecognitionDecision? Decision { get; set; }
    public int EntryId { get; set; }
    public int Stars { get; set; }
    public decimal Points { get; set; }
    public required string IssuingAuthority { get; set; }
    public required string CriteriaVersionCode { get; set; }
    public DateOnly IssuedOn { get; set; }
    public DateOnly ExpiresOn { get; set; }
    public DateOnly? RevokedOn { get; set; }
    public string? RevocationReason { get; set; }
    public RevocationGround? RevocationGround { get; set; }
    /// <summary>The revocation decision's number and signer (Điều 8.3: revocation is by decision).</summary>
    public string? RevocationDecisionNumber { get; set; }
    public string? RevocationSigner { get; set; }
    /// <summary>The certificate this one renews (re-evaluation or upgrade).</summary>
    public int? ReplacesId { get; set; }
    /// <summary>When the expiry notice was sent, so the daily job sends it once.</summary>
    public DateTime? ExpiryNoticeSentAt { get; set; }
    public DateTime CreatedAt { get; set; }
    public string? CreatedBy { get; set; }
    public DateTime UpdatedAt { get; set; }
    public string? UpdatedBy { get; set; }
    public int Version { get; set; }

    /// <summary>Revoked wins; then expired after the expiry day; expiring within the window (inclusive); else valid.</summary>
    public static CertificateStatus StatusOf(DateOnly? revokedOn, DateOnly expiresOn, DateOnly today, int expiringWithinDays) =>
        revokedOn is not null ? CertificateStatus.Revoked
        : today > expiresOn ? CertificateStatus.Expired
        : expiresOn.DayNumber - today.DayNumber <= expiringWithinDays ? CertificateStatus.Expiring
        : CertificateStatus.Valid;
}

internal sealed class RecognitionDecisionConfiguration : IEntityTypeConfiguration<RecognitionDecision>
{
    public void Configure(EntityTypeBuilder<RecognitionDecision> b)
    {
        b.Property(x => x.Number).HasMaxLength(50);
        b.Property(x => x.Signer).HasMaxLength(200);
        b.Property(x => x.IssuingAuthority).HasMaxLength(300);
        b.Property(x => x.CreatedBy).HasMaxLength(256);
        b.Property(x => x.UpdatedBy).HasMaxLength(256);
        b.Property(x => x.Version).IsConcurrencyToken();
        b.HasOne(x => x.Batch).WithMany().HasForeignKey(x => x.BatchId).OnDelete(DeleteBehavior.Restrict);
        b.HasMany(x => x.Certificates).WithOne(x => x.Decision).HasForeignKey(x => x.DecisionId).OnDelete(DeleteBehavior.Restrict);
        b.Property(x => x.ProvinceRecognition).HasMaxLength(10);
        // One decision of the batch's own per batch; a province's Điều 7.4g decisions are one per product (the certificate's entry is unique).
        b.HasIndex(x => x.BatchId).IsUnique().HasFilter("\"ProvinceRecognition\" = ''");
    }
}

internal sealed class CertificateConfiguration : IEntityTypeConfiguration<Certificate>
{
    public void Configure(EntityTypeBuilder<Certificate> b)
    {
        b.Property(x => x.Number).HasMaxLength(40);
        b.Property(x => x.Points).HasPrecision(5, 2);
        b.Property(x => x.IssuingAuthority).HasMaxLength(300);
        b.Property(x => x.CriteriaVersionCode).HasMaxLength(20);
        b.Property(x => x.RevocationReason).HasMaxLength(1000);
        b.Property(x => x.RevocationGround).HasConversion<string>().HasMaxLength(30);
        b.Property(x => x.RevocationDecisionNumber).HasMaxLength(50);
        b.Property(x => x.RevocationSigner).HasMaxLength(200);
        b.Property(x => x.CreatedBy).HasMaxLength(256);
        b.Property(x => x.UpdatedBy).HasMaxLength(256);
        b.Property(x => x.Version).IsConcurrencyToken();
        // History: optional, so a hidden (soft-deleted) principal never removes this row from a join; see RecordHistory.
        b.HasOne(x => x.Product).WithMany().HasForeignKey(x => x.ProductId).IsRequired(false).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<BatchEntry>().WithMany().HasForeignKey(x => x.EntryId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<Certificate>().WithMany().HasForeignKey(x => x.ReplacesId).OnDelete(DeleteBehavior.Restrict);
        b.HasIndex(x => x.Number).IsUnique();
        b.HasIndex(x => x.ProductId);
        b.HasIndex(x => x.DecisionId);
        b.HasIndex(x => x.EntryId).IsUnique();
        // Almost every certificate replaces none: a partial index stays small, and SQLite, whose statistics would
        // see one value (null) in a full one, uses it for "the certificate that replaced this one".
        b.HasIndex(x => x.ReplacesId).HasFilter("\"ReplacesId\" IS NOT NULL");
        b.HasIndex(x => x.ExpiresOn);
        b.ToTable(t => t.HasCheckConstraint("CK_Certificates_Stars", "\"Stars\" >= 1 AND \"Stars\" <= 5"));
    }
}
