using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Ocop.Web.Features.Traceability;

/// <summary>
/// A document of a lot shown on its public page: a test result, a certification, an inspection report
/// (PDF, JPEG or PNG). The file sits under the data folder (uploads/lots/{lotId}/) with a server-chosen name.
/// </summary>
public sealed class LotDocument
{
    public int Id { get; set; }
    public int LotId { get; set; }
    public required string Title { get; set; }
    public required string FileName { get; set; }
    public required string StoredName { get; set; }
    public required string ContentType { get; set; }
    public long Length { get; set; }
    public DateTime UploadedAt { get; set; }
    public string? UploadedBy { get; set; }
}

internal sealed class LotDocumentConfiguration : IEntityTypeConfiguration<LotDocument>
{
    public void Configure(EntityTypeBuilder<LotDocument> b)
    {
        b.Property(x => x.Title).HasMaxLength(200);
        b.Property(x => x.FileName).HasMaxLength(200);
        b.Property(x => x.StoredName).HasMaxLength(100);
        b.Property(x => x.ContentType).HasMaxLength(100);
        b.Property(x => x.UploadedBy).HasMaxLength(256);
        b.HasOne<ProductLot>().WithMany().HasForeignKey(x => x.LotId).OnDelete(DeleteBehavior.Cascade);
        b.HasIndex(x => x.LotId);
    }
}
