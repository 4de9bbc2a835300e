using System.Globalization;
using System.Security.Claims;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace Ocop.Web.Features.Accounts;

/// <summary>Puts the unit an account is bound to into its cookie, so scope checks need no lookup.</summary>
internal sealed class OcopClaimsFactory(
    UserManager<OcopUser> userManager,
    RoleManager<IdentityRole> roleManager,
    IOptions<IdentityOptions> options)
    : UserClaimsPrincipalFactory<OcopUser, IdentityRole>(userManager, roleManager, options)
{
    protected override async Task<ClaimsIdentity> GenerateClaimsAsync(OcopUser user)
    {
        var identity = await base.GenerateClaimsAsync(user);
        if (user.ProvinceCode is not null)
        {
            identity.AddClaim(new Claim(OcopClaims.Province, user.ProvinceCode));
        }

        if (user.CommuneCode is not null)
        {
            identity.AddClaim(new Claim(OcopClaims.Commune, user.CommuneCode));
        }

        if (user.ProducerId is { } producerId)
        {
            identity.AddClaim(new Claim(OcopClaims.Producer, producerId.ToString(CultureInfo.InvariantCulture)));
        }

        identity.AddClaim(new Claim(OcopClaims.DisplayName, user.DisplayName ?? user.UserName ?? string.Empty));
        return identity;
    }
}
