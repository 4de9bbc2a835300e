using Microsoft.AspNetCore.Identity;
using Ocop.Web.Data;
using Ocop.Web.Features.Accounts;
using Ocop.Web.Features.Accounts.ApiTokens;

namespace Ocop.Web.Infrastructure;

public static class IdentitySetup
{
    public static WebApplicationBuilder AddOcopIdentity(this WebApplicationBuilder builder)
    {
        builder.Services
            .AddIdentity<OcopUser, IdentityRole>(options =>
            {
                options.Password.RequiredLength = 10;
                options.Password.RequireNonAlphanumeric = false;
                options.Password.RequireUppercase = true;
                options.Password.RequireLowercase = true;
                options.Password.RequireDigit = true;
                options.Lockout.MaxFailedAccessAttempts = 5;
                options.Lockout.DefaultLockoutTimeSpan = TimeSpan.FromMinutes(15);
                options.Lockout.AllowedForNewUsers = true;
                options.User.RequireUniqueEmail = true;
                options.SignIn.RequireConfirmedAccount = false;
            })
            .AddEntityFrameworkStores<OcopDbContext>()
            .AddClaimsPrincipalFactory<OcopClaimsFactory>()
            .AddDefaultTokenProviders();

        builder.Services.ConfigureApplicationCookie(options =>
        {
            options.LoginPath = "/account/login";
            options.LogoutPath = "/account/logout";
            options.AccessDeniedPath = "/account/access-denied";
            options.Cookie.Name = "ocop.auth";
            options.Cookie.HttpOnly = true;
            options.Cookie.SameSite = SameSiteMode.Lax;
            options.SlidingExpiration = true;
            // API callers get status codes, not a redirect to the login page.
            options.Events.OnRedirectToLogin = context => ApiOrRedirect(context, StatusCodes.Status401Unauthorized);
            options.Events.OnRedirectToAccessDenied = context => ApiOrRedirect(context, StatusCodes.Status403Forbidden);
        });

        // Requests with "Authorization: Bearer" are API-token calls; all others use the cookie.
        builder.Services.AddAuthentication(options =>
            {
                options.DefaultScheme = ApiTokenSchemes.CookieOrToken;
                options.DefaultAuthenticateScheme = ApiTokenSchemes.CookieOrToken;
                options.DefaultChallengeScheme = ApiTokenSchemes.CookieOrToken;
                options.DefaultForbidScheme = ApiTokenSchemes.CookieOrToken;
            })
            .AddPolicyScheme(ApiTokenSchemes.CookieOrToken, null, options =>
                options.ForwardDefaultSelector = context => ApiTokenSchemes.HasBearer(context.Request)
                    ? ApiTokenSchemes.Token
                    : IdentityConstants.ApplicationScheme)
            .AddScheme<Microsoft.AspNetCore.Authentication.AuthenticationSchemeOptions, ApiTokenAuthenticationHandler>(
                ApiTokenSchemes.Token, null);
        builder.Services.AddScoped<ApiTokenService>();

        builder.Services.AddOcopPolicies();
        return builder;
    }

    private static Task ApiOrRedirect(Microsoft.AspNetCore.Authentication.RedirectContext<Microsoft.AspNetCore.Authentication.Cookies.CookieAuthenticationOptions> context, int status)
    {
        if (context.Request.Path.StartsWithSegments("/api"))
        {
            context.Response.StatusCode = status;
            return Task.CompletedTask;
        }

        context.Response.Redirect(context.RedirectUri);
        return Task.CompletedTask;
    }
}
