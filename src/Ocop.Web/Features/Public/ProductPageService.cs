using Ocop.Web.Features.Catalogue;
using Ocop.Web.Features.Evaluation.Certificates;
using Ocop.Web.Features.MarketAccess;
using Ocop.Web.Features.Products;
using Ocop.Web.Features.Products.Showcase;
using Ocop.Web.Features.Traceability;

namespace Ocop.Web.Features.Public;

/// <summary>What the public page of a product shows.</summary>
/// <param name="Certificate">The latest certificate, shown with its status (a revoked or expired one says so).</param>
/// <param name="Lot">The lot a scanned label named, when it is one of this product's.</param>
/// <param name="Points">Where to buy: the active display and sales points carrying the product.</param>
/// <param name="Packs">How it is sold and at what price, smallest first.</param>
/// <param name="Videos">The producer's promotion videos (YouTube, TikTok).</param>
public sealed record ProductPage(
    ProductPublicDto Product,
    CertificateVerification? Certificate,
    IReadOnlyList<CatalogueCard> Related,
    LotItem? Lot,
    IReadOnlyList<SalesPointItem> Points,
    IReadOnlyList<ListingItem> Listings,
    IReadOnlyList<PackItem> Packs,
    IReadOnlyList<VideoItem> Videos);

/// <summary>Reads a public product's page in one call; null when the product is not public.</summary>
public sealed class ProductPageService(
    ProductService products, CertificateService certificates, CatalogueService catalogue, LotService lots, SalesPointService salesPoints, ListingService listings,
    ProductPackService packs, ProductVideoService videos)
{
    public const int RelatedCount = 4;

    public async Task<ProductPage?> GetAsync(int id, string? lotCode, CancellationToken ct)
    {
        if (await products.GetPublicAsync(id, ct) is not { } product)
        {
            return null;
        }

        return new ProductPage(
            product,
            await certificates.LatestOfProductAsync(id, ct),
            await catalogue.RelatedAsync(id, product.GroupId, product.ProductSetName, product.ProvinceCode, RelatedCount, ct),
            string.IsNullOrWhiteSpace(lotCode) || lotCode.Length > 20 ? null : await lots.PublicAsync(id, lotCode, ct),
            await salesPoints.WhereToBuyAsync(id, ct),
            await listings.OfPublicProductAsync(id, ct),
            await packs.OfPublicProductAsync(id, ct),
            await videos.OfPublicProductAsync(id, ct));
    }
}
