using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Identity;
using Ocop.Web.Data;
using Ocop.Web.Features.Accounts;
using Ocop.Web.Features.Accounts.ApiTokens;
using Ocop.Web.Features.Accounts.Links;
using Ocop.Web.Features.Accounts.Sessions;
using Ocop.Web.Features.Accounts.SignIn;
using Ocop.Web.Features.Accounts.Users;

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
                // Password failures never count here (SignInThrottle limits them per address); only wrong authenticator
                // codes do, which only someone who knows the password can type.
                options.Lockout.MaxFailedAccessAttempts = 5;
                options.Lockout.DefaultLockoutTimeSpan = TimeSpan.FromMinutes(15);
                options.Lockout.AllowedForNewUsers = true;
                options.User.RequireUniqueEmail = true;
                options.SignIn.RequireConfirmedAccount = false;
            })
            .AddEntityFrameworkStores<OcopDbContext>()
            .AddClaimsPrincipalFactory<OcopClaimsFactory>()
            .AddSignInManager<OcopSignInManager>()
            .AddDefaultTokenProviders();

        // Every 30 minutes Identity rebuilds the cookie's principal from the database (security stamp check); the new
        // one would lose the session id and the second-factor mark, signing everybody out or back to the set-up page.
        builder.Services.Configure<SecurityStampValidatorOptions>(options => options.OnRefreshingPrincipal = context =>
        {
            if (context.NewPrincipal?.Identity is System.Security.Claims.ClaimsIdentity identity && context.CurrentPrincipal is { } current)
            {
                foreach (var claim in current.Claims.Where(c => c.Type is SessionService.Claim or "amr").ToList())
                {
                    if (!identity.HasClaim(claim.Type, claim.Value))
                    {
                        identity.AddClaim(new System.Security.Claims.Claim(claim.Type, claim.Value));
                    }
                }
            }

            return Task.CompletedTask;
        });

        builder.Services.ConfigureApplicationCookie(options =>
        {
            options.LoginPath = "/account/login";
            options.LogoutPath = "/account/logout";
            options.AccessDeniedPath = "/account/access-denied";
            options.Cookie.Name = "ocop.auth";
            options.Cookie.HttpOnly = true;
            options.Cookie.SameSite = SameSiteMode.Lax;
            options.SlidingExpiration = true;
            options.Events.OnValidatePrincipal = ValidateSessionAsync;
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
        builder.Services.Configure<SignInThrottleOptions>(builder.Configuration.GetSection("Ocop:SignIn"));
        builder.Services.AddScoped<SessionService>();
        builder.Services.AddScoped<SignInThrottle>();
        builder.Services.AddScoped<PasswordSignIn>();
        builder.Services.AddScoped<AccountLinkService>();
        builder.Services.AddScoped<AccountMail>();
        builder.Services.AddScoped<SelfService>();
        builder.Services.AddScoped<Features.Accounts.TwoFactor.TwoFactorService>();
        builder.Services.AddScoped<UserDirectory>();
        builder.Services.AddScoped<UserAdminService>();
        builder.Services.AddSingleton<AccountMailQueue>();
        builder.Services.AddScoped<ForgotPasswordThrottle>();
        builder.Services.AddScoped<Features.Accounts.Home.ProducerTodos>();
        builder.Services.AddScoped<Features.Onboarding.JoinRequestService>();
        builder.Services.AddScoped<Features.Onboarding.JoinDecisionService>();
        builder.Services.AddScoped<Features.Onboarding.JoinThrottle>();
        builder.Services.AddHostedService<AccountMailWorker>();

        builder.Services.AddOcopPolicies();
        return builder;
    }

    /// <summary>
    /// Every cookie request: its server-side session must be open and its account enabled (signed out, signed out
    /// everywhere, disabled, or given a new role end it at once); then Identity's own security-stamp check.
    /// </summary>
    private static async Task ValidateSessionAsync(CookieValidatePrincipalContext context)
    {
        var sessions = context.HttpContext.RequestServices.GetRequiredService<SessionService>();
        if (context.Principal is null || !await sessions.IsLiveAsync(context.Principal, context.HttpContext.RequestAborted))
        {
            context.RejectPrincipal();
            await context.HttpContext.SignOutAsync(IdentityConstants.ApplicationScheme);
            return;
        }

        await SecurityStampValidator.ValidatePrincipalAsync(context);
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
