using System.Security.Claims;
using System.Security.Cryptography;
using Microsoft.EntityFrameworkCore;
using Ocop.Web.Data;

namespace Ocop.Web.Features.Accounts.Sessions;

/// <summary>Starts, checks and ends server-side sessions.</summary>
public sealed class SessionService(OcopDbContext db, TimeProvider clock)
{
    public const string Claim = "ocop:sid";

    /// <summary>How often a session's "last seen" is written: on every request it would turn each page view into a write.</summary>
    private static readonly TimeSpan SeenGranularity = TimeSpan.FromMinutes(5);

    public async Task<string> StartAsync(string userId, string? client, CancellationToken ct = default)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var session = new UserSession
        {
            Id = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(16)), UserId = userId, CreatedAt = now, LastSeenAt = now,
            Client = client is { Length: > 200 } ? client[..200] : client,
        };
        db.UserSessions.Add(session);
        await db.Users.Where(u => u.Id == userId).ExecuteUpdateAsync(s => s.SetProperty(u => u.LastSignInAt, now), ct);
        await db.SaveChangesAsync(ct);
        return session.Id;
    }

    /// <summary>Whether the principal's session is still open and its account enabled; notes that it was seen.</summary>
    public async Task<bool> IsLiveAsync(ClaimsPrincipal principal, CancellationToken ct = default)
    {
        var id = principal.FindFirstValue(Claim);
        var userId = principal.FindFirstValue(ClaimTypes.NameIdentifier);
        if (id is null || userId is null)
        {
            return false;
        }

        var session = await db.UserSessions
            .Where(s => s.Id == id && s.UserId == userId && s.EndedAt == null)
            .Select(s => new { s.LastSeenAt, Disabled = db.Users.Where(u => u.Id == s.UserId).Select(u => u.IsDisabled).FirstOrDefault() })
            .FirstOrDefaultAsync(ct);
        if (session is null || session.Disabled)
        {
            return false;
        }

        var now = clock.GetUtcNow().UtcDateTime;
        if (now - session.LastSeenAt > SeenGranularity)
        {
            await db.UserSessions.Where(s => s.Id == id).ExecuteUpdateAsync(s => s.SetProperty(x => x.LastSeenAt, now), ct);
        }

        return true;
    }

    public async Task EndAsync(ClaimsPrincipal principal, CancellationToken ct = default)
    {
        if (principal.FindFirstValue(Claim) is { } id)
        {
            var now = clock.GetUtcNow().UtcDateTime;
            await db.UserSessions.Where(s => s.Id == id && s.EndedAt == null).ExecuteUpdateAsync(s => s.SetProperty(x => x.EndedAt, now), ct);
        }
    }

    /// <summary>Ends every open session of the user (sign out everywhere, disabled account, new role or password).</summary>
    public async Task<int> EndAllAsync(string userId, CancellationToken ct = default)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        return await db.UserSessions.Where(s => s.UserId == userId && s.EndedAt == null).ExecuteUpdateAsync(s => s.SetProperty(x => x.EndedAt, now), ct);
    }

    public async Task<int> OpenCountAsync(string userId, CancellationToken ct = default) =>
        await db.UserSessions.CountAsync(s => s.UserId == userId && s.EndedAt == null, ct);
}
