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

    public async Task<IActionResult> OnGetAsync(int id, UserScope scope, CancellationToken ct) => await LoadAsync(id, scope, ct) ? Page() : NotFound();

    public async Task<IActionResult> OnPostDeleteAsync(int id, int version, UserScope scope, CancellationToken ct)
    {
        var result = await producers.DeleteAsync(id, version, scope, ct);
        return this.Outcome(result, localizer, _ => this.RedirectWithFlash("/admin/producers", localizer["Flash.Deleted"]), prefix: string.Empty)
            ?? (await LoadAsync(id, scope, ct) ? Page() : NotFound());
    }

    private async Task<bool> LoadAsync(int id, UserScope scope, CancellationToken ct)
    {
        Producer = (await producers.GetAsync(id, scope, ct))!;
        CanDelete = scope.IsOfficer;
        return Producer is not null;
    }
}
