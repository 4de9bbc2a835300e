using Ocop.Web.Features.Traceability;

namespace Ocop.Web.Infrastructure;

/// <summary>
/// Who answers an error: machine addresses (the API, media, health, OpenAPI, reports, well-known files) keep
/// ProblemDetails; a scan shows the resolver's problem page; every other address is a page of the site
/// (<c>/status/{code}</c>, in the reader's language). An address nothing serves is 404 for everyone, never a sign-in.
/// </summary>
public static class ErrorPages
{
    private static readonly string[] MachinePrefixes = ["/api", "/media", "/health", "/openapi", "/csp-reports", "/.well-known"];

    public static bool IsMachinePath(PathString path) => MachinePrefixes.Any(prefix => path.StartsWithSegments(prefix));

    public static WebApplication UseOcopErrorPages(this WebApplication app)
    {
        // OcopExceptionHandler writes ProblemDetails for machine addresses and leaves pages to this re-execution.
        app.UseExceptionHandler(new ExceptionHandlerOptions { ExceptionHandlingPath = "/status" });
        app.UseWhen(c => IsMachinePath(c.Request.Path), machine => machine.UseStatusCodePages());
        // A scan that resolves to nothing is answered by the resolver with a status code only; this shows it as a page.
        app.UseWhen(c => ResolveEndpoints.IsScanPath(c.Request.Path), scan => scan.UseStatusCodePagesWithReExecute("/scan/problem"));
        app.UseWhen(c => !IsMachinePath(c.Request.Path) && !ResolveEndpoints.IsScanPath(c.Request.Path),
            pages => pages.UseStatusCodePagesWithReExecute("/status/{0}"));
        return app;
    }

    /// <summary>
    /// Right after routing: a request no endpoint serves is 404 for everyone. Without it such a request fell to the
    /// fallback authorization policy and sent visitors (and <c>/favicon.ico</c> requests) to the sign-in page. A
    /// known address asked with the wrong method keeps routing's 405.
    /// </summary>
    public static WebApplication UseUnknownAddressesAsNotFound(this WebApplication app)
    {
        app.Use((context, next) =>
        {
            if (context.GetEndpoint() is not null)
            {
                return next(context);
            }

            context.Response.StatusCode = StatusCodes.Status404NotFound;
            return Task.CompletedTask;
        });
        return app;
    }
}
