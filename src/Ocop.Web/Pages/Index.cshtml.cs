using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Ocop.Web.Features.Products;

namespace Ocop.Web.Pages;

[AllowAnonymous]
public sealed class IndexModel(ProductService products) : PageModel
{
    public IReadOnlyList<ProductListItem> Latest { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct) =>
        Latest = (await products.ListPublicAsync(new ProductQuery(null, null, null, null, null, null, null, 1, 8), ct)).Items;
}
