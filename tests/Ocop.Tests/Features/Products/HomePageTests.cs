namespace Ocop.Tests.Features.Products;

public sealed class HomePageTests
{
    [Fact]
    public async Task Featured_ShowsBestRatedFirst_AndNoDrafts()
    {
        var (app, officer, producerId, setId) = await ProductApiTests.ArrangeAsync();
        await using var _ = app;
        var plain = ProductApiTests.Product(producerId, setId, "Bánh tráng Phú Thủy");
        await Registry.CreateProductAsync(officer, plain);
        var best = ProductApiTests.Product(producerId, setId, "Nước mắm Cá Đen");
        best.Stars = 4;
        await Registry.CreateProductAsync(officer, best);
        var draft = ProductApiTests.Product(producerId, setId, "Rượu vang thanh long");
        draft.Status = Ocop.Web.Features.Products.ProductStatus.Draft;
        await Registry.CreateProductAsync(officer, draft);

        var html = await app.CreateClient().GetStringAsync("/");

        html.IndexOf("Nước mắm Cá Đen", StringComparison.Ordinal).ShouldBeGreaterThan(0);
        html.IndexOf("Nước mắm Cá Đen", StringComparison.Ordinal).ShouldBeLessThan(html.IndexOf("Bánh tráng Phú Thủy", StringComparison.Ordinal));
        html.ShouldNotContain("Rượu vang thanh long");
    }
}
