using System.Globalization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.Extensions.Localization;
using Ocop.Web.Features.Catalogue;
using Ocop.Web.Features.Evaluation.Certificates;
using Ocop.Web.Features.MarketAccess;
using Ocop.Web.Features.Products;
using Ocop.Web.Features.Products.Showcase;
using Ocop.Web.Features.Public;
using Ocop.Web.Features.Traceability;
using Ocop.Web.Features.ValueChains;
using Ocop.Web.Infrastructure;
using Ocop.Web.Resources;

namespace Ocop.Web.Pages.Products;

/// <summary>The public product page: its data in one read (<see cref="ProductPageService"/>), its texts and metadata from a pure function.</summary>
[AllowAnonymous]
[OutputCache(PolicyName = PublicPageCache.PolicyName)]
public sealed class DetailsModel(ProductPageService pages, PublicUrls urls, IConfiguration configuration, IStringLocalizer<SharedResource> localizer) : PageModel
{
    public ProductPublicDto Product { get; private set; } = null!;

    public ProductPageMetadata Meta { get; private set; } = null!;

    public CertificateVerification? Certificate { get; private set; }

    public LotItem? Lot { get; private set; }

    public IReadOnlyList<CatalogueCard> Related { get; private set; } = [];

    public IReadOnlyList<SalesPointItem> Points { get; private set; } = [];

    public IReadOnlyList<ListingItem> Listings { get; private set; } = [];

    public IReadOnlyList<PackItem> Packs { get; private set; } = [];

    public IReadOnlyList<VideoItem> Videos { get; private set; } = [];

    public IReadOnlyList<ChainItem> Chains { get; private set; } = [];

    /// <summary>Tile server for the producer's map (Ocop:Map:TileUrl); empty draws the marker without tiles.</summary>
    public string TileUrl => configuration["Ocop:Map:TileUrl"] ?? string.Empty;

    public string TileAttribution => configuration["Ocop:Map:Attribution"] ?? string.Empty;

    /// <summary>Leaflet is loaded only when there is something to draw: the producer's location or a point's.</summary>
    public bool NeedsMap => (Product.Contact.Latitude is not null && Product.Contact.Longitude is not null) || Points.Any(p => p.Latitude is not null);

    public string PointsJson => PointsMap.Json(Points, t => localizer[$"SalesPointType.{t}"]);

    public async Task<IActionResult> OnGetAsync(int id, string? lot, CancellationToken ct)
    {
        if (await pages.GetAsync(id, lot, ct) is not { } page)
        {
            return NotFound();
        }

        (Product, Certificate, Related, Lot, Points, Listings, Packs, Videos, Chains) =
            (page.Product, page.Certificate, page.Related, page.Lot, page.Points, page.Listings, page.Packs, page.Videos, page.Chains);
        var english = CultureInfo.CurrentUICulture.TwoLetterISOLanguageName == "en";
        var groupName = localizer["Group." + Product.GroupCode] is { ResourceNotFound: false } name ? name.Value : null;
        Meta = ProductPageMetadata.Build(Product, Listings, english, groupName, urls.Base);
        return Page();
    }
}
