using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using Ocop.Web.Features.Traceability;
using Ocop.Web.Resources;

namespace Ocop.Web.Pages.Scan;

/// <summary>
/// The answer to a scan that resolves to nothing (400 or 404, kept from the resolver): what was wrong and
/// where to go instead. Reached by re-execution from the resolver paths; opened directly it says "not found".
/// </summary>
[AllowAnonymous]
public sealed class ProblemModel(IStringLocalizer<SharedResource> localizer) : PageModel
{
    public ScanProblem Problem { get; private set; } = null!;

    public void OnGet()
    {
        if (HttpContext.Items[ScanProblem.Key] is ScanProblem problem)
        {
            Problem = problem; // the status code is the resolver's, kept by the re-execution
            return;
        }

        Problem = new ScanProblem(localizer["Scan.NotFoundTitle"], localizer["Scan.NotFoundGeneric"]);
        Response.StatusCode = StatusCodes.Status404NotFound;
    }

    // Re-execution keeps the original method: a HEAD scan gets the same status without a body.
    public void OnHead() => OnGet();
}
