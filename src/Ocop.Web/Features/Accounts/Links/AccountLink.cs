using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Ocop.Web.Features.Accounts.Links;

public enum AccountLinkPurpose
{
    /// <summary>Sets the first password of an account an officer made (72 hours).</summary>
    Invitation = 1,
    /// <summary>Sets a new password after "forgot password" or an officer's reset (2 hours).</summary>
    PasswordReset = 2,
    /// <summary>Confirms a new e-mail address, sent to that address (24 hours).</summary>
    EmailChange = 3,
}

/// <summary>
/// A single-use link mailed to a user. Only a SHA-256 hash of its secret is kept, so the table cannot be used to
/// sign in; keeping the row (rather than a signed token) is what lets the page tell "expired", "used" and "withdrawn"
/// apart, and lets an officer withdraw a link.
/// </summary>
public sealed class AccountLink
{
    public int Id { get; set; }
    public required string UserId { get; set; }
    public AccountLinkPurpose Purpose { get; set; }
    public required string Hash { get; set; }
    public DateTime CreatedAt { get; set; }
    public DateTime ExpiresAt { get; set; }
    public DateTime? UsedAt { get; set; }
    /// <summary>Withdrawn: replaced by a newer link of the same purpose, or the account was disabled.</summary>
    public DateTime? RevokedAt { get; set; }
    /// <summary>For an e-mail change: the address being confirmed.</summary>
    public string? NewEmail { get; set; }
}

internal sealed class AccountLinkConfiguration : IEntityTypeConfiguration<AccountLink>
{
    public void Configure(EntityTypeBuilder<AccountLink> b)
    {
        b.Property(x => x.UserId).HasMaxLength(450);
        b.Property(x => x.Hash).HasMaxLength(64);
        b.Property(x => x.NewEmail).HasMaxLength(256);
        b.HasIndex(x => x.Hash).IsUnique();
        b.HasIndex(x => new { x.UserId, x.Purpose });
        b.HasOne<OcopUser>().WithMany().HasForeignKey(x => x.UserId).OnDelete(DeleteBehavior.Cascade);
    }
}
