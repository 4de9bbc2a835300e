using Microsoft.AspNetCore.Mvc;

namespace Ocop.Web.Features.ValueChains;

/// <summary>
/// The "origin" section of a public product page: the value chains it belongs to, their members and the
/// raw-material area with its boundary on a map, as the page's one read found them. Renders nothing for a product in no chain.
/// </summary>
public sealed class ProductOriginViewComponent(IConfiguration configuration) : ViewComponent
{
    public sealed record Model(IReadOnlyList<ChainItem> Chains, string TileUrl, string Attribution);

    /// <summary>Set in the request's items when a boundary is drawn, so the page loads Leaflet (its sections run after the body).</summary>
    public const string NeedsLeaflet = "ocop:needs-leaflet";

    public IViewComponentResult Invoke(IReadOnlyList<ChainItem> chains)
    {
        if (chains.Count == 0)
        {
            return Content(string.Empty);
        }

        if (chains.Any(c => c.Area?.Boundary is not null))
        {
            HttpContext.Items[NeedsLeaflet] = true;
        }

        return View(new Model(chains, configuration["Ocop:Map:TileUrl"] ?? string.Empty, configuration["Ocop:Map:Attribution"] ?? string.Empty));
    }
}
