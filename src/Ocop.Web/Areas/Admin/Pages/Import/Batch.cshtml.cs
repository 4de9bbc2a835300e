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

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct) => await LoadAsync(id, ct) ? Page() : NotFound();

    public async Task<IActionResult> OnPostMappingAsync(int id, CancellationToken ct)
    {
        var result = await imports.MapAsync(id, Mapping.Where(m => m.Value >= 0).ToDictionary(), UserScope.From(User), ct);
        if (result.Status == ServiceStatus.NotFound)
        {
            return NotFound();
        }

        if (!result.IsOk)
        {
            ModelState.AddServiceErrors(result.Errors.ToDictionary(e => string.Empty, e => e.Value), localizer);
            return await LoadAsync(id, ct) ? Page() : NotFound();
        }

        return Redirect($"/admin/import/{id}");
    }

    public async Task<IActionResult> OnPostCommitAsync(int id, CancellationToken ct)
    {
        var result = await imports.CommitAsync(id, UserScope.From(User), null, ct);
        switch (result.Status)
        {
            case ServiceStatus.NotFound:
                return NotFound();
            case ServiceStatus.Ok:
                TempData["Flash"] = localizer["Import.Done"].Value;
                return Redirect($"/admin/import/{id}");
            default:
                ModelState.AddServiceErrors(result.Errors.ToDictionary(e => string.Empty, e => e.Value), localizer);
                return await LoadAsync(id, ct) ? Page() : NotFound();
        }
    }

    private async Task<bool> LoadAsync(int id, CancellationToken ct)
    {
        if (await imports.PreviewAsync(id, UserScope.From(User), ct) is not { } preview)
        {
            return false;
        }

        Summary = ImportEndpoints.Summary(preview, localizer);
        return true;
    }
}
