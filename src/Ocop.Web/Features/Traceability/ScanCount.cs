using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Ocop.Web.Features.Traceability;

/// <summary>
/// How many times a product (or one of its lots) was resolved on a day (Vietnam time), by link type
/// and language. Counts only: no IP address, user agent or anything else about the person scanning.
/// </summary>
public sealed class ScanCount
{
    public long Id { get; set; }
    public int ProductId { get; set; }
    /// <summary>The lot resolved, or 0 for the product itself (0 rather than null so the unique key works on both engines).</summary>
    public int LotId { get; set; }
    public DateOnly Day { get; set; }
    public required string LinkType { get; set; }
    public required string Language { get; set; }
    public long Count { get; set; }
}

internal sealed class ScanCountConfiguration : IEntityTypeConfiguration<ScanCount>
{
    public void Configure(EntityTypeBuilder<ScanCount> b)
    {
        b.Property(x => x.LinkType).HasMaxLength(40);
        b.Property(x => x.Language).HasMaxLength(5);
        b.HasIndex(x => new { x.ProductId, x.LotId, x.Day, x.LinkType, x.Language }).IsUnique();
        b.HasIndex(x => x.Day);
    }
}
