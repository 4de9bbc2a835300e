using System.Security.Claims;
using Microsoft.AspNetCore.Identity;
using Ocop.Web.Features.Accounts.ApiTokens;

namespace Ocop.Web.Features.Accounts.TwoFactor;

/// <summary>
/// With <c>Ocop:Security:RequireTwoFactorForOfficers</c> on (the default outside Development), national administrators
/// and province officers signed in without a second factor may only set one up: every other page sends them to the
/// set-up page, and the API answers 403. Whether the sign-in used one is in its cookie (claim amr=mfa), so no lookup.
/// </summary>
public static class TwoFactorRequirement
{
    public const string SetupPath = "/account/two-factor";

    /// <summary>Pages reachable before the second factor is set up: its own pages, signing out, the language switch (static files are served before this runs).</summary>
    private static readonly string[] Open = [SetupPath, "/account/logout", "/account/two-factor-sign-in", "/language"];

    public static bool IsRequired(IConfiguration configuration, IHostEnvironment environment) =>
        configuration.GetValue("Ocop:Security:RequireTwoFactorForOfficers", !environment.IsDevelopment());

    /// <summary>
    /// A browser signed in with a password only. A personal API token's principal is built by the same claims factory
    /// (so it carries the cookie's authentication type): bearer calls are told apart by their header and keep working.
    /// </summary>
    public static bool AppliesTo(HttpRequest request, ClaimsPrincipal user) =>
        !ApiTokenSchemes.HasBearer(request)
        && user.Identity?.AuthenticationType == IdentityConstants.ApplicationScheme
        && (user.IsInRole(Roles.NationalAdmin) || user.IsInRole(Roles.ProvinceOfficer))
        && !user.HasClaim("amr", "mfa");

    public static IApplicationBuilder UseTwoFactorRequirement(this IApplicationBuilder app)
    {
        var services = app.ApplicationServices;
        if (!IsRequired(services.GetRequiredService<IConfiguration>(), services.GetRequiredService<IHostEnvironment>()))
        {
            return app;
        }

        return app.Use(async (context, next) =>
        {
            var path = context.Request.Path;
            if (!AppliesTo(context.Request, context.User) || Open.Any(p => path.StartsWithSegments(p)))
            {
                await next(context);
                return;
            }

            if (path.StartsWithSegments("/api"))
            {
                context.Response.StatusCode = StatusCodes.Status403Forbidden;
                await context.Response.WriteAsJsonAsync(new
                {
                    type = "https://tools.ietf.org/html/rfc9110#section-15.5.4", title = "Two-factor sign-in required",
                    status = 403, detail = $"Set up two-factor sign-in at {SetupPath} first.",
                }, options: null, contentType: "application/problem+json");
                return;
            }

            context.Response.Redirect(SetupPath);
        });
    }
}
