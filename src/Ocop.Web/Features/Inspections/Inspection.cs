using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Ocop.Web.Features.Audit;
using Ocop.Web.Features.Evaluation.Certificates;

namespace Ocop.Web.Features.Inspections;

/// <summary>Điều 9.2a: inspections after recognition are periodic (the year's plan) or ad hoc (a complaint, a signal).</summary>
public enum InspectionKind { Periodic, AdHoc }

public enum InspectionConclusion
{
    /// <summary>The product keeps what it was recognised for.</summary>
    Compliant,
    /// <summary>Shortcomings the producer must put right; the certificate stands.</summary>
    RemedyRequired,
    /// <summary>A violation: the inspection may propose revoking the certificate (Điều 8.1).</summary>
    Violation,
}

/// <summary>
/// An inspection of a recognised product (26/2026 Điều 9): planned for a day with its scope (criteria kept, use of the
/// OCOP mark, information and promotion), then concluded with findings, documents and, on a violation, a proposal to
/// revoke the certificate that the authority's revocation decision answers (Điều 8.3a).
/// </summary>
public sealed class Inspection : IAuditedEntity
{
    public int Id { get; set; }
    /// <summary>The certificate in force when the inspection was planned: what is inspected and what a proposal would revoke.</summary>
    public int CertificateId { get; set; }
    public Certificate? Certificate { get; set; }
    /// <summary>The producer's province, for the officers' scope and the province's plan.</summary>
    public required string ProvinceCode { get; set; }
    public InspectionKind Kind { get; set; }
    /// <summary>The plan's year (that of <see cref="PlannedOn"/>).</summary>
    public int Year { get; set; }
    public DateOnly PlannedOn { get; set; }
    /// <summary>Why an ad hoc inspection is made (a complaint, a market signal); empty for the plan's.</summary>
    public string? Reason { get; set; }
    /// <summary>Điều 9.3a: whether the criteria of the evaluated dossier are still met.</summary>
    public bool ChecksCriteria { get; set; }
    /// <summary>Điều 9.3b: use of the OCOP mark.</summary>
    public bool ChecksMark { get; set; }
    /// <summary>Điều 9.3b: product information and promotion.</summary>
    public bool ChecksPromotion { get; set; }
    /// <summary>Who inspects (bodies and people), one per line.</summary>
    public string? Team { get; set; }
    public DateOnly? InspectedOn { get; set; }
    public string? Findings { get; set; }
    public InspectionConclusion? Conclusion { get; set; }
    public bool ProposesRevocation { get; set; }
    public RevocationGround? ProposedGround { get; set; }
    public DateTime CreatedAt { get; set; }
    public string? CreatedBy { get; set; }
    public DateTime UpdatedAt { get; set; }
    public string? UpdatedBy { get; set; }
    public int Version { get; set; }
}

internal sealed class InspectionConfiguration : IEntityTypeConfiguration<Inspection>
{
    public void Configure(EntityTypeBuilder<Inspection> b)
    {
        b.Property(x => x.ProvinceCode).HasMaxLength(10);
        b.Property(x => x.Kind).HasConversion<string>().HasMaxLength(20);
        b.Property(x => x.Reason).HasMaxLength(1000);
        b.Property(x => x.Team).HasMaxLength(1000);
        b.Property(x => x.Findings).HasMaxLength(4000);
        b.Property(x => x.Conclusion).HasConversion<string>().HasMaxLength(20);
        b.Property(x => x.ProposedGround).HasConversion<string>().HasMaxLength(30);
        b.Property(x => x.CreatedBy).HasMaxLength(256);
        b.Property(x => x.UpdatedBy).HasMaxLength(256);
        b.Property(x => x.Version).IsConcurrencyToken();
        b.HasOne(x => x.Certificate).WithMany().HasForeignKey(x => x.CertificateId).OnDelete(DeleteBehavior.Restrict);
        b.HasIndex(x => new { x.ProvinceCode, x.Year });
        b.HasIndex(x => x.CertificateId);
    }
}
