using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.Extensions.Localization;
using Ocop.Web.Features.MarketAccess;
using Ocop.Web.Features.Public;
using Ocop.Web.Resources;

namespace Ocop.Web.Pages.WhereToBuy;

/// <summary>One active sales point: where, when, whom to call, and the public products it carries.</summary>
[AllowAnonymous]
[OutputCache(PolicyName = PublicPageCache.PolicyName)]
public sealed class PointModel(SalesPointService points, IConfiguration configuration, IStringLocalizer<SharedResource> localizer) : PageModel
{
    public SalesPointItem Point { get; private set; } = null!;
    public IReadOnlyList<CarriedProduct> Products { get; private set; } = [];
    public string TileUrl => configuration["Ocop:Map:TileUrl"] ?? string.Empty;
    public string TileAttribution => configuration["Ocop:Map:Attribution"] ?? string.Empty;
    public string PointsJson => PointsMap.Json([Point], t => localizer[$"SalesPointType.{t}"]);

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct)
    {
        if (await points.PublicGetAsync(id, ct) is not { } point)
        {
            return NotFound();
        }

        Point = point;
        Products = await points.ProductsAsync(id, publicOnly: true, ct);
        return Page();
    }
}
