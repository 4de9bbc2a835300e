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
