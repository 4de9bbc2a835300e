using Microsoft.EntityFrameworkCore;
using Ocop.Web.Data;
using Ocop.Web.Features.Catalogue;
using Ocop.Web.Features.Evaluation.Certificates;
using Ocop.Web.Features.MarketAccess;
using Ocop.Web.Features.Products;
using Ocop.Web.Features.Products.Showcase;
using Ocop.Web.Features.Traceability;
using Ocop.Web.Features.ValueChains;
using Ocop.Web.Infrastructure;

namespace Ocop.Web.Features.Public;

/// <summary>What the public page of a product shows.</summary>
/// <param name="Certificate">The latest certificate, shown with its status (a revoked or expired one says so).</param>
/// <param name="Lot">The lot a scanned label named, when it is one of this product's.</param>
/// <param name="Points">Where to buy: the active display and sales points carrying the product.</param>
/// <param name="Packs">How it is sold and at what price, smallest first.</param>
/// <param name="Videos">The producer's promotion videos (YouTube, TikTok).</param>
/// <param name="Chains">The value chains it belongs to (its origin: members, raw-material area).</param>
public sealed record ProductPage(
    ProductPublicDto Product,
    CertificateVerification? Certificate,
    IReadOnlyList<CatalogueCard> Related,
    LotItem? Lot,
    IReadOnlyList<SalesPointItem> Points,
    IReadOnlyList<ListingItem> Listings,
    IReadOnlyList<PackItem> Packs,
    IReadOnlyList<VideoItem> Videos,
    IReadOnlyList<ChainItem> Chains);

/// <summary>
/// Reads a public product's page in one call on one connection; null when the product is not public. One query says
/// which of the page's lists have anything, so a product with no certificate, packs, videos, listings, sales points
/// or value chains (most of them) costs two queries, not eight; the related products come from the catalogue's memory.
/// The page read is then kept (<see cref="PublicReadCache"/>) until something a public page shows changes.
/// </summary>
public sealed class ProductPageService(PublicReadCache reads, Deferred<ProductPageReader> reader)
{
    public const int RelatedCount = 4;

    public Task<ProductPage?> GetAsync(int id, string? lotCode, CancellationToken ct)
    {
        var lot = string.IsNullOrWhiteSpace(lotCode) || lotCode.Length > 20 ? null : lotCode;
        return reads.GetAsync("product", $"{id}/{lot}", () => reader.Value.ReadAsync(id, lot, ct));
    }
}

/// <summary>The database read behind <see cref="ProductPageService"/>, built only when the read cache misses.</summary>
public sealed class ProductPageReader(
    OcopDbContext db, ProductService products, CertificateService certificates, CatalogueService catalogue, LotService lots,
    SalesPointService salesPoints, ListingService listings, ProductPackService packs, ProductVideoService videos, ValueChainService chains)
{
    private sealed record Parts(bool Certificate, bool Points, bool Listings, bool Packs, bool Videos, bool Chains);

    public async Task<ProductPage?> ReadAsync(int id, string? lotCode, CancellationToken ct)
    {
        // Opening the connection once: on SQLite an open (and its close) costs about as much as one of these small queries.
        await db.Database.OpenConnectionAsync(ct);
        try
        {
            if (await products.GetPublicAsync(id, ct) is not { } product)
            {
                return null;
            }

            var parts = await PartsAsync(id, ct);
            return new ProductPage(
                product,
                parts.Certificate ? await certificates.LatestOfProductAsync(id, ct) : null,
                await catalogue.RelatedAsync(id, product.GroupId, product.ProductSetName, product.ProvinceCode, ProductPageService.RelatedCount, ct),
                lotCode is null ? null : await lots.PublicAsync(id, lotCode, ct),
                parts.Points ? await salesPoints.WhereToBuyAsync(id, ct, knownCarried: true) : [],
                parts.Listings ? await listings.OfPublicProductAsync(id, ct) : [],
                parts.Packs ? await packs.OfPublicProductAsync(id, ct) : [],
                parts.Videos ? await videos.OfPublicProductAsync(id, ct) : [],
                parts.Chains ? await chains.ForProductAsync(id, ct, knownInChain: true) : []);
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }

    /// <summary>Which lists may have something (each list's own query still decides what the public sees).</summary>
    private Task<Parts> PartsAsync(int id, CancellationToken ct) =>
        db.Products.IgnoreQueryFilters().Where(p => p.Id == id).Select(p => new Parts(
            db.Certificates.IgnoreQueryFilters().Any(c => c.ProductId == id),
            db.SalesPointProducts.Any(x => x.ProductId == id),
            db.ProductListings.Any(x => x.ProductId == id),
            db.ProductPacks.Any(x => x.ProductId == id),
            db.ProductVideos.Any(x => x.ProductId == id),
            db.ValueChainProducts.Any(x => x.ProductId == id))).SingleAsync(ct);
}
