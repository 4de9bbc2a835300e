using Microsoft.EntityFrameworkCore;
using Ocop.Web.Features.Products.Showcase;

namespace Ocop.Web.Data;

public sealed partial class DemoSeeder
{
    /// <summary>Packs and retail prices of the real products, as their producers sell them (prices of late 2026, rounded).</summary>
    private static readonly (string Product, PackKind Kind, decimal Amount, PackUnit Unit, decimal? Price)[] DemoPacks =
    [
        ("Nước mắm Cá Đen", PackKind.Bottle, 500, PackUnit.Millilitre, 85_000m),
        ("Nước mắm Cá Đen", PackKind.Bottle, 1, PackUnit.Litre, 150_000m),
        ("Nước mắm Cá Đen", PackKind.Can, 5, PackUnit.Litre, 650_000m),
        ("Rượu vang thanh long Hàm Đức", PackKind.Bottle, 750, PackUnit.Millilitre, 180_000m),
        ("Rượu vang thanh long Hàm Đức", PackKind.Box, 2, PackUnit.Piece, 390_000m),
        ("Nước ép thanh long Bảo Long", PackKind.Bottle, 330, PackUnit.Millilitre, 25_000m),
        ("Nước ép thanh long Bảo Long", PackKind.Box, 6, PackUnit.Piece, 140_000m),
        ("Bưởi da xanh Tân Mỹ", PackKind.Bag, 2, PackUnit.Kilogram, 110_000m),
        ("Bưởi da xanh Tân Mỹ", PackKind.Basket, 3, PackUnit.Piece, null),
    ];

    /// <summary>The real products' packs (a product the seed does not have is skipped).</summary>
    private async Task SeedPacksAsync(CancellationToken ct)
    {
        var names = DemoPacks.Select(p => p.Product).Distinct().ToList();
        var ids = await db.Products.Where(p => names.Contains(p.Name)).GroupBy(p => p.Name).Select(g => new { g.Key, Id = g.Min(p => p.Id) })
            .ToDictionaryAsync(p => p.Key, p => p.Id, ct);
        db.ProductPacks.AddRange(DemoPacks.Where(p => ids.ContainsKey(p.Product))
            .Select(p => new ProductPack { ProductId = ids[p.Product], Kind = p.Kind, Amount = p.Amount, Unit = p.Unit, Price = p.Price }));
        await db.SaveChangesAsync(ct);
    }
}
