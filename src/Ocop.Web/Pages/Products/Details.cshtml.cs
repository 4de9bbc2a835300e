using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Ocop.Web.Features.Products;

namespace Ocop.Web.Pages.Products;

[AllowAnonymous]
public sealed class DetailsModel(ProductService products) : PageModel
{
    public ProductPublicDto Product { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct)
    {
        if (await products.GetPublicAsync(id, ct) is not { } product)
        {
            return NotFound();
        }

        Product = product;
        return Page();
    }
}
