using Ocop.Web.Features.Accounts;
using Ocop.Web.Features.Evaluation.Certificates;
using Ocop.Web.Features.MarketAccess;
using Ocop.Web.Features.Products.Showcase;
using Ocop.Web.Features.Traceability;

namespace Ocop.Web.Features.Products;

/// <summary>Everything the back-office page of a product shows, as the caller may see it.</summary>
public sealed record ProductOverview(
    ProductDetails Product,
    IReadOnlyList<CertificateItem> Certificates,
    string? DigitalLink,
    IReadOnlyList<LotItem> Lots,
    IReadOnlyDictionary<int, IReadOnlyList<LotDocumentItem>> LotDocuments,
    ScanSeries? Scans,
    IReadOnlyList<ListingItem> Listings,
    IReadOnlyList<PackItem> Packs,
    IReadOnlyList<VideoItem> Videos);

/// <summary>
/// Reads a product's back-office overview: the record, every certificate it has had (history kept),
/// its QR link while public, its lots with their documents (one query for all lots), 30 days of
/// scans, its e-commerce listings, packs and videos. Null when the product is outside the caller's scope.
/// </summary>
public sealed class ProductOverviewService(
    ProductService products, CertificateService certificates, ResolverService resolver, LotService lots, LotDocumentService lotDocuments,
    ScanStatistics scans, ListingService listings, ProductPackService packs, ProductVideoService videos)
{
    public async Task<ProductOverview?> GetAsync(int id, UserScope scope, CancellationToken ct)
    {
        if (await products.GetAsync(id, scope, ct) is not { } product)
        {
            return null;
        }

        var history = (await certificates.ListAsync(new CertificateQuery(null, id, 1, 100), scope, ct)).Items;
        var link = await resolver.ByIdAsync(id, ct) is { } published ? resolver.LinkFor(published) : null;
        var productLots = await lots.ListAsync(id, scope, ct) ?? [];
        var documents = await lotDocuments.ListForLotsAsync([.. productLots.Select(l => l.Id)], ct);
        return new ProductOverview(
            product, history, link, productLots, documents,
            await scans.ForProductAsync(id, 30, scope, ct),
            await listings.ListAsync(id, scope, ct) ?? [],
            await packs.ListAsync(id, scope, ct) ?? [],
            await videos.ListAsync(id, scope, ct) ?? []);
    }
}
