using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using Ocop.Web.Features.Accounts;
using Ocop.Web.Features.Import;
using Ocop.Web.Infrastructure;
using Ocop.Web.Resources;

namespace Ocop.Web.Areas.Admin.Pages.Import;

/// <summary>One uploaded list: the column mapping, the preview with row errors, and the import (all rows or none, with a progress bar).</summary>
[Authorize(Policy = Policies.Officer)]
public sealed class BatchModel(ImportService imports, IStringLocalizer<SharedResource> localizer) : PageModel
{
    public ImportSummary? Summary { get; private set; }
    [BindProperty] public Dictionary<ImportField, int> Mapping { get; set; } = [];

    public async Task<IActionResult> OnGetAsync(int id, UserScope scope, CancellationToken ct) => await LoadAsync(id, scope, ct) ? Page() : NotFound();

    public async Task<IActionResult> OnPostMappingAsync(int id, UserScope scope, CancellationToken ct)
    {
        var result = await imports.MapAsync(id, Mapping.Where(m => m.Value >= 0).ToDictionary(), scope, ct);
        return this.Outcome(result, localizer, _ => Redirect($"/admin/import/{id}"), prefix: null)
            ?? (await LoadAsync(id, scope, ct) ? Page() : NotFound());
    }

    public async Task<IActionResult> OnPostCommitAsync(int id, UserScope scope, CancellationToken ct)
    {
        var result = await imports.CommitAsync(id, scope, null, ct);
        return this.Outcome(result, localizer, _ => this.RedirectWithFlash($"/admin/import/{id}", localizer["Import.Done"]), prefix: null)
            ?? (await LoadAsync(id, scope, ct) ? Page() : NotFound());
    }

    private async Task<bool> LoadAsync(int id, UserScope scope, CancellationToken ct)
    {
        if (await imports.PreviewAsync(id, scope, ct) is not { } preview)
        {
            return false;
        }

        Summary = ImportEndpoints.Summary(preview, localizer);
        return true;
    }
}
