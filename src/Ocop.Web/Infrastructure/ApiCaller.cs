using System.Security.Claims;
using Microsoft.Extensions.Localization;
using Ocop.Web.Features.Accounts;
using Ocop.Web.Resources;

namespace Ocop.Web.Infrastructure;

/// <summary>
/// What every API handler needs to know about the call, bound once as `[AsParameters] ApiCaller caller`:
/// whose scope it runs in, the language of its messages and its cancellation.
/// </summary>
public readonly struct ApiCaller
{
    public ApiCaller(ClaimsPrincipal user, IStringLocalizer<SharedResource> localizer, CancellationToken cancellation)
    {
        User = user;
        Scope = UserScope.From(user);
        Localizer = localizer;
        Cancellation = cancellation;
    }

    public ClaimsPrincipal User { get; }

    public UserScope Scope { get; }

    public IStringLocalizer<SharedResource> Localizer { get; }

    public CancellationToken Cancellation { get; }

    /// <summary>The signed-in account's id ("" for none), for the features keyed by account (council seats).</summary>
    public string UserId => User.FindFirstValue(ClaimTypes.NameIdentifier) ?? string.Empty;
}
