using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Ocop.Web.Features.Accounts;
using Ocop.Web.Features.Products;
using Ocop.Web.Infrastructure;

namespace Ocop.Web.Areas.Admin.Pages.Products;

// Area folder policy: RegistryEditor (officers see their unit, a producer only their own products).
public sealed class IndexModel(ProductService products) : PageModel
{
    [BindProperty(SupportsGet = true)] public string? Q { get; set; }
    [BindProperty(SupportsGet = true)] public int? Producer { get; set; }
    [BindProperty(SupportsGet = true)] public ProductStatus? Status { get; set; }
    [BindProperty(SupportsGet = true, Name = "page")] public int? PageNumber { get; set; }

    public PagedResult<ProductListItem> Result { get; private set; } = new([], 1, 20, 0);
    public string PagerQuery => $"q={Uri.EscapeDataString(Q ?? string.Empty)}&producer={Producer}&status={Status}";

    public async Task OnGetAsync(UserScope scope, CancellationToken ct) =>
        Result = await products.ListAsync(new ProductQuery(Q, Producer, null, null, null, Status, null, PageNumber, 20), scope, ct);
}
