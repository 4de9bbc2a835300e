using Microsoft.EntityFrameworkCore;
using Ocop.Web.Data;
using Ocop.Web.Features.Accounts;
using Ocop.Web.Features.Accounts.ApiTokens;
using Ocop.Web.Infrastructure;

namespace Ocop.Web.Features.Integration;

public sealed record NewIntegrationToken(string? Name, string? ProvinceCode, TokenAccess? Access, int? ValidDays);

/// <summary>The secret appears only in this answer; it cannot be read again.</summary>
public sealed record CreatedIntegrationToken(int Id, string Name, string ProvinceCode, TokenAccess Access, string Token, DateTime ExpiresAt);

public sealed record IntegrationTokenItem(
    int Id, string Name, string ProvinceCode, string ProvinceName, TokenAccess Access, string Prefix,
    DateTime CreatedAt, string CreatedBy, DateTime ExpiresAt, DateTime? LastUsedAt, DateTime? RevokedAt, string? RevokedBy)
{
    public bool IsActive(DateTime now) => RevokedAt is null && ExpiresAt > now;
}

/// <summary>A live token found by its secret: who the caller is and what it may do.</summary>
public sealed record IntegrationCaller(int TokenId, string Name, string ProvinceCode, TokenAccess Access);

/// <summary>
/// Integration tokens, administered by the national administrator (any province) and by province-level officers
/// (their own province). Commune officers, producers and other systems (tokens) cannot administer them.
/// </summary>
public sealed class IntegrationTokenService(OcopDbContext db, TimeProvider clock)
{
    public const string SecretPrefix = "ocopk_";
    public const int MaxValidDays = ApiTokenService.MaxValidDays;
    public const int DefaultValidDays = ApiTokenService.MaxValidDays;

    public static bool MayAdminister(UserScope scope) =>
        scope.IsNational || scope is { IsOfficer: true, CommuneCode: null, ProvinceCode: not null };

    public async Task<ServiceResult<CreatedIntegrationToken>> CreateAsync(UserScope admin, NewIntegrationToken input, CancellationToken ct = default)
    {
        if (!MayAdminister(admin))
        {
            return ServiceResult<CreatedIntegrationToken>.NotFound();
        }

        var errors = new ValidationErrors();
        TextRules.RequireName(errors, nameof(NewIntegrationToken.Name), input.Name, 100);
        var province = Programme.TargetService.ProvinceFor(admin, TextRules.Clean(input.ProvinceCode));
        if (province is null || !await db.Provinces.AnyAsync(p => p.Code == province, ct))
        {
            errors.Add(nameof(NewIntegrationToken.ProvinceCode), "Validation.IntegrationToken.Province");
        }

        if (input.Access is not { } access || !Enum.IsDefined(access))
        {
            errors.Add(nameof(NewIntegrationToken.Access), "Validation.IntegrationToken.Access");
        }

        var days = input.ValidDays ?? DefaultValidDays;
        if (days is < 1 or > MaxValidDays)
        {
            errors.Add(nameof(NewIntegrationToken.ValidDays), "Validation.Token.ValidDays");
        }

        if (errors.Any)
        {
            return ServiceResult<CreatedIntegrationToken>.Invalid(errors.ToDictionary());
        }

        var secret = TokenSecrets.New(SecretPrefix);
        var now = clock.GetUtcNow().UtcDateTime;
        var token = new IntegrationToken
        {
            Name = TextRules.Clean(input.Name)!, ProvinceCode = province!, Access = input.Access!.Value,
            Prefix = TokenSecrets.PrefixOf(secret, SecretPrefix), Hash = TokenSecrets.HashOf(secret),
            CreatedAt = now, CreatedBy = admin.UserName ?? "?", ExpiresAt = now.AddDays(days),
        };
        db.IntegrationTokens.Add(token);
        await db.SaveChangesAsync(ct);
        return ServiceResult<CreatedIntegrationToken>.Ok(
            new CreatedIntegrationToken(token.Id, token.Name, token.ProvinceCode, token.Access, secret, token.ExpiresAt));
    }

    /// <summary>The tokens the administrator may see, newest first; the national administrator may narrow to a province.</summary>
    public async Task<IReadOnlyList<IntegrationTokenItem>> ListAsync(UserScope admin, string? province, CancellationToken ct = default)
    {
        if (!MayAdminister(admin))
        {
            return [];
        }

        var visible = Visible(admin);
        if (admin.IsNational && TextRules.Clean(province) is { } asked)
        {
            visible = visible.Where(t => t.ProvinceCode == asked);
        }

        return await visible
            .OrderByDescending(t => t.CreatedAt).ThenByDescending(t => t.Id)
            .Select(t => new IntegrationTokenItem(
                t.Id, t.Name, t.ProvinceCode, db.Provinces.Where(p => p.Code == t.ProvinceCode).Select(p => p.Name).First(), t.Access, t.Prefix,
                t.CreatedAt, t.CreatedBy, t.ExpiresAt, t.LastUsedAt, t.RevokedAt, t.RevokedBy))
            .ToListAsync(ct);
    }

    /// <summary>Revokes a token the administrator may see; revoking twice is harmless (the first date stays).</summary>
    public async Task<IntegrationTokenItem?> RevokeAsync(UserScope admin, int id, CancellationToken ct = default)
    {
        var token = MayAdminister(admin) ? await Visible(admin).AsTracking().FirstOrDefaultAsync(t => t.Id == id, ct) : null;
        if (token is null)
        {
            return null;
        }

        if (token.RevokedAt is null)
        {
            token.RevokedAt = clock.GetUtcNow().UtcDateTime;
            token.RevokedBy = admin.UserName;
            await db.SaveChangesAsync(ct);
        }

        return (await ListAsync(admin, null, ct)).Single(t => t.Id == id);
    }

    /// <summary>The live token with this secret, or null (unknown, revoked or expired). Notes when it was last used.</summary>
    public async Task<IntegrationCaller?> CallerForAsync(string secret, CancellationToken ct = default)
    {
        if (!IsIntegrationSecret(secret) || secret.Length > 100)
        {
            return null;
        }

        var hash = TokenSecrets.HashOf(secret);
        var now = clock.GetUtcNow().UtcDateTime;
        var token = await db.IntegrationTokens.AsNoTracking()
            .Where(t => t.Hash == hash && t.RevokedAt == null && t.ExpiresAt > now)
            .Select(t => new { t.Id, t.Name, t.ProvinceCode, t.Access, t.LastUsedAt })
            .FirstOrDefaultAsync(ct);
        if (token is null)
        {
            return null;
        }

        if (TokenSecrets.ShouldNoteUse(token.LastUsedAt, now))
        {
            await db.IntegrationTokens.Where(t => t.Id == token.Id).ExecuteUpdateAsync(s => s.SetProperty(t => t.LastUsedAt, now), ct);
        }

        return new IntegrationCaller(token.Id, token.Name, token.ProvinceCode, token.Access);
    }

    public static bool IsIntegrationSecret(string secret) => secret.StartsWith(SecretPrefix, StringComparison.Ordinal);

    private IQueryable<IntegrationToken> Visible(UserScope admin) =>
        admin.IsNational ? db.IntegrationTokens.AsNoTracking() : db.IntegrationTokens.AsNoTracking().Where(t => t.ProvinceCode == admin.ProvinceCode);
}
