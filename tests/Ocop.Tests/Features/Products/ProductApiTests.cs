using System.Net;
using System.Net.Http.Json;
using Ocop.Web.Features.Products;

namespace Ocop.Tests.Features.Products;

public sealed class ProductApiTests
{
    internal static readonly byte[] Png = Convert.FromBase64String("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR4nGNgYGBgAAAABQABpfZFQAAAAABJRU5ErkJggg==");

    internal static async Task<(OcopApp App, HttpClient Officer, int ProducerId, int SetId)> ArrangeAsync(Engine engine = Engine.Sqlite)
    {
        var app = await OcopApp.StartAsync(engine);
        var officer = await Registry.OfficerAsync(app, Registry.LamDong);
        var producer = await Registry.CreateProducerAsync(officer, Registry.Producer());
        return (app, officer, producer.Id, await Registry.ProductSetIdAsync(app));
    }

    internal static ProductInput Product(int producerId, int setId, string name = "Nước mắm Cá Đen", string? gtin = null, string? story = null) => new()
    {
        ProducerId = producerId, ProductSetId = setId, Name = name, Gtin = gtin, Story = story, Status = ProductStatus.Active,
    };

    [Theory]
    [ClassData(typeof(Engines))]
    public async Task Search_WithoutAccents_FindsVietnameseName(Engine engine)
    {
        var (app, officer, producerId, setId) = await ArrangeAsync(engine);
        await using var _ = app;
        await Registry.CreateProductAsync(officer, Product(producerId, setId).Listed());
        await Registry.CreateProductAsync(officer, Product(producerId, setId, "Bưởi da xanh").Listed());

        var found = await app.CreateClient().GetFromJsonAsync<JsonPage>("/api/v1/products?q=NUOC%20mam%20ca%20den", Json.Options);

        found!.Items.Select(i => i.Name).ShouldBe(["Nước mắm Cá Đen"]);
    }

    [Fact]
    public async Task Create_WrongGtinCheckDigit_IsRefused_AndValidOneIsPaddedTo14()
    {
        var (app, officer, producerId, setId) = await ArrangeAsync();
        await using var _ = app;

        var wrong = await officer.PostAsJsonAsync("/api/v1/products", Product(producerId, setId, gtin: "8930000000018"), Json.Options);
        wrong.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await wrong.Content.ReadAsStringAsync()).ShouldContain("Mã GTIN sai chữ số kiểm tra.");

        (await Registry.CreateProductAsync(officer, Product(producerId, setId, gtin: "8930000000019"))).Gtin.ShouldBe("08930000000019");
        var duplicate = await officer.PostAsJsonAsync("/api/v1/products", Product(producerId, setId, "Other", gtin: "08930000000019"), Json.Options);
        (await duplicate.Content.ReadAsStringAsync()).ShouldContain("đã được dùng");
    }

    [Fact]
    public async Task Story_WithScript_IsRenderedAsText()
    {
        var (app, officer, producerId, setId) = await ArrangeAsync();
        await using var _ = app;
        var story = "**Ngon**<script>alert('x')</script> [link](javascript:alert(1))";
        var created = await Registry.CreateProductAsync(officer, Product(producerId, setId, story: story));

        var html = await app.CreateClient().GetStringAsync($"/products/{created.Id}");

        html.ShouldContain("<strong>Ngon</strong>");
        html.ShouldNotContain("<script>alert");
        html.ShouldContain("&lt;script&gt;");
        html.ShouldNotContain("javascript:alert");
    }

    [Fact]
    public async Task UploadImage_ChecksContentAndSize()
    {
        var (app, officer, producerId, setId) = await ArrangeAsync();
        await using var _ = app;
        var product = await Registry.CreateProductAsync(officer, Product(producerId, setId));
        var url = $"/api/v1/products/{product.Id}/images";

        var fake = await officer.PostAsync(url, OcopApp.ImageContent("<html>not an image</html>"u8.ToArray(), "photo.png"));
        fake.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await fake.Content.ReadAsStringAsync()).ShouldContain("không phải ảnh");

        var huge = new byte[300_000];
        Png.CopyTo(huge, 0);
        var tooLarge = await officer.PostAsync(url, OcopApp.ImageContent(huge, "big.png"));
        tooLarge.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await tooLarge.Content.ReadAsStringAsync()).ShouldContain("vượt quá dung lượng");

        var ok = await officer.PostAsync(url, OcopApp.ImageContent(Png, "dot.txt"));
        ok.StatusCode.ShouldBe(HttpStatusCode.Created);
        var image = await app.CreateClient().GetAsync(ok.Headers.Location);
        image.Content.Headers.ContentType!.MediaType.ShouldBe("image/png");
        (await image.Content.ReadAsByteArrayAsync()).AsSpan(0, 8).SequenceEqual(Png.AsSpan(0, 8)).ShouldBeTrue("a PNG, as re-encoded here");
    }

    [Fact]
    public async Task ImageOfDraftProduct_IsHiddenFromPublic_ButShownToOfficer()
    {
        var (app, officer, producerId, setId) = await ArrangeAsync();
        await using var _ = app;
        var input = Product(producerId, setId);
        input.Status = ProductStatus.Draft;
        var product = await Registry.CreateProductAsync(officer, input);
        var upload = await officer.PostAsync($"/api/v1/products/{product.Id}/images", OcopApp.ImageContent(Png, "a.png"));

        (await app.CreateClient().GetAsync(upload.Headers.Location)).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await officer.GetAsync(upload.Headers.Location)).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await app.CreateClient().GetAsync($"/products/{product.Id}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task OtherProvinceOfficer_CannotSeeOrChangeProduct()
    {
        var (app, officer, producerId, setId) = await ArrangeAsync();
        await using var _ = app;
        var product = await Registry.CreateProductAsync(officer, Product(producerId, setId));
        var hcm = await Registry.OfficerAsync(app, Registry.HoChiMinh);

        (await hcm.GetAsync($"/api/v1/products/{product.Id}/record")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await hcm.PutAsJsonAsync($"/api/v1/products/{product.Id}", product.ToInput(), Json.Options)).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await hcm.PostAsync($"/api/v1/products/{product.Id}/images", OcopApp.ImageContent(Png, "a.png"))).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await hcm.GetAsync($"/admin/products/{product.Id}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        // Creating a product for another province's producer is refused on the field.
        var foreign = await hcm.PostAsJsonAsync("/api/v1/products", Product(producerId, setId, "Stolen"), Json.Options);
        foreign.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
    }

    private sealed record JsonPage(List<ProductListItem> Items, int TotalCount);
}
