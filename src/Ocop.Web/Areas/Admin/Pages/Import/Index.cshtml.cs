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

    public async Task OnGetAsync(CancellationToken ct) => await LoadAsync(ct);

    public async Task<IActionResult> OnPostAsync(IFormFile? file, CancellationToken ct)
    {
        var scope = UserScope.From(User);
        if (file is null || file.Length > ImportService.MaxBytes)
        {
            ModelState.AddModelError("file", localizer[file is null ? "Validation.Import.Empty" : "Validation.Import.TooLarge"]);
            await LoadAsync(ct);
            return Page();
        }

        using var buffer = new MemoryStream();
        await file.CopyToAsync(buffer, ct);
        var result = await imports.UploadAsync(file.FileName, buffer.ToArray(), scope, ct);
        if (!result.IsOk)
        {
            ModelState.AddServiceErrors(result.Errors.ToDictionary(e => "file", e => e.Value), localizer);
            await LoadAsync(ct);
            return Page();
        }

        return Redirect($"/admin/import/{result.Value}");
    }

    private async Task LoadAsync(CancellationToken ct)
    {
        CanImport = UserScope.From(User) is { IsNational: false, CommuneCode: null, ProvinceCode: not null };
        Recent = await imports.RecentAsync(UserScope.From(User), ct);
    }
}
