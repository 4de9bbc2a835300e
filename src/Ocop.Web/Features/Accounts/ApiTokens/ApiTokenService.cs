using Microsoft.EntityFrameworkCore;
using Ocop.Web.Data;
using Ocop.Web.Infrastructure;

namespace Ocop.Web.Features.Accounts.ApiTokens;

public sealed record NewApiToken(string? Name, int? ValidDays);

/// <summary>The secret appears only in this answer; it cannot be read again.</summary>
public sealed record CreatedApiToken(int Id, string Name, string Token, DateTime ExpiresAt);

public sealed record ApiTokenItem(int Id, string Name, string Prefix, DateTime CreatedAt, DateTime ExpiresAt, DateTime? LastUsedAt, DateTime? RevokedAt)
{
    public bool IsActive(DateTime now) => RevokedAt is null && ExpiresAt > now;
}

/// <summary>Creates, lists, revokes and checks personal API tokens.</summary>
public sealed class ApiTokenService(OcopDbContext db, TimeProvider clock)
{
    public const string SecretPrefix = "ocop_";
    public const int MaxValidDays = 365;
    public const int DefaultValidDays = 90;

    public async Task<ServiceResult<CreatedApiToken>> CreateAsync(string userId, NewApiToken input, CancellationToken ct = default)
    {
        var errors = new ValidationErrors();
        TextRules.RequireName(errors, nameof(NewApiToken.Name), input.Name, 100);
        var name = TextRules.Clean(input.Name);

        var days = input.ValidDays ?? DefaultValidDays;
        if (days is < 1 or > MaxValidDays)
        {
            errors.Add(nameof(NewApiToken.ValidDays), "Validation.Token.ValidDays");
        }

        if (errors.Any)
        {
            return ServiceResult<CreatedApiToken>.Invalid(errors.ToDictionary());
        }

        var secret = TokenSecrets.New(SecretPrefix);
        var now = clock.GetUtcNow().UtcDateTime;
        var token = new ApiToken
        {
            UserId = userId, Name = name!, Prefix = TokenSecrets.PrefixOf(secret, SecretPrefix), Hash = TokenSecrets.HashOf(secret),
            CreatedAt = now, ExpiresAt = now.AddDays(days),
        };
        db.ApiTokens.Add(token);
        await db.SaveChangesAsync(ct);
        return ServiceResult<CreatedApiToken>.Ok(new CreatedApiToken(token.Id, token.Name, secret, token.ExpiresAt));
    }

    public async Task<IReadOnlyList<ApiTokenItem>> ListAsync(string userId, CancellationToken ct = default) =>
        await db.ApiTokens.AsNoTracking()
            .Where(t => t.UserId == userId)
            .OrderByDescending(t => t.CreatedAt).ThenByDescending(t => t.Id)
            .Select(t => new ApiTokenItem(t.Id, t.Name, t.Prefix, t.CreatedAt, t.ExpiresAt, t.LastUsedAt, t.RevokedAt))
            .ToListAsync(ct);

    /// <summary>Revokes one of the user's own tokens; revoking twice is harmless.</summary>
    public async Task<bool> RevokeAsync(string userId, int tokenId, CancellationToken ct = default)
    {
        var token = await db.ApiTokens.FirstOrDefaultAsync(t => t.Id == tokenId && t.UserId == userId, ct);
        if (token is null)
        {
            return false;
        }

        token.RevokedAt ??= clock.GetUtcNow().UtcDateTime;
        await db.SaveChangesAsync(ct);
        return true;
    }

    /// <summary>The owner of a live token with this secret, or null (unknown, revoked or expired).</summary>
    public async Task<string?> UserForAsync(string secret, CancellationToken ct = default)
    {
        if (!secret.StartsWith(SecretPrefix, StringComparison.Ordinal) || secret.Length > 100)
        {
            return null;
        }

        var hash = TokenSecrets.HashOf(secret);
        var now = clock.GetUtcNow().UtcDateTime;
        var token = await db.ApiTokens.AsNoTracking()
            .Where(t => t.Hash == hash && t.RevokedAt == null && t.ExpiresAt > now)
            .Select(t => new { t.Id, t.UserId, t.LastUsedAt })
            .FirstOrDefaultAsync(ct);
        if (token is null)
        {
            return null;
        }

        if (TokenSecrets.ShouldNoteUse(token.LastUsedAt, now))
        {
            await db.ApiTokens.Where(t => t.Id == token.Id).ExecuteUpdateAsync(s => s.SetProperty(t => t.LastUsedAt, now), ct);
        }

        return token.UserId;
    }
}
