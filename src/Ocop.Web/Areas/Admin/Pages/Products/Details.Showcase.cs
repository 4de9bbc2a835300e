using Microsoft.AspNetCore.Mvc;
using Ocop.Web.Features.Accounts;
using Ocop.Web.Features.Products.Showcase;
using Ocop.Web.Infrastructure;

namespace Ocop.Web.Areas.Admin.Pages.Products;

/// <summary>The product page's packs with prices and its videos: add one (the form is kept when refused), remove one.</summary>
public sealed partial class DetailsModel
{
    [BindProperty] public PackInput NewPack { get; set; } = new();

    [BindProperty] public VideoInput NewVideo { get; set; } = new();

    public async Task<IActionResult> OnPostAddPackAsync(int id, UserScope scope, [FromServices] ProductPackService packs, CancellationToken ct)
    {
        var notNumbers = false;
        foreach (var field in new[] { nameof(PackInput.Amount), nameof(PackInput.Price) })
        {
            if (ModelState.TryGetValue($"NewPack.{field}", out var typed) && typed.Errors.Count > 0)
            {
                // Not a number: say so in the user's language instead of saving the pack without it.
                typed.Errors.Clear();
                ModelState.AddModelError($"NewPack.{field}", localizer[$"Validation.Pack.{field}"]);
                notNumbers = true;
            }
        }

        if (notNumbers)
        {
            return await ShowAsync(id, scope, ct);
        }

        var result = await packs.SaveAsync(id, null, NewPack, scope, ct);
        return this.Outcome(result, localizer, _ => this.RedirectWithFlash($"/admin/products/{id}#packs", localizer["Packs.Added"]), "NewPack")
            ?? await ShowAsync(id, scope, ct);
    }

    public async Task<IActionResult> OnPostDeletePackAsync(int id, int packId, UserScope scope, [FromServices] ProductPackService packs, CancellationToken ct) =>
        this.Outcome(await packs.DeleteAsync(id, packId, scope, ct), localizer, _ => this.RedirectWithFlash($"/admin/products/{id}#packs", localizer["Packs.Removed"]), prefix: null)
            ?? await ShowAsync(id, scope, ct);

    public async Task<IActionResult> OnPostAddVideoAsync(int id, UserScope scope, [FromServices] ProductVideoService videos, CancellationToken ct) =>
        this.Outcome(await videos.AddAsync(id, NewVideo, scope, ct), localizer, _ => this.RedirectWithFlash($"/admin/products/{id}#videos", localizer["Videos.Added"]), "NewVideo")
            ?? await ShowAsync(id, scope, ct);

    public async Task<IActionResult> OnPostDeleteVideoAsync(int id, int videoId, UserScope scope, [FromServices] ProductVideoService videos, CancellationToken ct) =>
        this.Outcome(await videos.DeleteAsync(id, videoId, scope, ct), localizer, _ => this.RedirectWithFlash($"/admin/products/{id}#videos", localizer["Videos.Removed"]), prefix: null)
            ?? await ShowAsync(id, scope, ct);
}
