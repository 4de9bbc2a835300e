using System.Globalization;
using System.Text.Json;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using Ocop.Web.Features.Catalogue;
using Ocop.Web.Features.Evaluation.Certificates;
using Ocop.Web.Features.MarketAccess;
using Ocop.Web.Features.Products;
using Ocop.Web.Features.Traceability;
using Ocop.Web.Infrastructure;
using Ocop.Web.Resources;

namespace Ocop.Web.Pages.Products;

[AllowAnonymous]
public sealed class DetailsModel(
    ProductService products, CertificateService certificates, LotService lots, CatalogueService catalogue, SalesPointService salesPoints,
    ListingService listings, PublicUrls urls, IConfiguration configuration, IStringLocalizer<SharedResource> localizer) : PageModel
{
    /// <summary>The lot a scanned label named (?lot=), when it is one of this product's.</summary>
    public LotItem? Lot { get; private set; }

    private static bool English => CultureInfo.CurrentUICulture.TwoLetterISOLanguageName == "en";

    /// <summary>The name in the reader's language: the English name when there is one, else the Vietnamese.</summary>
    public string DisplayName => English && !string.IsNullOrWhiteSpace(Product.NameEn) ? Product.NameEn : Product.Name;

    /// <summary>Description and story in the reader's language, falling back to the Vietnamese.</summary>
    public string? Description => English && Product.DescriptionEn is not null ? Product.DescriptionEn : Product.Description;

    /// <summary>The group's name in the reader's language (groups have English names in the resources).</summary>
    public string GroupName => English && localizer["Group." + Product.GroupCode] is { ResourceNotFound: false } name ? name.Value : Product.GroupName;

    public string? Story => English && Product.StoryEn is not null ? Product.StoryEn : Product.Story;

    /// <summary>Tile server for the producer's map (Ocop:Map:TileUrl); empty draws the marker without tiles.</summary>
    public string TileUrl => configuration["Ocop:Map:TileUrl"] ?? string.Empty;

    public string TileAttribution => configuration["Ocop:Map:Attribution"] ?? string.Empty;

    public IReadOnlyList<CatalogueCard> Related { get; private set; } = [];

    /// <summary>Where to buy: the active display and sales points carrying the product, and its online listings.</summary>
    public IReadOnlyList<SalesPointItem> Points { get; private set; } = [];

    public IReadOnlyList<ListingItem> Listings { get; private set; } = [];

    /// <summary>Leaflet is loaded only when there is something to draw: the producer's location or a point's.</summary>
    public bool NeedsMap => (Product.Contact.Latitude is not null && Product.Contact.Longitude is not null) || Points.Any(p => p.Latitude is not null);

    public string PointsJson => PointsMap.Json(Points, t => localizer[$"SalesPointType.{t}"]);

    /// <summary>The page's address without a language choice: the canonical link and the Vietnamese alternate.</summary>
    public string CanonicalUrl => $"{urls.Base}/products/{Product.Id}";

    public string? ImageUrl => Product.ImageIds.Count > 0 ? $"{urls.Base}/media/product-images/{Product.ImageIds[0]}" : null;

    /// <summary>A short plain description for search engines and link previews.</summary>
    public string Summary
    {
        get
        {
            var text = Description ?? (Story is { } story ? SafeMarkdown.ToPlainText(story) : null) ?? $"{DisplayName} — {Product.ProducerName}";
            text = string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
            return text.Length <= 200 ? text : text[..197] + "…";
        }
    }

    /// <summary>schema.org Product as JSON-LD (the serializer escapes &lt; and &gt;, so it cannot close the script tag).</summary>
    public string JsonLd => JsonSerializer.Serialize(new Dictionary<string, object?>
    {
        ["@context"] = "https://schema.org",
        ["@type"] = "Product",
        ["name"] = DisplayName,
        ["description"] = Summary,
        ["url"] = CanonicalUrl,
        ["image"] = ImageUrl,
        ["gtin14"] = Product.Gtin,
        ["category"] = $"{GroupName} / {Product.ProductSetName}",
        ["brand"] = new Dictionary<string, object?> { ["@type"] = "Organization", ["name"] = Product.ProducerName },
        ["award"] = Product.Stars is { } s ? $"OCOP {s}★" : null,
        ["offers"] = Listings.Count == 0 ? null : Listings.Select(l => new Dictionary<string, object?>
        {
            ["@type"] = "Offer",
            ["url"] = l.Url,
            ["price"] = l.Price,
            ["priceCurrency"] = l.Price is null ? null : "VND",
            ["seller"] = new Dictionary<string, object?> { ["@type"] = "Organization", ["name"] = l.Platform.ToString() },
        }.Where(p => p.Value is not null).ToDictionary()).ToList(),
    }.Where(p => p.Value is not null).ToDictionary());

    public ProductPublicDto Product { get; private set; } = null!;

    /// <summary>The latest certificate, shown with its status (a revoked or expired one says so).</summary>
    public CertificateVerification? Certificate { get; private set; }

    public async Task<IActionResult> OnGetAsync(int id, string? lot, CancellationToken ct)
    {
        if (await products.GetPublicAsync(id, ct) is not { } product)
        {
            return NotFound();
        }

        Product = product;
        Certificate = await certificates.LatestOfProductAsync(id, ct);
        Related = await catalogue.RelatedAsync(id, product.GroupId, product.ProvinceCode, 4, ct);
        Lot = string.IsNullOrWhiteSpace(lot) || lot.Length > 20 ? null : await lots.PublicAsync(id, lot, ct);
        Points = await salesPoints.WhereToBuyAsync(id, ct);
        Listings = await listings.OfPublicProductAsync(id, ct);
        return Page();
    }
}
