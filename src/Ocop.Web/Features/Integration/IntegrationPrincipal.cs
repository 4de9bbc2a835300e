using System.Globalization;
using System.Security.Claims;
using Ocop.Web.Features.Accounts;

namespace Ocop.Web.Features.Integration;

/// <summary>
/// Who a call made with an integration token is: a province officer of the token's province (so every scope rule
/// that holds for officers holds for it), named after the token for the audit trail, with its access level.
/// </summary>
public static class IntegrationPrincipal
{
    public const string TokenClaim = "ocop:integration-token";
    public const string AccessClaim = "ocop:token-access";

    public static ClaimsPrincipal For(IntegrationCaller caller, string scheme)
    {
        var identity = new ClaimsIdentity(
            [
                new Claim(ClaimTypes.Name, $"api:{caller.Name}"),
                new Claim(ClaimTypes.Role, Roles.ProvinceOfficer),
                new Claim(OcopClaims.Province, caller.ProvinceCode),
                new Claim(OcopClaims.DisplayName, caller.Name),
                new Claim(TokenClaim, caller.TokenId.ToString(CultureInfo.InvariantCulture)),
                new Claim(AccessClaim, caller.Access.ToString()),
            ],
            scheme, ClaimTypes.Name, ClaimTypes.Role);
        return new ClaimsPrincipal(identity);
    }

    /// <summary>The integration token's id, when the caller is one.</summary>
    public static string? TokenId(ClaimsPrincipal user) => user.FindFirstValue(TokenClaim);

    public static bool IsReadOnly(ClaimsPrincipal user) => user.FindFirstValue(AccessClaim) == nameof(TokenAccess.Read);
}
