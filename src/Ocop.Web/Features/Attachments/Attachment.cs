using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Ocop.Web.Features.Attachments;

/// <summary>What an attachment belongs to.</summary>
public enum AttachmentOwner
{
    /// <summary>A training course's materials.</summary>
    Course,
    /// <summary>A support record's documents (contracts, reports, certificates obtained).</summary>
    SupportRecord,
    /// <summary>An inspection's documents (minutes, photos, test results; 26/2026 Điều 9).</summary>
    Inspection,
    /// <summary>An advisory group record's photos and documents (field survey photos, test results; 26/2026 Điều 7.3c).</summary>
    AdvisoryRecord,
}

/// <summary>
/// A file attached to a course, a support record, an inspection or an advisory record (exactly one of them: a CHECK keeps it so), stored under
/// the data folder by a server-chosen name; recognised by its content on upload.
/// </summary>
public sealed class Attachment
{
    public int Id { get; set; }
    public int? CourseId { get; set; }
    public int? SupportRecordId { get; set; }
    public int? InspectionId { get; set; }
    public int? AdvisoryRecordId { get; set; }
    public required string Title { get; set; }
    public required string FileName { get; set; }
    public required string StoredName { get; set; }
    public required string ContentType { get; set; }
    public long Length { get; set; }
    public DateTime UploadedAt { get; set; }
    public string? UploadedBy { get; set; }
}

internal sealed class AttachmentConfiguration : IEntityTypeConfiguration<Attachment>
{
    public void Configure(EntityTypeBuilder<Attachment> b)
    {
        b.ToTable("Attachments", t => t.HasCheckConstraint("CK_Attachments_OneOwner",
            "(CASE WHEN \"CourseId\" IS NULL THEN 0 ELSE 1 END) + (CASE WHEN \"SupportRecordId\" IS NULL THEN 0 ELSE 1 END) + (CASE WHEN \"InspectionId\" IS NULL THEN 0 ELSE 1 END)"
            + " + (CASE WHEN \"AdvisoryRecordId\" IS NULL THEN 0 ELSE 1 END) = 1"));
        b.Property(x => x.Title).HasMaxLength(200);
        b.Property(x => x.FileName).HasMaxLength(200);
        b.Property(x => x.StoredName).HasMaxLength(50);
        b.Property(x => x.ContentType).HasMaxLength(100);
        b.Property(x => x.UploadedBy).HasMaxLength(256);
        b.HasOne<Training.TrainingCourse>().WithMany().HasForeignKey(x => x.CourseId).OnDelete(DeleteBehavior.Cascade);
        b.HasOne<Support.SupportRecord>().WithMany().HasForeignKey(x => x.SupportRecordId).OnDelete(DeleteBehavior.Cascade);
        b.HasOne<Inspections.Inspection>().WithMany().HasForeignKey(x => x.InspectionId).OnDelete(DeleteBehavior.Cascade);
        b.HasOne<Evaluation.Advisory.AdvisoryRecord>().WithMany().HasForeignKey(x => x.AdvisoryRecordId).OnDelete(DeleteBehavior.Cascade);
    }
}
