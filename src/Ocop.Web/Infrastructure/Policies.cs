using Ocop.Web.Features.Accounts;

namespace Ocop.Web.Infrastructure;

/// <summary>
/// The named authorization policies. Every page and endpoint names one (or AllowAnonymous);
/// anything that names none falls back to "signed in".
/// </summary>
public static class Policies
{
    /// <summary>National, province and commune officers.</summary>
    public const string Officer = "Officer";
    /// <summary>Officers and producers: may manage registry records within their scope.</summary>
    public const string RegistryEditor = "RegistryEditor";
    /// <summary>Producers' own portal.</summary>
    public const string Producer = "Producer";
    public const string NationalAdmin = "NationalAdmin";
    /// <summary>Manages accounts: the national administrator (everyone) and province officers (their province's communes, councils, producers).</summary>
    public const string UserManager = "UserManager";
    /// <summary>Accounts seated on evaluation councils; what they see is narrowed to their own seats.</summary>
    public const string CouncilMember = "CouncilMember";
    /// <summary>
    /// Signed in with a password (the cookie), not with an API token: managing tokens needs it,
    /// so a leaked token cannot mint more tokens.
    /// </summary>
    public const string InteractiveUser = "InteractiveUser";
    /// <summary>
    /// Administers integration tokens: the national administrator and province-level officers, signed in with a
    /// password (a token never mints tokens).
    /// </summary>
    public const string IntegrationAdmin = "IntegrationAdmin";

    public static IServiceCollection AddOcopPolicies(this IServiceCollection services)
    {
        services.AddAuthorizationBuilder()
            .AddPolicy(Officer, p => p.RequireRole(Roles.Officers))
            .AddPolicy(RegistryEditor, p => p.RequireRole([.. Roles.Officers, Roles.Producer]))
            .AddPolicy(Producer, p => p.RequireRole(Roles.Producer))
            .AddPolicy(NationalAdmin, p => p.RequireRole(Roles.NationalAdmin))
            .AddPolicy(UserManager, p => p.RequireRole(Roles.NationalAdmin, Roles.ProvinceOfficer))
            .AddPolicy(CouncilMember, p => p.RequireRole(Roles.CouncilMember))
            .AddPolicy(InteractiveUser, p => p
                .AddAuthenticationSchemes(Microsoft.AspNetCore.Identity.IdentityConstants.ApplicationScheme)
                .RequireAuthenticatedUser())
            .AddPolicy(IntegrationAdmin, p => p
                .AddAuthenticationSchemes(Microsoft.AspNetCore.Identity.IdentityConstants.ApplicationScheme)
                .RequireRole(Roles.NationalAdmin, Roles.ProvinceOfficer))
            .SetFallbackPolicy(new Microsoft.AspNetCore.Authorization.AuthorizationPolicyBuilder()
                .RequireAuthenticatedUser().Build());
        return services;
    }
}
