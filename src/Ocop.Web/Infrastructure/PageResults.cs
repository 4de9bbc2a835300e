using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace Ocop.Web.Infrastructure;

/// <summary>
/// The one reading of a service's outcome on a page: done → <c>done</c> (usually a redirect with a
/// flash); not found (or outside the caller's scope) → 404; invalid → the messages on the form's
/// fields under <c>prefix</c> (null: all in the form-level summary, for pages whose fields are
/// not the service's); conflict → the "changed meanwhile"
/// message on <c>conflictField</c> (the form-level summary by default). Null means: show the page
/// again with its messages.
/// </summary>
public static class PageResults
{
    public static IActionResult? Outcome<T>(
        this PageModel page, ServiceResult<T> result, IStringLocalizer localizer, Func<T, IActionResult> done, string? prefix = "Input", string conflictField = "")
    {
        switch (result.Status)
        {
            case ServiceStatus.Ok:
                return done(result.Value!);
            case ServiceStatus.Invalid when prefix is null:
                page.ModelState.AddServiceErrorsToSummary(result.Errors, localizer);
                return null;
            case ServiceStatus.Invalid:
                page.ModelState.AddServiceErrors(result.Errors, localizer, prefix);
                return null;
            case ServiceStatus.Conflict:
                page.ModelState.AddModelError(conflictField, localizer["Problem.ConflictDetail"]);
                return null;
            default:
                return new NotFoundResult();
        }
    }

    /// <summary>
    /// After a conflict the form keeps what the user typed and takes the saved record's version, so
    /// saving again overwrites knowingly (the message says someone saved meanwhile).
    /// </summary>
    public static async Task TakeSavedVersionOnConflictAsync<T>(this PageModel page, ServiceResult<T> result, Func<Task<int?>> savedVersion, Action<int?> setVersion)
    {
        if (result.Status == ServiceStatus.Conflict)
        {
            setVersion(await savedVersion());
            page.ModelState.Remove("Input.Version");
        }
    }

    /// <summary>After a done action: back to <paramref name="url"/> with a flash message (already in the reader's language).</summary>
    public static RedirectResult RedirectWithFlash(this PageModel page, string url, string message)
    {
        page.TempData["Flash"] = message;
        return new RedirectResult(url);
    }
}
