using Microsoft.EntityFrameworkCore;
using Ocop.Web.Data;
using Ocop.Web.Features.Accounts.Links;
using Ocop.Web.Infrastructure;

namespace Ocop.Web.Features.Accounts.Users;

/// <summary>Lists and reads the accounts a manager covers; others are answered as not found.</summary>
public sealed class UserDirectory(OcopDbContext db, TimeProvider clock)
{
    /// <summary>An account with what the list shows, computed in the database so filters and paging run there.</summary>
    private sealed class Row
    {
        public required OcopUser User { get; init; }
        public string? Role { get; init; }
        public string? Province { get; init; }
        public string? CommuneName { get; init; }
        public string? ProducerName { get; init; }
    }

    private IQueryable<Row> Rows() =>
        db.Users.AsNoTracking().Select(u => new Row
        {
            User = u,
            Role = db.UserRoles.Where(r => r.UserId == u.Id).Join(db.Roles, r => r.RoleId, r => r.Id, (_, r) => r.Name).FirstOrDefault(),
            Province = u.ProvinceCode
                ?? db.Communes.Where(c => c.Code == u.CommuneCode).Select(c => c.ProvinceCode).FirstOrDefault()
                ?? db.Producers.IgnoreQueryFilters().Where(p => p.Id == u.ProducerId).Select(p => p.ProvinceCode).FirstOrDefault(),
            CommuneName = db.Communes.Where(c => c.Code == u.CommuneCode).Select(c => c.Name).FirstOrDefault(),
            ProducerName = db.Producers.IgnoreQueryFilters().Where(p => p.Id == u.ProducerId).Select(p => p.Name).FirstOrDefault(),
        });

    /// <summary>Only the rows the manager covers (see <see cref="UserGrants.Covers"/>), as a query.</summary>
    private IQueryable<Row> Covered(UserScope manager)
    {
        if (manager.IsNational)
        {
            return Rows();
        }

        if (!UserGrants.IsManager(manager))
        {
            return Rows().Where(_ => false);
        }

        var grantable = UserGrants.ProvinceGrantable;
        return Rows().Where(r => r.Province == manager.ProvinceCode && grantable.Contains(r.Role!));
    }

    public async Task<PagedResult<UserListItem>> ListAsync(UserQuery query, UserScope manager, CancellationToken ct = default)
    {
        var rows = Covered(manager);
        if (TextRules.Clean(query.Q) is { } q)
        {
            var pattern = "%" + q.ToUpperInvariant().Replace("%", "", StringComparison.Ordinal) + "%";
            rows = rows.Where(r => EF.Functions.Like(r.User.NormalizedEmail!, pattern) || EF.Functions.Like(r.User.DisplayName!.ToUpper(), pattern));
        }

        if (TextRules.Clean(query.Role) is { } role)
        {
            rows = rows.Where(r => r.Role == role);
        }

        if (TextRules.Clean(query.Province) is { } province)
        {
            rows = rows.Where(r => r.Province == province);
        }

        if (TextRules.Clean(query.Commune) is { } commune)
        {
            rows = rows.Where(r => r.User.CommuneCode == commune);
        }

        var wanted = query.Status;
        rows = wanted switch
        {
            UserStatus.Disabled => rows.Where(r => r.User.IsDisabled),
            UserStatus.Invited => rows.Where(r => !r.User.IsDisabled && r.User.PasswordHash == null),
            UserStatus.Active => rows.Where(r => !r.User.IsDisabled && r.User.PasswordHash != null),
            _ => rows,
        };
        if (query.NotSignedInDays is > 0 and var days)
        {
            var since = clock.GetUtcNow().UtcDateTime.AddDays(-days);
            rows = rows.Where(r => r.User.LastSignInAt == null || r.User.LastSignInAt < since);
        }

        var paging = Paging.From(query.Page, query.PageSize);
        var total = await rows.CountAsync(ct);
        var page = await rows.OrderBy(r => r.User.NormalizedEmail).Skip(paging.Skip).Take(paging.PageSize).ToListAsync(ct);
        return new PagedResult<UserListItem>(page.Select(Item).ToList(), paging.Page, paging.PageSize, total);
    }

    /// <summary>The account when the manager covers it, else null.</summary>
    public async Task<UserDetails?> GetAsync(string id, UserScope manager, CancellationToken ct = default)
    {
        var row = await Covered(manager).FirstOrDefaultAsync(r => r.User.Id == id, ct);
        if (row is null)
        {
            return null;
        }

        var now = clock.GetUtcNow().UtcDateTime;
        var invitation = await db.AccountLinks.Where(l => l.UserId == id && l.Purpose == AccountLinkPurpose.Invitation
                && l.UsedAt == null && l.RevokedAt == null && l.ExpiresAt > now)
            .OrderByDescending(l => l.ExpiresAt).Select(l => (DateTime?)l.ExpiresAt).FirstOrDefaultAsync(ct);
        var sessions = await db.UserSessions.CountAsync(s => s.UserId == id && s.EndedAt == null, ct);
        var history = await db.AuditEntries.AsNoTracking().Where(a => a.EntityType == UserAudit.EntityType && a.EntityId == id)
            .OrderByDescending(a => a.Id).Select(a => new UserHistoryItem(a.At, a.Action, a.UserName, a.Changes)).ToListAsync(ct);
        var user = row.User;
        return new UserDetails(Item(row), user.PhoneNumber, user.CouncilBody, user.Language, user.TwoFactorEnabled, sessions, invitation, history);
    }

    /// <summary>Whether the manager covers the account (for commands, which load it tracked).</summary>
    public Task<bool> CoversAsync(string id, UserScope manager, CancellationToken ct = default) =>
        Covered(manager).AnyAsync(r => r.User.Id == id, ct);

    private static UserListItem Item(Row r) => new(
        r.User.Id, r.User.Email!, r.User.DisplayName, r.Role ?? string.Empty, r.Province, r.User.CommuneCode, r.CommuneName,
        r.User.ProducerId, r.ProducerName, r.User.Organisation,
        r.User.IsDisabled ? UserStatus.Disabled : r.User.PasswordHash is null ? UserStatus.Invited : UserStatus.Active,
        r.User.LastSignInAt, r.User.CreatedAt);
}
