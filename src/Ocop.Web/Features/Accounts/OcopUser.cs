using Microsoft.AspNetCore.Identity;

namespace Ocop.Web.Features.Accounts;

/// <summary>
/// An account. Which records it may see follows from its role and the unit it is bound to:
/// a province officer to ProvinceCode, a commune officer to CommuneCode, a producer to ProducerId.
/// </summary>
public sealed class OcopUser : IdentityUser
{
    public string? DisplayName { get; set; }
    public string? ProvinceCode { get; set; }
    public string? CommuneCode { get; set; }
    public int? ProducerId { get; set; }
    /// <summary>Turned off by an officer: its sessions and API tokens stop at once and it cannot sign in.</summary>
    public bool IsDisabled { get; set; }
    public DateTime? CreatedAt { get; set; }
    public DateTime? LastSignInAt { get; set; }
    /// <summary>The body a council member represents (a department, or "invited expert"), shown when seating councils.</summary>
    public string? Organisation { get; set; }
    /// <summary>The code of that body under the council rules (e.g. "so-ct"), which seating reads when none is given.</summary>
    public string? CouncilBody { get; set; }
    /// <summary>"vi" or "en": the language of the mail the platform sends to this account.</summary>
    public string Language { get; set; } = "vi";
}

public static class Roles
{
    public const string NationalAdmin = "NationalAdmin";
    public const string ProvinceOfficer = "ProvinceOfficer";
    public const string CommuneOfficer = "CommuneOfficer";
    public const string CouncilMember = "CouncilMember";
    public const string Producer = "Producer";

    public static readonly string[] All = [NationalAdmin, ProvinceOfficer, CommuneOfficer, CouncilMember, Producer];
    public static readonly string[] Officers = [NationalAdmin, ProvinceOfficer, CommuneOfficer];
}

public static class OcopClaims
{
    public const string Province = "ocop:province";
    public const string Commune = "ocop:commune";
    public const string Producer = "ocop:producer";
    public const string DisplayName = "ocop:name";
}
