using Ocop.Web.Features.Evaluation.Certificates;
using Ocop.Web.Features.Producers;

namespace Ocop.Web.Features.Products;

/// <summary>
/// The rules for what the public may see. Two levels:
/// <list type="bullet">
/// <item><b>Reachable</b> (<see cref="ThatArePublic"/>): active products of active producers. Their pages,
/// QR codes and lots answer, so a label printed last year still tells the truth when its certificate
/// has since expired or been revoked (the page says so and asks search engines not to index it).</item>
/// <item><b>Listed</b> (<see cref="ThatAreListed"/>): reachable and holding a valid certificate issued on the
/// platform, or a legacy rating an officer has confirmed until a date. Only these appear in the
/// catalogue, on the home page, in the sitemap and in printed handbooks.</item>
/// </list>
/// Deleted records are already hidden by the query filters.
/// </summary>
public static class PublicProducts
{
    public static IQueryable<Product> ThatArePublic(this IQueryable<Product> products) =>
        products.Where(p => p.Status == ProductStatus.Active && p.Producer!.Status == ProducerStatus.Active && !p.Producer.IsDeleted);

    public static IQueryable<Product> ThatAreListed(this IQueryable<Product> products, IQueryable<Certificate> certificates, DateOnly today) =>
        products.ThatArePublic().Where(p =>
            (p.Stars != null && p.LegacyValidUntil != null && p.LegacyValidUntil >= today)
            || certificates.Any(c => c.ProductId == p.Id && c.RevokedOn == null && c.ExpiresOn >= today));
}
