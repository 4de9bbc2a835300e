using System.Collections.Concurrent;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;

namespace Ocop.Tests.Infrastructure;

/// <summary>An HTML page the app served with 200 to a GET: its address, the caller's cookies, and the page (route) it was.</summary>
public sealed record ServedPage(string PathAndQuery, string? Cookies, string Route, string? User);

/// <summary>
/// Records every HTML page the app serves, so a browser journey can check each page it visited afterwards (axe-core),
/// as the same user, without every step of the journey saying so.
/// </summary>
public sealed class ServedPages : IStartupFilter
{
    private readonly ConcurrentQueue<ServedPage> _pages = new();

    public IReadOnlyCollection<ServedPage> All => _pages;

    public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
    {
        app.Use(async (context, nextMiddleware) =>
        {
            await nextMiddleware(context);
            // Pieces of pages fetched by htmx (a commune list, a search result) are checked inside the page that shows them.
            var fragment = context.Request.Headers.ContainsKey("HX-Request") || context.Request.Path.StartsWithSegments("/fragments");
            if (!fragment && HttpMethods.IsGet(context.Request.Method) && context.Response.StatusCode == StatusCodes.Status200OK
                && context.Response.ContentType?.StartsWith("text/html", StringComparison.Ordinal) == true)
            {
                _pages.Enqueue(new ServedPage(
                    context.Request.Path + context.Request.QueryString, context.Request.Headers.Cookie.ToString(),
                    context.GetEndpoint()?.DisplayName ?? context.Request.Path, context.User.Identity?.Name));
            }
        });
        next(app);
    };
}
