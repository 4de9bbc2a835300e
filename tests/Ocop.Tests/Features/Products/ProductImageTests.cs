using System.Net;
using System.Net.Http.Json;
using Ocop.Web.Features.Products;

namespace Ocop.Tests.Features.Products;

/// <summary>Pictures are removed and reordered only by editors in scope; the first is the cover.</summary>
public sealed class ProductImageTests
{
    private static async Task<int> UploadAsync(HttpClient client, int productId)
    {
        var response = await client.PostAsync($"/api/v1/products/{productId}/images", OcopApp.ImageContent(ProductApiTests.Png, "a.png"));
        response.StatusCode.ShouldBe(HttpStatusCode.Created);
        return int.Parse(response.Headers.Location!.ToString().Split('/')[^1], System.Globalization.CultureInfo.InvariantCulture);
    }

    [Fact]
    public async Task Reorder_ChangesCover_AndDelete_RemovesPicture()
    {
        var (app, officer, producerId, setId) = await ProductApiTests.ArrangeAsync();
        await using var _ = app;
        var product = await Registry.CreateProductAsync(officer, ProductApiTests.Product(producerId, setId));
        var first = await UploadAsync(officer, product.Id);
        var second = await UploadAsync(officer, product.Id);
        var third = await UploadAsync(officer, product.Id);

        var reordered = await officer.PutAsJsonAsync($"/api/v1/products/{product.Id}/images/order", new[] { third, first, second });
        reordered.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await app.CreateClient().GetFromJsonAsync<ProductPublicDto>($"/api/v1/products/{product.Id}", Json.Options))!
            .ImageIds.ShouldBe([third, first, second]);

        (await officer.DeleteAsync($"/api/v1/products/{product.Id}/images/{third}")).StatusCode.ShouldBe(HttpStatusCode.NoContent);
        (await app.CreateClient().GetAsync($"/media/product-images/{third}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await app.CreateClient().GetFromJsonAsync<ProductPublicDto>($"/api/v1/products/{product.Id}", Json.Options))!
            .ImageIds.ShouldBe([first, second]);
        (await officer.DeleteAsync($"/api/v1/products/{product.Id}/images/{third}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Reorder_ThatDropsOrRepeatsPictures_IsRefused()
    {
        var (app, officer, producerId, setId) = await ProductApiTests.ArrangeAsync();
        await using var _ = app;
        var product = await Registry.CreateProductAsync(officer, ProductApiTests.Product(producerId, setId));
        var first = await UploadAsync(officer, product.Id);
        var second = await UploadAsync(officer, product.Id);

        foreach (var order in new[] { new[] { first }, [first, first], [first, second, 999_999] })
        {
            var response = await officer.PutAsJsonAsync($"/api/v1/products/{product.Id}/images/order", order);
            response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
            (await response.Content.ReadAsStringAsync()).ShouldContain("mỗi ảnh của sản phẩm một lần");
        }
    }

    [Fact]
    public async Task OtherProvinceOfficer_CannotDeleteOrReorder()
    {
        var (app, officer, producerId, setId) = await ProductApiTests.ArrangeAsync();
        await using var _ = app;
        var product = await Registry.CreateProductAsync(officer, ProductApiTests.Product(producerId, setId));
        var image = await UploadAsync(officer, product.Id);
        var hcm = await Registry.OfficerAsync(app, Registry.HoChiMinh);

        (await hcm.DeleteAsync($"/api/v1/products/{product.Id}/images/{image}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await hcm.PutAsJsonAsync($"/api/v1/products/{product.Id}/images/order", new[] { image })).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await app.CreateClient().GetAsync($"/media/product-images/{image}")).StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task DetailsScreen_MovesAndDeletesPictures()
    {
        var (app, officer, producerId, setId) = await ProductApiTests.ArrangeAsync();
        await using var _ = app;
        var product = await Registry.CreateProductAsync(officer, ProductApiTests.Product(producerId, setId));
        var first = await UploadAsync(officer, product.Id);
        var second = await UploadAsync(officer, product.Id);
        var page = $"/admin/products/{product.Id}";

        (await OcopApp.PostFormAsync(officer, $"{page}?handler=MoveImage&imageId={second}&step=-1", [], page)).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var html = await officer.GetStringAsync(page);
        html.IndexOf($"/media/product-images/{second}", StringComparison.Ordinal)
            .ShouldBeLessThan(html.IndexOf($"/media/product-images/{first}", StringComparison.Ordinal), "the moved picture comes first");

        (await OcopApp.PostFormAsync(officer, $"{page}?handler=DeleteImage&imageId={first}", [], page)).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        html = await officer.GetStringAsync(page);
        html.ShouldContain("Đã xóa ảnh.");
        html.ShouldNotContain($"/media/product-images/{first}\"");
    }
}
