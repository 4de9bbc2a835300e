using Ocop.Web.Features.Producers;

namespace Ocop.Web.Features.Products;

/// <summary>
/// The one rule for what the public may see: active products of active producers (deleted
/// records are already hidden by the query filters). The catalogue and the image files both use it.
/// </summary>
public static class PublicProducts
{
    public static IQueryable<Product> ThatArePublic(this IQueryable<Product> products) =>
        products.Where(p => p.Status == ProductStatus.Active && p.Producer!.Status == ProducerStatus.Active && !p.Producer.IsDeleted);
}
