using Microsoft.AspNetCore.Diagnostics;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Ocop.Web.Resources;

namespace Ocop.Web.Infrastructure;

/// <summary>
/// The one place unhandled exceptions are classified (conflicts 409, bad requests 400, anything else 500, logged)
/// and, on machine addresses, written as ProblemDetails with the trace id and no internals; pages get the site's
/// status page (<see cref="ErrorPages"/>).
/// </summary>
internal sealed class OcopExceptionHandler(IProblemDetailsService problems, IStringLocalizer<SharedResource> localizer, ILogger<OcopExceptionHandler> logger) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext context, Exception exception, CancellationToken cancellationToken)
    {
        var (status, title) = exception switch
        {
            DbUpdateConcurrencyException => (StatusCodes.Status409Conflict, localizer["Problem.Conflict"].Value),
            BadHttpRequestException bad => (bad.StatusCode, localizer["Problem.BadRequest"].Value),
            _ => (StatusCodes.Status500InternalServerError, localizer["Problem.Unexpected"].Value),
        };
        if (status >= 500)
        {
            logger.LogError(exception, "Unhandled exception on {Path}", context.Features.Get<IExceptionHandlerPathFeature>()?.Path ?? context.Request.Path.Value);
        }

        context.Response.StatusCode = status;
        // The middleware has already pointed the request at /status: the address asked for is in the feature.
        var asked = context.Features.Get<IExceptionHandlerPathFeature>()?.Path ?? context.Request.Path.Value;
        if (!ErrorPages.IsMachinePath(asked))
        {
            return false; // a page: the exception handler re-executes /status, the site's page for this status
        }

        return await problems.TryWriteAsync(new ProblemDetailsContext
        {
            HttpContext = context,
            Exception = exception,
            ProblemDetails = { Status = status, Title = title },
        });
    }
}
