using Microsoft.AspNetCore.Diagnostics;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Ocop.Web.Resources;

namespace Ocop.Web.Infrastructure;

/// <summary>
/// The one place unhandled exceptions become ProblemDetails (with the trace id from
/// AddProblemDetails): conflicts 409, bad requests 400, anything else 500 without internals.
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
            logger.LogError(exception, "Unhandled exception on {Path}", context.Request.Path);
        }

        context.Response.StatusCode = status;
        return await problems.TryWriteAsync(new ProblemDetailsContext
        {
            HttpContext = context,
            Exception = exception,
            ProblemDetails = { Status = status, Title = title },
        });
    }
}
