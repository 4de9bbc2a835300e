using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using Ocop.Web.Features.Accounts.ApiTokens;
using Ocop.Web.Infrastructure.Hosting;
using Ocop.Web.Resources;

namespace Ocop.Web.Infrastructure;

/// <summary>
/// API writes carried by the sign-in cookie must come from the platform's own pages. A form on another site can post
/// multipart or empty bodies here without a CORS preflight, and SameSite=Lax does not stop a same-site subdomain; the
/// browser names the page's origin (Origin, Sec-Fetch-Site) on every such POST, so a write from elsewhere is refused
/// with 403. Calls without those headers are not from a browser page (other systems use tokens, which carry no ambient
/// authority) and pass.
/// </summary>
public static class CrossOriginWriteGuard
{
    public static IApplicationBuilder UseCrossOriginWriteGuard(this IApplicationBuilder app) =>
        app.Use(async (context, next) =>
        {
            var request = context.Request;
            if (request.Path.StartsWithSegments("/api") && !IsRead(request.Method) && SignedInByCookie(context) && IsCrossSite(request))
            {
                var l = context.RequestServices.GetRequiredService<IStringLocalizer<SharedResource>>();
                context.Response.StatusCode = StatusCodes.Status403Forbidden;
                await context.RequestServices.GetRequiredService<IProblemDetailsService>().WriteAsync(new ProblemDetailsContext
                {
                    HttpContext = context,
                    ProblemDetails = new ProblemDetails
                    {
                        Status = StatusCodes.Status403Forbidden, Title = l["Problem.CrossOrigin"], Detail = l["Problem.CrossOriginDetail"],
                    },
                });
                return;
            }

            await next(context);
        });

    /// <summary>The ambient authority a cross-site form could borrow: the sign-in cookie (a bearer token is never sent by itself).</summary>
    private static bool SignedInByCookie(HttpContext context) =>
        !ApiTokenSchemes.HasBearer(context.Request) && context.User.Identity?.AuthenticationType == IdentityConstants.ApplicationScheme;

    /// <summary>
    /// The browser says the request comes from a page of another origin: its own verdict (Sec-Fetch-Site) when it gives
    /// one, else an Origin that is neither this host nor the public address (behind a proxy the two may differ).
    /// </summary>
    public static bool IsCrossSite(HttpRequest request)
    {
        var fetchSite = request.Headers["Sec-Fetch-Site"].ToString();
        if (fetchSite.Length > 0)
        {
            return fetchSite is "cross-site" or "same-site";
        }

        var origin = request.Headers.Origin.ToString();
        if (origin.Length == 0)
        {
            return false;
        }

        var site = request.HttpContext.RequestServices.GetRequiredService<PublicSite>().BaseUrl;
        return !Uri.TryCreate(origin, UriKind.Absolute, out var uri)
            || (!string.Equals(uri.Authority, request.Host.Value, StringComparison.OrdinalIgnoreCase)
                && !(site is not null && string.Equals(uri.Authority, site.Authority, StringComparison.OrdinalIgnoreCase)));
    }

    private static bool IsRead(string method) => HttpMethods.IsGet(method) || HttpMethods.IsHead(method) || HttpMethods.IsOptions(method);
}
