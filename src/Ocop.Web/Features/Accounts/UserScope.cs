using System.Globalization;
using System.Security.Claims;

namespace Ocop.Web.Features.Accounts;

/// <summary>
/// What part of the registry a signed-in user may see and change, read from their claims.
/// Anything outside it is answered as "not found", so nobody learns that it exists.
/// </summary>
public sealed record UserScope(
    bool IsNational,
    string? ProvinceCode,
    string? CommuneCode,
    int? ProducerId,
    bool IsOfficer,
    string? UserId,
    string? UserName)
{
    public static readonly UserScope Anonymous = new(false, null, null, null, false, null, null);

    public bool IsProducer => ProducerId is not null && !IsOfficer;
    public bool CanWrite => IsOfficer || IsProducer;

    public static UserScope From(ClaimsPrincipal user)
    {
        if (user.Identity?.IsAuthenticated != true)
        {
            return Anonymous;
        }

        var producer = user.FindFirstValue(OcopClaims.Producer);
        var isNational = user.IsInRole(Roles.NationalAdmin);
        var isOfficer = isNational || user.IsInRole(Roles.ProvinceOfficer) || user.IsInRole(Roles.CommuneOfficer);
        return new UserScope(
            isNational,
            user.FindFirstValue(OcopClaims.Province),
            user.FindFirstValue(OcopClaims.Commune),
            user.IsInRole(Roles.Producer) && int.TryParse(producer, CultureInfo.InvariantCulture, out var id) ? id : null,
            isOfficer,
            user.FindFirstValue(ClaimTypes.NameIdentifier),
            user.Identity.Name);
    }

    /// <summary>May this user manage records located in the given commune (of the given province)?</summary>
    public bool CoversLocation(string provinceCode, string communeCode)
    {
        if (IsNational)
        {
            return true;
        }

        if (!IsOfficer)
        {
            return false;
        }

        return CommuneCode is not null
            ? CommuneCode == communeCode
            : ProvinceCode is not null && ProvinceCode == provinceCode;
    }
}
