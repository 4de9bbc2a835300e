using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Ocop.Web.Pages;

/// <summary>
/// The site's own page for an error (400, 403, 404, 429, 500…), in the reader's language, with ways on. Pages reach
/// it by re-execution (status codes without a body, unhandled exceptions), which keeps the original status and
/// method; the API keeps its ProblemDetails. Opened directly it answers the status it shows.
/// </summary>
[AllowAnonymous]
[IgnoreAntiforgeryToken] // a form posted to a missing record is re-executed here as a POST: its token was for another page
public sealed class StatusModel : PageModel
{
    public int Code { get; private set; }

    public void OnGet(int? code)
    {
        var reExecuted = HttpContext.Features.Get<IStatusCodeReExecuteFeature>() is not null
            || HttpContext.Features.Get<IExceptionHandlerFeature>() is not null;
        Code = code is >= 400 and <= 599 ? code.Value
            : reExecuted && Response.StatusCode >= 400 ? Response.StatusCode
            : StatusCodes.Status404NotFound;
        if (!reExecuted)
        {
            Response.StatusCode = Code;
        }
    }

    public void OnHead(int? code) => OnGet(code);

    public void OnPost(int? code) => OnGet(code);
}

/// <summary>The resource keys of a status page: each code the site answers has its own words, others share a general one.</summary>
public static class StatusText
{
    private static readonly int[] Known = [400, 403, 404, 405, 429, 500, 503];

    public static string TitleKey(int code) => $"Status.{Name(code)}.Title";

    public static string TextKey(int code) => $"Status.{Name(code)}.Text";

    private static string Name(int code) => Known.Contains(code) ? code.ToString(System.Globalization.CultureInfo.InvariantCulture)
        : code >= 500 ? "500" : "Other";
}
