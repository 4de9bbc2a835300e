using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Ocop.Web.Features.Audit;
using Ocop.Web.Features.Producers;

namespace Ocop.Web.Features.Onboarding;

public enum JoinRequestStatus
{
    /// <summary>Sent, e-mail not yet confirmed: officers never see it; it lapses after 48 hours.</summary>
    Unconfirmed = 0,
    /// <summary>Confirmed: waiting for the commune's or province's officers.</summary>
    Waiting = 1,
    Approved = 2,
    Refused = 3,
}

/// <summary>
/// A household, cooperative or enterprise asking to join OCOP with a product in mind. Approving makes (or links) the
/// producer record and invites its account; refusing tells the applicant why.
/// </summary>
public sealed class JoinRequest : IAuditedEntity
{
    public int Id { get; set; }
    public ProducerType Kind { get; set; }
    public required string Name { get; set; }
    public string? TaxCode { get; set; }
    public required string CommuneCode { get; set; }
    public required string ProvinceCode { get; set; }
    public string? AddressLine { get; set; }
    public required string ContactName { get; set; }
    public required string Email { get; set; }
    public string? Phone { get; set; }
    public required string ProductName { get; set; }
    public string? ProductDescription { get; set; }
    /// <summary>"vi" or "en": the language the applicant wrote in, and of every mail they get.</summary>
    public string Language { get; set; } = "vi";
    public JoinRequestStatus Status { get; set; }
    /// <summary>SHA-256 of the confirmation link's secret.</summary>
    public required string TokenHash { get; set; }
    public DateTime? ConfirmedAt { get; set; }
    public DateTime? DecidedAt { get; set; }
    public string? DecidedBy { get; set; }
    public string? RefusalReason { get; set; }
    /// <summary>The producer record made or linked on approval.</summary>
    public int? ProducerId { get; set; }
    public DateTime CreatedAt { get; set; }
    public string? CreatedBy { get; set; }
    public DateTime UpdatedAt { get; set; }
    public string? UpdatedBy { get; set; }
    public int Version { get; set; }
}

internal sealed class JoinRequestConfiguration : IEntityTypeConfiguration<JoinRequest>
{
    public void Configure(EntityTypeBuilder<JoinRequest> b)
    {
        b.Property(x => x.Name).HasMaxLength(200);
        b.Property(x => x.TaxCode).HasMaxLength(13);
        b.Property(x => x.CommuneCode).HasMaxLength(5);
        b.Property(x => x.ProvinceCode).HasMaxLength(2);
        b.Property(x => x.AddressLine).HasMaxLength(300);
        b.Property(x => x.ContactName).HasMaxLength(200);
        b.Property(x => x.Email).HasMaxLength(256);
        b.Property(x => x.Phone).HasMaxLength(30);
        b.Property(x => x.ProductName).HasMaxLength(200);
        b.Property(x => x.ProductDescription).HasMaxLength(2000);
        b.Property(x => x.Language).HasMaxLength(5);
        b.Property(x => x.TokenHash).HasMaxLength(64);
        b.Property(x => x.DecidedBy).HasMaxLength(256);
        b.Property(x => x.RefusalReason).HasMaxLength(1000);
        b.Property(x => x.Version).IsConcurrencyToken();
        b.HasIndex(x => x.TokenHash).IsUnique();
        b.HasIndex(x => new { x.ProvinceCode, x.Status });
        b.HasOne<Features.AdminUnits.Commune>().WithMany().HasForeignKey(x => x.CommuneCode).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<Producer>().WithMany().HasForeignKey(x => x.ProducerId).OnDelete(DeleteBehavior.Restrict);
    }
}
