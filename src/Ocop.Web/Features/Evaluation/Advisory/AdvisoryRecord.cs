using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Ocop.Web.Features.Evaluation.Dossiers;

namespace Ocop.Web.Features.Evaluation.Advisory;

/// <summary>What the council's advisory group (Tổ tư vấn, 26/2026 Điều 7.3c and 7.4c) did on a dossier.</summary>
public enum AdvisoryRecordKind
{
    /// <summary>Reviewing the dossier against the scorecard; may ask for documents to be added.</summary>
    DossierReview,
    /// <summary>A survey at the production or business site: date, place, members, findings, photos.</summary>
    FieldSurvey,
    /// <summary>A request for further quality-test results (which indicators, which laboratory).</summary>
    QualityTestRequest,
    /// <summary>The group's assessment report to the council's chair.</summary>
    Report,
}

/// <summary>
/// One piece of the advisory group's work on a dossier before its council scores it: kind, day, who took part, where
/// (for a field survey), what was found or asked; photos and documents are attachments. Recorded by the province's
/// OCOP office (or the national office for the national council); read by whoever may read the dossier.
/// </summary>
public sealed class AdvisoryRecord
{
    public int Id { get; set; }
    public int DossierId { get; set; }
    public Dossier? Dossier { get; set; }
    public AdvisoryRecordKind Kind { get; set; }
    /// <summary>Whose advisory group: the province's council or the national council's.</summary>
    public Criteria.GovernmentLevel Level { get; set; }
    public DateOnly On { get; set; }
    /// <summary>The group's members who took part, one per line.</summary>
    public required string Members { get; set; }
    /// <summary>The site surveyed (field surveys).</summary>
    public string? Place { get; set; }
    public required string Findings { get; set; }
    public DateTime CreatedAt { get; set; }
    public string? CreatedBy { get; set; }
}

internal sealed class AdvisoryRecordConfiguration : IEntityTypeConfiguration<AdvisoryRecord>
{
    public void Configure(EntityTypeBuilder<AdvisoryRecord> b)
    {
        b.Property(x => x.Kind).HasConversion<string>().HasMaxLength(30);
        b.Property(x => x.Level).HasConversion<string>().HasMaxLength(20);
        b.Property(x => x.Members).HasMaxLength(1000);
        b.Property(x => x.Place).HasMaxLength(300);
        b.Property(x => x.Findings).HasMaxLength(4000);
        b.Property(x => x.CreatedBy).HasMaxLength(256);
        b.HasOne(x => x.Dossier).WithMany().HasForeignKey(x => x.DossierId).OnDelete(DeleteBehavior.Cascade);
        b.HasIndex(x => x.DossierId);
    }
}
