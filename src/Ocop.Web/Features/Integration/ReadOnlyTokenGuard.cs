using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using Ocop.Web.Resources;

namespace Ocop.Web.Features.Integration;

/// <summary>
/// A read-only integration token may only read: any other method is refused with 403 before an endpoint runs,
/// whatever the endpoint's own policy would allow a province officer.
/// </summary>
public static class ReadOnlyTokenGuard
{
    public static IApplicationBuilder UseReadOnlyTokenGuard(this IApplicationBuilder app) =>
        app.Use(async (context, next) =>
        {
            if (IntegrationPrincipal.IsReadOnly(context.User) && !IsRead(context.Request.Method))
            {
                var l = context.RequestServices.GetRequiredService<IStringLocalizer<SharedResource>>();
                context.Response.StatusCode = StatusCodes.Status403Forbidden;
                await context.RequestServices.GetRequiredService<IProblemDetailsService>().WriteAsync(new ProblemDetailsContext
                {
                    HttpContext = context,
                    ProblemDetails = new ProblemDetails
                    {
                        Status = StatusCodes.Status403Forbidden, Title = l["Problem.ReadOnlyToken"], Detail = l["Problem.ReadOnlyTokenDetail"],
                    },
                });
                return;
            }

            await next(context);
        });

    private static bool IsRead(string method) => HttpMethods.IsGet(method) || HttpMethods.IsHead(method) || HttpMethods.IsOptions(method);
}
