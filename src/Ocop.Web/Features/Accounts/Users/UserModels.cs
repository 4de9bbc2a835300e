namespace Ocop.Web.Features.Accounts.Users;

public enum UserStatus
{
    /// <summary>Made by an officer; the invitation's link has not been used yet (no password).</summary>
    Invited = 1,
    Active = 2,
    Disabled = 3,
}

/// <summary>Filters of the account list; NotSignedInDays keeps accounts not signed in for that many days (never included).</summary>
public sealed record UserQuery(
    string? Q = null, string? Role = null, string? Province = null, string? Commune = null, UserStatus? Status = null,
    int? NotSignedInDays = null, int? Page = null, int? PageSize = null);

public sealed record UserListItem(
    string Id, string Email, string? DisplayName, string Role, string? ProvinceCode, string? CommuneCode, string? CommuneName,
    int? ProducerId, string? ProducerName, string? Organisation, UserStatus Status, DateTime? LastSignInAt, DateTime? CreatedAt);

/// <summary>An account as its managers see it, with its history.</summary>
public sealed record UserDetails(
    UserListItem User, string? Phone, string? CouncilBody, string Language, bool TwoFactorEnabled, int OpenSessions,
    DateTime? InvitationExpiresAt, IReadOnlyList<UserHistoryItem> History);

public sealed record UserHistoryItem(DateTime At, string Action, string? By, string Changes);

/// <summary>A new account (an invitation) or the change of one; every field as the form sends it.</summary>
public sealed class UserInput
{
    public string? Email { get; set; }
    public string? DisplayName { get; set; }
    public string? Phone { get; set; }
    public string? Role { get; set; }
    public string? ProvinceCode { get; set; }
    public string? CommuneCode { get; set; }
    public int? ProducerId { get; set; }
    public string? Organisation { get; set; }
    public string? CouncilBody { get; set; }
    /// <summary>"vi" (default) or "en": the language of the invitation and later mail.</summary>
    public string? Language { get; set; }
}
