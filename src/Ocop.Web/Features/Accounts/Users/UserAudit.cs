using System.Text.Json;
using Ocop.Web.Data;
using Ocop.Web.Features.Audit;

namespace Ocop.Web.Features.Accounts.Users;

/// <summary>
/// The trail of what managers did to accounts. Accounts are Identity's rows (string ids, not audited entities), so their
/// entries are written here, in the same save as the change.
/// </summary>
internal static class UserAudit
{
    public const string EntityType = "User";

    public static void Add(OcopDbContext db, string userId, string action, UserScope by, DateTime at, object changes) =>
        db.AuditEntries.Add(new AuditEntry
        {
            EntityType = EntityType, EntityId = userId, Action = action, At = at, UserId = by.UserId, UserName = by.UserName,
            Changes = JsonSerializer.Serialize(changes),
        });
}

public static class UserActions
{
    public const string Invited = "Invited";
    public const string Changed = "Changed";
    public const string Disabled = "Disabled";
    public const string Enabled = "Enabled";
    public const string InvitationSent = "InvitationSent";
    public const string ResetSent = "ResetSent";
}
