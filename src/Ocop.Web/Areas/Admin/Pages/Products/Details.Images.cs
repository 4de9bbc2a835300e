using Microsoft.AspNetCore.Mvc;
using Ocop.Web.Features.Accounts;
using Ocop.Web.Features.Products;
using Ocop.Web.Infrastructure;

namespace Ocop.Web.Areas.Admin.Pages.Products;

/// <summary>The product page's pictures: upload (checked by content), delete, move earlier or later (the first is the cover).</summary>
public sealed partial class DetailsModel
{
    public async Task<IActionResult> OnPostUploadAsync(int id, IFormFile? image, UserScope scope, [FromServices] ProductImageService images, CancellationToken ct)
    {
        if (image is null)
        {
            ModelState.AddModelError("image", localizer["Validation.Image.Empty"]);
            return await ShowAsync(id, scope, ct);
        }

        await using var stream = image.OpenReadStream();
        var result = await images.AddAsync(id, stream, image.Length, scope, ct);
        return this.Outcome(result, localizer, _ => Redirect($"/admin/products/{id}"), prefix: string.Empty) ?? await ShowAsync(id, scope, ct);
    }

    public async Task<IActionResult> OnPostDeleteImageAsync(int id, int imageId, UserScope scope, [FromServices] ProductImageService images, CancellationToken ct) =>
        await images.DeleteAsync(id, imageId, scope, ct)
            ? this.RedirectWithFlash($"/admin/products/{id}", localizer["Flash.ImageDeleted"])
            : NotFound();

    /// <summary>Moves a picture one place earlier (step -1) or later (+1).</summary>
    public async Task<IActionResult> OnPostMoveImageAsync(int id, int imageId, int step, UserScope scope, [FromServices] ProductImageService images, CancellationToken ct)
    {
        var result = await images.ReorderAsync(id, await images.OrderWithMoveAsync(id, imageId, step, ct), scope, ct);
        return this.Outcome(result, localizer, _ => Redirect($"/admin/products/{id}#images"), prefix: string.Empty) ?? await ShowAsync(id, scope, ct);
    }
}
