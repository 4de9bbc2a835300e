using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using Ocop.Web.Features.Accounts;
using Ocop.Web.Features.Producers;
using Ocop.Web.Infrastructure;
using Ocop.Web.Resources;

namespace Ocop.Web.Areas.Admin.Pages.Producers;

// Area folder policy: RegistryEditor; records outside the user's scope answer 404.
public sealed class DetailsModel(ProducerService producers, IStringLocalizer<SharedResource> localizer) : PageModel
{
    public ProducerDetails Producer { get; private set; } = null!;
    public bool CanDelete { get; private set; }

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct) => await LoadAsync(id, ct) ? Page() : NotFound();

    public async Task<IActionResult> OnPostDeleteAsync(int id, int version, CancellationToken ct)
    {
        var result = await producers.DeleteAsync(id, version, UserScope.From(User), ct);
        switch (result.Status)
        {
            case ServiceStatus.Ok:
                TempData["Flash"] = localizer["Flash.Deleted"].Value;
                return Redirect("/admin/producers");
            case ServiceStatus.Conflict:
                ModelState.AddModelError(string.Empty, localizer["Problem.ConflictDetail"]);
                break;
            case ServiceStatus.Invalid:
                ModelState.AddServiceErrors(result.Errors, localizer, string.Empty);
                break;
            default:
                return NotFound();
        }

        return await LoadAsync(id, ct) ? Page() : NotFound();
    }

    private async Task<bool> LoadAsync(int id, CancellationToken ct)
    {
        var scope = UserScope.From(User);
        Producer = (await producers.GetAsync(id, scope, ct))!;
        CanDelete = scope.IsOfficer;
        return Producer is not null;
    }
}
