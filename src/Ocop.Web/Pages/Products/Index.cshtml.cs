using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Ocop.Web.Features.AdminUnits;
using Ocop.Web.Features.Products;
using Ocop.Web.Infrastructure;

namespace Ocop.Web.Pages.Products;

[AllowAnonymous]
public sealed class IndexModel(ProductService products, AdminUnitService units) : PageModel
{
    [BindProperty(SupportsGet = true)] public string? Q { get; set; }
    [BindProperty(SupportsGet = true)] public string? Province { get; set; }
    [BindProperty(SupportsGet = true, Name = "page")] public int? PageNumber { get; set; }

    public PagedResult<ProductListItem> Result { get; private set; } = new([], 1, 20, 0);
    public List<UnitDto> Provinces { get; private set; } = [];
    public string PagerQuery => $"q={Uri.EscapeDataString(Q ?? string.Empty)}&province={Uri.EscapeDataString(Province ?? string.Empty)}";

    public async Task OnGetAsync(CancellationToken ct)
    {
        Provinces = await units.ProvincesAsync(ct);
        Result = await products.ListPublicAsync(new ProductQuery(Q, null, Province, null, null, null, null, PageNumber, 20), ct);
    }
}
