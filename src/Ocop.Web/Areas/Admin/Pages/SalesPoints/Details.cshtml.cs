using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using Ocop.Web.Features.Accounts;
using Ocop.Web.Features.MarketAccess;
using Ocop.Web.Infrastructure;
using Ocop.Web.Resources;

namespace Ocop.Web.Areas.Admin.Pages.SalesPoints;

/// <summary>A sales point and the products it carries: find a public product by name and add it, or remove one.</summary>
[Authorize(Policy = Policies.Officer)]
public sealed class DetailsModel(SalesPointService points, IStringLocalizer<SharedResource> localizer) : PageModel
{
    public SalesPointItem Point { get; private set; } = null!;
    public IReadOnlyList<CarriedProduct> Products { get; private set; } = [];

    /// <summary>The product search typed in "add a product", and what it found.</summary>
    [BindProperty(SupportsGet = true, Name = "find")] public string? Find { get; set; }
    public IReadOnlyList<CarriedProduct> Found { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(int id, UserScope scope, CancellationToken ct) => await LoadAsync(id, scope, ct) ? Page() : NotFound();

    public async Task<IActionResult> OnPostAddProductAsync(int id, int productId, UserScope scope, CancellationToken ct)
    {
        var result = await points.AddProductAsync(id, productId, scope, ct);
        return this.Outcome(result, localizer, _ => this.RedirectWithFlash($"/admin/sales-points/{id}#products", localizer["SalesPoints.ProductAdded"]), prefix: string.Empty)
            ?? (await LoadAsync(id, scope, ct) ? Page() : NotFound());
    }

    public async Task<IActionResult> OnPostRemoveProductAsync(int id, int productId, UserScope scope, CancellationToken ct)
    {
        var result = await points.RemoveProductAsync(id, productId, scope, ct);
        return this.Outcome(result, localizer, _ => this.RedirectWithFlash($"/admin/sales-points/{id}#products", localizer["SalesPoints.ProductRemoved"]), prefix: string.Empty)
            ?? (await LoadAsync(id, scope, ct) ? Page() : NotFound());
    }

    private async Task<bool> LoadAsync(int id, UserScope scope, CancellationToken ct)
    {
        if (await points.GetAsync(id, scope, ct) is not { } point)
        {
            return false;
        }

        Point = point;
        Products = await points.ProductsAsync(id, publicOnly: false, ct);
        var carried = Products.Select(p => p.ProductId).ToHashSet();
        Found = [.. (await points.FindProductsAsync(Find, ct)).Where(p => !carried.Contains(p.ProductId))];
        return true;
    }
}
