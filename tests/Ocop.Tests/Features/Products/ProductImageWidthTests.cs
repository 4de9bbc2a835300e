using System.Net;
using System.Net.Http.Json;
using AngleSharp.Html.Parser;
using Microsoft.AspNetCore.Mvc;
using Ocop.Web.Features.Products;
using SkiaSharp;

namespace Ocop.Tests.Features.Products;

/// <summary>Pictures at the widths pages show them: made once, never wider than the upload, gone with the picture.</summary>
public sealed class ProductImageWidthTests
{
    [Theory]
    [ClassData(typeof(Engines))]
    public async Task Widths_AreMadeOnceFromThePicture_NeverWiderThanIt_AndGoWithIt(Engine engine)
    {
        var (app, officer, producerId, setId) = await ProductApiTests.ArrangeAsync(engine);
        await using var _ = app;
        var product = await Registry.CreateProductAsync(officer, ProductApiTests.Product(producerId, setId).Listed());
        var photo = await UploadAsync(officer, product.Id, Photo(1600, 1000), "anh.jpg");
        var icon = await UploadAsync(officer, product.Id, ProductApiTests.Png, "logo.png");
        var visitor = app.CreateClient();

        foreach (var (width, height) in new[] { (160, 100), (320, 200), (640, 400), (1280, 800) })
        {
            var response = await visitor.GetAsync($"/media/product-images/{photo}?w={width}");
            response.StatusCode.ShouldBe(HttpStatusCode.OK);
            response.Content.Headers.ContentType!.MediaType.ShouldBe("image/jpeg");
            response.Headers.CacheControl!.Public.ShouldBeTrue();
            using var bitmap = SKBitmap.Decode(await response.Content.ReadAsByteArrayAsync());
            (bitmap.Width, bitmap.Height).ShouldBe((width, height));
        }

        // Kept beside the picture: asked again, the same file answers.
        var folder = Path.Combine(app.DataPath, "uploads", "products", product.Id.ToString(System.Globalization.CultureInfo.InvariantCulture));
        var stored = Directory.GetFiles(folder, "*.w320.jpg").ShouldHaveSingleItem();
        var madeAt = File.GetLastWriteTimeUtc(stored);
        (await visitor.GetAsync($"/media/product-images/{photo}?w=320")).StatusCode.ShouldBe(HttpStatusCode.OK);
        File.GetLastWriteTimeUtc(stored).ShouldBe(madeAt);

        // A picture narrower than asked is served as it is, never enlarged; without a width the upload itself.
        var small = await visitor.GetAsync($"/media/product-images/{icon}?w=640");
        small.Content.Headers.ContentType!.MediaType.ShouldBe("image/png");
        SKBitmap.Decode(await small.Content.ReadAsByteArrayAsync()).Width.ShouldBe(1);
        SKBitmap.Decode(await visitor.GetByteArrayAsync($"/media/product-images/{photo}")).Width.ShouldBe(1600);

        foreach (var width in new[] { "333", "abc", "-320" })
        {
            var odd = await visitor.GetAsync($"/media/product-images/{photo}?w={width}");
            odd.StatusCode.ShouldBe(HttpStatusCode.BadRequest, width);
            var problem = (await odd.Content.ReadFromJsonAsync<ProblemDetails>())!;
            problem.Title.ShouldBe("Độ rộng ảnh không hợp lệ");
            problem.Detail.ShouldBe("Ảnh chỉ có các độ rộng (điểm ảnh): 160, 320, 640, 1280.");
        }

        // A draft product's picture is no more visible at another width.
        var draft = ProductApiTests.Product(producerId, setId, "Mắm tôm chưa công bố");
        draft.Status = ProductStatus.Draft;
        var hidden = await Registry.CreateProductAsync(officer, draft);
        var hiddenPhoto = await UploadAsync(officer, hidden.Id, Photo(800, 600), "an.jpg");
        (await visitor.GetAsync($"/media/product-images/{hiddenPhoto}?w=320")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await officer.GetAsync($"/media/product-images/{hiddenPhoto}?w=320")).StatusCode.ShouldBe(HttpStatusCode.OK);

        (await officer.DeleteAsync($"/api/v1/products/{product.Id}/images/{photo}")).StatusCode.ShouldBe(HttpStatusCode.NoContent);
        Directory.GetFiles(folder, "*.jpg*").ShouldBeEmpty();
        (await visitor.GetAsync($"/media/product-images/{photo}?w=320")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    [Theory]
    [InlineData("/data/uploads/products/7/4f1c.jpg.w320.jpg", true)]
    [InlineData("/data/uploads/products/7/4f1c.png.w1280.png", true)]
    [InlineData("/data/uploads/products/7/4f1c.jpg.w640.jpg.9a0b.partial", true)]
    [InlineData("/data/uploads/products/7/4f1c.jpg", false)]
    [InlineData("/data/uploads/products/7/4f1c.jpg.w333.jpg", false)]
    [InlineData("/data/uploads/products/7/photo.w320.jpg", false)]
    public void WidthCopies_AreToldFromPictures(string path, bool copy) => ProductImageVariants.IsWidthCopy(path).ShouldBe(copy);

    [Fact]
    public async Task Pages_AskForTheWidthTheyShow()
    {
        var (app, officer, producerId, setId) = await ProductApiTests.ArrangeAsync();
        await using var _ = app;
        var product = await Registry.CreateProductAsync(officer, ProductApiTests.Product(producerId, setId).Listed());
        var first = await UploadAsync(officer, product.Id, Photo(900, 600), "mot.jpg");
        var second = await UploadAsync(officer, product.Id, Photo(900, 600), "hai.jpg");
        var visitor = app.CreateClient();

        var catalogue = new HtmlParser().ParseDocument(await visitor.GetStringAsync("/products"));
        var card = catalogue.QuerySelector("[data-testid=product-card] img")!;
        card.GetAttribute("src").ShouldBe($"/media/product-images/{first}?w=320");
        card.GetAttribute("srcset").ShouldBe($"/media/product-images/{first}?w=320 320w, /media/product-images/{first}?w=640 640w");
        card.GetAttribute("sizes").ShouldNotBeNullOrEmpty();

        var page = new HtmlParser().ParseDocument(await visitor.GetStringAsync($"/products/{product.Id}"));
        page.QuerySelector("[data-testid=gallery-main]")!.GetAttribute("srcset")
            .ShouldBe($"/media/product-images/{first}?w=640 640w, /media/product-images/{first}?w=1280 1280w");
        var thumbs = page.QuerySelectorAll("[data-gallery-thumb]");
        thumbs.Select(t => t.QuerySelector("img")!.GetAttribute("src")).ShouldBe([$"/media/product-images/{first}?w=160", $"/media/product-images/{second}?w=160"]);
        thumbs[1].GetAttribute("href").ShouldBe($"/media/product-images/{second}");
        thumbs[1].GetAttribute("data-srcset").ShouldBe($"/media/product-images/{second}?w=640 640w, /media/product-images/{second}?w=1280 1280w");
        ProductImageUrl.SourceSet(7, 160).ShouldBe("/media/product-images/7?w=160 160w");
    }

    internal static async Task<int> UploadAsync(HttpClient client, int productId, byte[] bytes, string name)
    {
        var response = await client.PostAsync($"/api/v1/products/{productId}/images", OcopApp.ImageContent(bytes, name));
        response.StatusCode.ShouldBe(HttpStatusCode.Created);
        return int.Parse(response.Headers.Location!.ToString().Split('/')[^1], System.Globalization.CultureInfo.InvariantCulture);
    }

    /// <summary>A photograph-like JPEG: a gradient, so that scaling has something to average.</summary>
    internal static byte[] Photo(int width, int height)
    {
        using var bitmap = new SKBitmap(width, height, SKColorType.Rgba8888, SKAlphaType.Opaque);
        using (var canvas = new SKCanvas(bitmap))
        using (var paint = new SKPaint())
        {
            paint.Shader = SKShader.CreateLinearGradient(new SKPoint(0, 0), new SKPoint(width, height), [SKColors.OrangeRed, SKColors.SeaGreen], SKShaderTileMode.Clamp);
            canvas.DrawRect(0, 0, width, height, paint);
        }

        using var encoded = bitmap.Encode(SKEncodedImageFormat.Jpeg, 90);
        return encoded.ToArray();
    }
}
