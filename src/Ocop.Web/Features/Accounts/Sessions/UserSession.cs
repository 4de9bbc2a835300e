using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Ocop.Web.Features.Accounts.Sessions;

/// <summary>
/// A signed-in browser. The cookie carries only this row's id (claim ocop:sid); every request checks the row, so
/// signing out, "sign out everywhere", a change of role or a disabled account ends the session on the server at once,
/// whichever node answers.
/// </summary>
public sealed class UserSession
{
    /// <summary>128 random bits, hex.</summary>
    public required string Id { get; set; }
    public required string UserId { get; set; }
    public DateTime CreatedAt { get; set; }
    public DateTime LastSeenAt { get; set; }
    public DateTime? EndedAt { get; set; }
    /// <summary>The browser, as its User-Agent names it (shortened), so the user can tell sessions apart.</summary>
    public string? Client { get; set; }
}

internal sealed class UserSessionConfiguration : IEntityTypeConfiguration<UserSession>
{
    public void Configure(EntityTypeBuilder<UserSession> b)
    {
        b.Property(x => x.Id).HasMaxLength(32);
        b.Property(x => x.UserId).HasMaxLength(450);
        b.Property(x => x.Client).HasMaxLength(200);
        b.HasIndex(x => x.UserId);
        b.HasOne<OcopUser>().WithMany().HasForeignKey(x => x.UserId).OnDelete(DeleteBehavior.Cascade);
    }
}
