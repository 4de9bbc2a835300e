using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Ocop.Web.Features.Integration;

/// <summary>What an integration token may do: read (GET only) or also write.</summary>
public enum TokenAccess
{
    Read,
    Write,
}

/// <summary>
/// A token another system (the national OCOP system, an e-commerce platform, a provincial portal) uses to call the
/// API for one province. Unlike a personal token it belongs to the province, not to a person: it outlives the
/// administrator who created it, and carries a province officer's rights there, read-only or read-write.
/// Only a SHA-256 hash of the secret is stored; the secret is shown once.
/// </summary>
public sealed class IntegrationToken
{
    public int Id { get; set; }
    /// <summary>Which system uses it ("Sàn Postmart", "Hệ thống OCOP quốc gia").</summary>
    public required string Name { get; set; }
    public required string ProvinceCode { get; set; }
    public TokenAccess Access { get; set; }
    /// <summary>The first characters of the secret, so administrators can tell tokens apart.</summary>
    public required string Prefix { get; set; }
    /// <summary>Lower-case hex SHA-256 of the whole secret.</summary>
    public required string Hash { get; set; }
    public DateTime CreatedAt { get; set; }
    /// <summary>User name of the administrator who created it (kept as text: the account may go, the token stays).</summary>
    public required string CreatedBy { get; set; }
    public DateTime ExpiresAt { get; set; }
    public DateTime? LastUsedAt { get; set; }
    public DateTime? RevokedAt { get; set; }
    public string? RevokedBy { get; set; }
}

internal sealed class IntegrationTokenConfiguration : IEntityTypeConfiguration<IntegrationToken>
{
    public void Configure(EntityTypeBuilder<IntegrationToken> b)
    {
        b.Property(x => x.Name).HasMaxLength(100);
        b.Property(x => x.ProvinceCode).HasMaxLength(2);
        b.Property(x => x.Access).HasConversion<string>().HasMaxLength(10);
        b.Property(x => x.Prefix).HasMaxLength(16);
        b.Property(x => x.Hash).HasMaxLength(64);
        b.Property(x => x.CreatedBy).HasMaxLength(256);
        b.Property(x => x.RevokedBy).HasMaxLength(256);
        b.HasIndex(x => x.Hash).IsUnique();
        b.HasIndex(x => x.ProvinceCode);
        b.HasOne<AdminUnits.Province>().WithMany().HasForeignKey(x => x.ProvinceCode).OnDelete(DeleteBehavior.Restrict);
    }
}
