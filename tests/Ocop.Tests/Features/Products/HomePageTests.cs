namespace Ocop.Tests.Features.Products;

public sealed class HomePageTests
{
    [Fact]
    public async Task Featured_ShowsBestRatedFirst_AndNoDrafts()
    {
        var (app, officer, producerId, setId) = await ProductApiTests.ArrangeAsync();
        await using var _ = app;
        var plain = ProductApiTests.Product(producerId, setId, "Bánh tráng Phú Thủy");
        await Registry.CreateProductAsync(officer, plain.Listed(stars: 3));
        var best = ProductApiTests.Product(producerId, setId, "Nước mắm Cá Đen");
        best.Stars = 4;
        await Registry.CreateProductAsync(officer, best.Listed());
        var draft = ProductApiTests.Product(producerId, setId, "Rượu vang thanh long");
        draft.Status = Ocop.Web.Features.Products.ProductStatus.Draft;
        await Registry.CreateProductAsync(officer, draft.Listed());
        await Registry.CreateProductAsync(officer, ProductApiTests.Product(producerId, setId, "Mật ong chưa xếp hạng"));

        var html = await app.CreateClient().GetStringAsync("/");

        html.IndexOf("Nước mắm Cá Đen", StringComparison.Ordinal).ShouldBeGreaterThan(0);
        html.IndexOf("Nước mắm Cá Đen", StringComparison.Ordinal).ShouldBeLessThan(html.IndexOf("Bánh tráng Phú Thủy", StringComparison.Ordinal));
        html.ShouldNotContain("Rượu vang thanh long");
        html.ShouldNotContain("Mật ong chưa xếp hạng", customMessage: "active but never rated: not listed");
    }
}
