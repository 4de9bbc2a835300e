using System.Security.Claims;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace Ocop.Web.Features.Accounts.Sessions;

/// <summary>Every cookie sign-in opens a server-side session and carries its id (see <see cref="UserSession"/>).</summary>
internal sealed class OcopSignInManager(
    UserManager<OcopUser> users,
    IHttpContextAccessor accessor,
    IUserClaimsPrincipalFactory<OcopUser> principals,
    IOptions<IdentityOptions> options,
    ILogger<SignInManager<OcopUser>> logger,
    IAuthenticationSchemeProvider schemes,
    IUserConfirmation<OcopUser> confirmation,
    SessionService sessions)
    : SignInManager<OcopUser>(users, accessor, principals, options, logger, schemes, confirmation)
{
    public override async Task SignInWithClaimsAsync(OcopUser user, AuthenticationProperties? authenticationProperties, IEnumerable<Claim> additionalClaims)
    {
        // A refresh (new claims after a change) replaces the current session rather than leaving it open beside the new one.
        if (Context.User.Identity?.IsAuthenticated == true)
        {
            await sessions.EndAsync(Context.User, Context.RequestAborted);
        }

        var id = await sessions.StartAsync(user.Id, Context.Request.Headers.UserAgent.ToString(), Context.RequestAborted);
        await base.SignInWithClaimsAsync(user, authenticationProperties, [.. additionalClaims.Where(c => c.Type != SessionService.Claim), new Claim(SessionService.Claim, id)]);
    }

    public override async Task SignOutAsync()
    {
        await sessions.EndAsync(Context.User, Context.RequestAborted);
        await base.SignOutAsync();
    }
}
