using Microsoft.EntityFrameworkCore;
using Ocop.Web.Data;
using Ocop.Web.Features.Accounts.ApiTokens;

namespace Ocop.Web.Features.Accounts.Links;

public enum AccountLinkState
{
    Valid,
    Unknown,
    Expired,
    Used,
    Revoked,
}

/// <summary>What a link's page needs: its state, and for a usable one its account.</summary>
public sealed record AccountLinkCheck(AccountLinkState State, AccountLink? Link, OcopUser? User);

/// <summary>Issues, checks and spends single-use account links.</summary>
public sealed class AccountLinkService(OcopDbContext db, TimeProvider clock)
{
    public const string SecretPrefix = "l_";

    public static TimeSpan LifetimeOf(AccountLinkPurpose purpose) => purpose switch
    {
        AccountLinkPurpose.Invitation => TimeSpan.FromHours(72),
        AccountLinkPurpose.PasswordReset => TimeSpan.FromHours(2),
        _ => TimeSpan.FromHours(24),
    };

    /// <summary>A new link (its secret, to mail); earlier open links of the same purpose for the user are withdrawn.</summary>
    public async Task<string> IssueAsync(string userId, AccountLinkPurpose purpose, string? newEmail = null, CancellationToken ct = default)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        await RevokeOpenAsync(userId, purpose, ct);
        var secret = TokenSecrets.New(SecretPrefix);
        db.AccountLinks.Add(new AccountLink
        {
            UserId = userId, Purpose = purpose, Hash = TokenSecrets.HashOf(secret), CreatedAt = now,
            ExpiresAt = now + LifetimeOf(purpose), NewEmail = newEmail,
        });
        await db.SaveChangesAsync(ct);
        return secret;
    }

    /// <summary>Whether a link of this purpose went to the user within <paramref name="within"/> (a flood of "forgot password").</summary>
    public async Task<bool> IssuedWithinAsync(string userId, AccountLinkPurpose purpose, TimeSpan within, CancellationToken ct = default)
    {
        var since = clock.GetUtcNow().UtcDateTime - within;
        return await db.AccountLinks.AnyAsync(l => l.UserId == userId && l.Purpose == purpose && l.CreatedAt > since, ct);
    }

    /// <summary>Withdraws the user's open links of one purpose (or of every purpose) without saving them elsewhere.</summary>
    public async Task RevokeOpenAsync(string userId, AccountLinkPurpose? purpose, CancellationToken ct = default)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var open = await db.AccountLinks
            .Where(l => l.UserId == userId && (purpose == null || l.Purpose == purpose) && l.UsedAt == null && l.RevokedAt == null)
            .ToListAsync(ct);
        foreach (var link in open)
        {
            link.RevokedAt = now;
        }

        await db.SaveChangesAsync(ct);
    }

    public async Task<AccountLinkCheck> CheckAsync(string? secret, AccountLinkPurpose purpose, CancellationToken ct = default)
    {
        if (string.IsNullOrEmpty(secret) || !secret.StartsWith(SecretPrefix, StringComparison.Ordinal) || secret.Length > 100)
        {
            return new AccountLinkCheck(AccountLinkState.Unknown, null, null);
        }

        var hash = TokenSecrets.HashOf(secret);
        var link = await db.AccountLinks.FirstOrDefaultAsync(l => l.Hash == hash && l.Purpose == purpose, ct);
        if (link is null)
        {
            return new AccountLinkCheck(AccountLinkState.Unknown, null, null);
        }

        var user = await db.Users.FirstOrDefaultAsync(u => u.Id == link.UserId, ct);
        var state = link.UsedAt is not null ? AccountLinkState.Used
            : link.RevokedAt is not null || user is null || user.IsDisabled ? AccountLinkState.Revoked
            : link.ExpiresAt <= clock.GetUtcNow().UtcDateTime ? AccountLinkState.Expired
            : AccountLinkState.Valid;
        return new AccountLinkCheck(state, link, user);
    }

    /// <summary>
    /// Marks a valid link used, once: the update only matches while it is still unused, so two tabs (or two nodes)
    /// posting the same link cannot both spend it.
    /// </summary>
    public async Task<bool> SpendAsync(AccountLink link, CancellationToken ct = default)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var spent = await db.AccountLinks
            .Where(l => l.Id == link.Id && l.UsedAt == null && l.RevokedAt == null && l.ExpiresAt > now)
            .ExecuteUpdateAsync(s => s.SetProperty(l => l.UsedAt, now), ct);
        return spent == 1;
    }
}
