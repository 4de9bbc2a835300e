using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Ocop.Web.Features.Products;

namespace Ocop.Web.Pages;

[AllowAnonymous]
public sealed class IndexModel(ProductService products) : PageModel
{
    public IReadOnlyList<ProductListItem> Featured { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct) =>
        Featured = await products.FeaturedAsync(8, ct);
}
