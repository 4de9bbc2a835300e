using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Ocop.Web.Features.Audit;

namespace Ocop.Web.Features.Products.Showcase;

/// <summary>Where a promotion video lives: the two hosts the producers use (the seed articles name TikTok).</summary>
public enum VideoHost
{
    YouTube,
    TikTok,
}

/// <summary>
/// A promotion video the producer added to the product's public page: the host and the video's id, read from the
/// address they pasted (<see cref="VideoLink"/>), so the page embeds only the host's own player and never an arbitrary
/// address. Kept by the product's producer and the officers of its area. Audited.
/// </summary>
public sealed class ProductVideo : IAuditedEntity
{
    public int Id { get; set; }
    public int ProductId { get; set; }
    public Product? Product { get; set; }
    public VideoHost Host { get; set; }
    public required string VideoId { get; set; }
    /// <summary>The address as the producer gave it, linked under the player (works without the embedded player too).</summary>
    public required string Url { get; set; }
    public string? Caption { get; set; }
    public DateTime CreatedAt { get; set; }
    public string? CreatedBy { get; set; }
    public DateTime UpdatedAt { get; set; }
    public string? UpdatedBy { get; set; }
    public int Version { get; set; }
}

internal sealed class ProductVideoConfiguration : IEntityTypeConfiguration<ProductVideo>
{
    public void Configure(EntityTypeBuilder<ProductVideo> b)
    {
        b.Property(x => x.Host).HasConversion<string>().HasMaxLength(20);
        b.Property(x => x.VideoId).HasMaxLength(40);
        b.Property(x => x.Url).HasMaxLength(500);
        b.Property(x => x.Caption).HasMaxLength(200);
        b.Property(x => x.CreatedBy).HasMaxLength(256);
        b.Property(x => x.UpdatedBy).HasMaxLength(256);
        b.Property(x => x.Version).IsConcurrencyToken();
        b.HasOne(x => x.Product).WithMany().HasForeignKey(x => x.ProductId).OnDelete(DeleteBehavior.Restrict);
        b.HasQueryFilter(x => !x.Product!.IsDeleted);
        b.HasIndex(x => new { x.ProductId, x.Host, x.VideoId }).IsUnique();
    }
}
