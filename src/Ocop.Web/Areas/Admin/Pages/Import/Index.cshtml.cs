using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using Ocop.Web.Features.Accounts;
using Ocop.Web.Features.Import;
using Ocop.Web.Infrastructure;
using Ocop.Web.Resources;

namespace Ocop.Web.Areas.Admin.Pages.Import;

/// <summary>Upload of a province's existing producer/product list, and the recent uploads. Province-level officers.</summary>
[Authorize(Policy = Policies.Officer)]
public sealed class IndexModel(ImportService imports, IStringLocalizer<SharedResource> localizer) : PageModel
{
    public IReadOnlyList<ImportBatch> Recent { get; private set; } = [];
    public bool CanImport { get; private set; }

    public async Task OnGetAsync(UserScope scope, CancellationToken ct) => await LoadAsync(scope, ct);

    public async Task<IActionResult> OnPostAsync(IFormFile? file, UserScope scope, CancellationToken ct)
    {
        if (file is null || file.Length > ImportService.MaxBytes)
        {
            ModelState.AddModelError("file", localizer[file is null ? "Validation.Import.Empty" : "Validation.Import.TooLarge"]);
            await LoadAsync(scope, ct);
            return Page();
        }

        using var buffer = new MemoryStream();
        await file.CopyToAsync(buffer, ct);
        var result = await imports.UploadAsync(file.FileName, buffer.ToArray(), scope, ct);
        if (this.Outcome(result, localizer, batchId => Redirect($"/admin/import/{batchId}"), prefix: null) is { } done)
        {
            return done;
        }

        await LoadAsync(scope, ct);
        return Page();
    }

    private async Task LoadAsync(UserScope scope, CancellationToken ct)
    {
        CanImport = scope is { IsNational: false, CommuneCode: null, ProvinceCode: not null };
        Recent = await imports.RecentAsync(scope, ct);
    }
}
