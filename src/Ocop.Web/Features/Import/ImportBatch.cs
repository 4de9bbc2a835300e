using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Ocop.Web.Features.AdminUnits;

namespace Ocop.Web.Features.Import;

public enum ImportStatus
{
    /// <summary>Uploaded, its columns mapped (guessed or chosen); nothing written to the registry yet.</summary>
    Uploaded,
    /// <summary>Written to the registry in one transaction.</summary>
    Imported,
}

/// <summary>An uploaded list kept until it is imported (the file itself, so preview and import read the same bytes).</summary>
public sealed class ImportBatch
{
    public int Id { get; set; }
    public required string ProvinceCode { get; set; }
    public required string FileName { get; set; }
    public required byte[] Content { get; set; }
    /// <summary>The column of each field, as JSON ({"ProducerName": 0, …}).</summary>
    public required string MappingJson { get; set; }
    public ImportStatus Status { get; set; }
    public DateTime UploadedAt { get; set; }
    public string? UploadedBy { get; set; }
    public DateTime? ImportedAt { get; set; }
    public string? ImportedBy { get; set; }
    /// <summary>What the import did: producers and products created and updated.</summary>
    public int ProducersCreated { get; set; }
    public int ProducersUpdated { get; set; }
    public int ProductsCreated { get; set; }
    public int ProductsUpdated { get; set; }
}

/// <summary>The mapping a province last chose for a given header row, offered again when the same layout comes back.</summary>
public sealed class ImportMapping
{
    public int Id { get; set; }
    public required string ProvinceCode { get; set; }
    /// <summary>SHA-256 (hex) of the folded header cells.</summary>
    public required string HeaderSignature { get; set; }
    public required string MappingJson { get; set; }
    public DateTime UpdatedAt { get; set; }
}

internal sealed class ImportBatchConfiguration : IEntityTypeConfiguration<ImportBatch>
{
    public void Configure(EntityTypeBuilder<ImportBatch> b)
    {
        b.Property(x => x.ProvinceCode).HasMaxLength(2);
        b.Property(x => x.FileName).HasMaxLength(200);
        b.Property(x => x.MappingJson).HasMaxLength(2000);
        b.Property(x => x.Status).HasConversion<string>().HasMaxLength(10);
        b.Property(x => x.UploadedBy).HasMaxLength(256);
        b.Property(x => x.ImportedBy).HasMaxLength(256);
        b.HasOne<Province>().WithMany().HasForeignKey(x => x.ProvinceCode).OnDelete(DeleteBehavior.Restrict);
        b.HasIndex(x => new { x.ProvinceCode, x.UploadedAt });
    }
}

internal sealed class ImportMappingConfiguration : IEntityTypeConfiguration<ImportMapping>
{
    public void Configure(EntityTypeBuilder<ImportMapping> b)
    {
        b.Property(x => x.ProvinceCode).HasMaxLength(2);
        b.Property(x => x.HeaderSignature).HasMaxLength(64);
        b.Property(x => x.MappingJson).HasMaxLength(2000);
        b.HasOne<Province>().WithMany().HasForeignKey(x => x.ProvinceCode).OnDelete(DeleteBehavior.Restrict);
        b.HasIndex(x => new { x.ProvinceCode, x.HeaderSignature }).IsUnique();
    }
}
