using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;
using Ocop.Web.Features.Integration;

namespace Ocop.Web.Features.Accounts.ApiTokens;

public static class ApiTokenSchemes
{
    public const string Token = "ApiToken";
    /// <summary>Picks the token handler for requests that carry a bearer token, else the cookie.</summary>
    public const string CookieOrToken = "CookieOrToken";

    public static bool HasBearer(HttpRequest request) =>
        request.Headers.Authorization.ToString().StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase);
}

/// <summary>
/// "Authorization: Bearer ocop_…" signs the request in as the token's owner, with the same
/// claims (roles, province, commune, producer) a cookie sign-in would give. "Bearer ocopk_…" is an
/// integration token: a province officer of its province, read-only or read-write (<see cref="IntegrationPrincipal"/>).
/// No cookie is issued.
/// </summary>
public sealed class ApiTokenAuthenticationHandler(
    IOptionsMonitor<AuthenticationSchemeOptions> options,
    ILoggerFactory logger,
    UrlEncoder encoder,
    ApiTokenService tokens,
    IntegrationTokenService integrationTokens,
    UserManager<OcopUser> users,
    IUserClaimsPrincipalFactory<OcopUser> principals)
    : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    protected override async Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        if (!ApiTokenSchemes.HasBearer(Request))
        {
            return AuthenticateResult.NoResult();
        }

        if (!Request.Path.StartsWithSegments("/api"))
        {
            // Tokens are for the API only; the screens need a password sign-in (and antiforgery).
            return AuthenticateResult.Fail("API tokens are accepted under /api only.");
        }

        var secret = Request.Headers.Authorization.ToString()["Bearer ".Length..].Trim();
        if (IntegrationTokenService.IsIntegrationSecret(secret))
        {
            return await integrationTokens.CallerForAsync(secret, Context.RequestAborted) is { } caller
                ? AuthenticateResult.Success(new AuthenticationTicket(IntegrationPrincipal.For(caller, ApiTokenSchemes.Token), ApiTokenSchemes.Token))
                : AuthenticateResult.Fail("The API token is unknown, expired or revoked.");
        }

        var userId = await tokens.UserForAsync(secret, Context.RequestAborted);
        var user = userId is null ? null : await users.FindByIdAsync(userId);
        // A locked password sign-in does not stop tokens (a stranger's guesses must not cut off an integration);
        // an officer disabling the account does.
        if (user is null || user.IsDisabled)
        {
            return AuthenticateResult.Fail("The API token is unknown, expired or revoked.");
        }

        var principal = await principals.CreateAsync(user);
        return AuthenticateResult.Success(new AuthenticationTicket(principal, ApiTokenSchemes.Token));
    }

    protected override Task HandleChallengeAsync(AuthenticationProperties properties)
    {
        Response.StatusCode = StatusCodes.Status401Unauthorized;
        Response.Headers.WWWAuthenticate = "Bearer error=\"invalid_token\"";
        return Task.CompletedTask;
    }
}
