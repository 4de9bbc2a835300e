using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using AngleSharp.Html.Parser;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Ocop.Tests.Features.Products;
using Ocop.Web.Features.Catalogue;
using Ocop.Web.Features.Producers;
using Ocop.Web.Features.Products;

namespace Ocop.Tests.Features.Catalogue;

/// <summary>The public catalogue over HTTP on both engines: what is listed, search, facet counts, sorting, paging, bad input.</summary>
public sealed class CatalogueTests
{
    private sealed record Shelf(OcopApp App, HttpClient LamDong, ProductDetails CaDen, ProductDetails PhuThuy, ProductDetails MatOng, ProductDetails Buoi);

    /// <summary>
    /// Four listed products in two provinces, by three producer types, in three product sets; and four that
    /// must stay out: never rated, rating confirmed until yesterday, a draft, and a product of a suspended producer.
    /// </summary>
    private static async Task<Shelf> ShelfAsync(Engine engine)
    {
        var app = await OcopApp.StartAsync(engine);
        var lamDong = await Registry.OfficerAsync(app, Registry.LamDong);
        var hcm = await Registry.OfficerAsync(app, Registry.HoChiMinh);
        var enterprise = await Registry.CreateProducerAsync(lamDong, Registry.Producer("Công ty TNHH Cá Đen"));
        var cooperativeInput = Registry.Producer("HTX nước mắm Phú Thủy");
        cooperativeInput.Type = ProducerType.Cooperative;
        var cooperative = await Registry.CreateProducerAsync(lamDong, cooperativeInput);
        var householdInput = Registry.Producer("Hộ kinh doanh Tân Mỹ", Registry.ThuongTan);
        householdInput.Type = ProducerType.Household;
        var household = await Registry.CreateProducerAsync(hcm, householdInput);
        var suspendedInput = Registry.Producer("Cơ sở tạm ngừng");
        suspendedInput.Status = ProducerStatus.Suspended;
        var suspended = await Registry.CreateProducerAsync(lamDong, suspendedInput);

        ProductInput Product(int producer, int set, string name, string? nameEn = null) => new()
        {
            ProducerId = producer, ProductSetId = set, Name = name, NameEn = nameEn, Status = ProductStatus.Active,
        };
        var fishSauce = await Registry.ProductSetIdAsync(app, "148-09");
        var honey = await Registry.ProductSetIdAsync(app, "148-04");
        var fruit = await Registry.ProductSetIdAsync(app, "148-01");
        var caDen = await Registry.CreateProductAsync(lamDong, Product(enterprise.Id, fishSauce, "Nước mắm Cá Đen", "Ca Den fish sauce").Listed(4));
        var phuThuy = await Registry.CreateProductAsync(lamDong, Product(cooperative.Id, fishSauce, "Nước mắm nhỉ Phú Thủy").Listed(3));
        var matOng = await Registry.CreateProductAsync(hcm, Product(household.Id, honey, "Mật ong rừng U Minh").Listed(5));
        var buoi = await Registry.CreateProductAsync(hcm, Product(household.Id, fruit, "Bưởi da xanh Tân Mỹ").Listed(4));

        await Registry.CreateProductAsync(lamDong, Product(enterprise.Id, fishSauce, "Nước mắm chưa xếp hạng"));
        var expired = Product(enterprise.Id, fishSauce, "Nước mắm hết hạn xác nhận");
        expired.LegacyValidUntil = DateOnly.FromDateTime(DateTime.UtcNow.AddHours(7)).AddDays(-1);
        await Registry.CreateProductAsync(lamDong, expired.Listed());
        var draft = Product(enterprise.Id, fishSauce, "Nước mắm bản nháp").Listed();
        draft.Status = ProductStatus.Draft;
        await Registry.CreateProductAsync(lamDong, draft);
        await Registry.CreateProductAsync(lamDong, Product(suspended.Id, fishSauce, "Nước mắm của cơ sở tạm ngừng").Listed());
        return new Shelf(app, lamDong, caDen, phuThuy, matOng, buoi);
    }

    /// <summary>
    /// The API's answer, which must be exactly what System.Text.Json writes for it with the app's options: the answer is written
    /// field by field (<see cref="CatalogueJson"/>), and a property it forgot, misnamed or escaped differently would show here.
    /// </summary>
    private static async Task<CatalogueResult> SearchAsync(OcopApp app, string query)
    {
        var response = await app.CreateClient().GetAsync("/api/v1/catalogue?" + query);
        var body = await response.Content.ReadAsStringAsync();
        response.StatusCode.ShouldBe(HttpStatusCode.OK, body);
        response.Content.Headers.ContentType!.ToString().ShouldBe("application/json; charset=utf-8");
        var options = app.Services.GetRequiredService<IOptions<JsonOptions>>().Value.SerializerOptions;
        var result = JsonSerializer.Deserialize<CatalogueResult>(body, options)!;
        body.ShouldBe(JsonSerializer.Serialize(result, options), "the answer as the serializer writes it");
        return result;
    }

    /// <summary>A facet's counts as "key:count" pairs in key order, e.g. "3:1 4:2 5:1".</summary>
    private static string Counts(CatalogueResult result, string facet) =>
        string.Join(' ', result.Facets.Single(f => f.Name == facet).Values.OrderBy(v => v.Key, StringComparer.Ordinal).Select(v => $"{v.Key}:{v.Count}"));

    private static int Sum(CatalogueResult result, string facet) => result.Facets.Single(f => f.Name == facet).Values.Sum(v => v.Count);

    [Theory]
    [ClassData(typeof(Engines))]
    public async Task OnlyListedProducts_AreFound_WithFacetCountsThatAddUp(Engine engine)
    {
        var shelf = await ShelfAsync(engine);
        await using var _ = shelf.App;

        var all = await SearchAsync(shelf.App, "");
        all.Items.Select(i => i.Name).ShouldBe(
            ["Mật ong rừng U Minh", "Bưởi da xanh Tân Mỹ", "Nước mắm Cá Đen", "Nước mắm nhỉ Phú Thủy"], "best rated first, then by name");
        all.TotalCount.ShouldBe(4);
        foreach (var facet in new[] { "stars", "group", "province", "type", "cert" })
        {
            Sum(all, facet).ShouldBe(4, $"facet {facet} adds up to the total");
        }

        Counts(all, "stars").ShouldBe("3:1 4:2 5:1");
        Counts(all, "province").ShouldBe("68:2 79:2");
        Counts(all, "type").ShouldBe("cooperative:1 enterprise:1 household:2");
        Counts(all, "cert").ShouldBe("legacy:4");
        all.Facets.ShouldNotContain(f => f.Name == "commune", "communes are listed within a chosen province only");

        // A filter narrows the results; its own facet still shows the other choices, the others count within it.
        var fourStars = await SearchAsync(shelf.App, "stars=4");
        fourStars.Items.Select(i => i.Name).ShouldBe(["Bưởi da xanh Tân Mỹ", "Nước mắm Cá Đen"]);
        Counts(fourStars, "stars").ShouldBe("3:1 4:2 5:1");
        Counts(fourStars, "province").ShouldBe("68:1 79:1");
        fourStars.Facets.Single(f => f.Name == "stars").Values.Single(v => v.Selected).Key.ShouldBe("4");

        var lamDong = await SearchAsync(shelf.App, $"province={Registry.LamDong}&type=cooperative");
        lamDong.Items.Select(i => i.Name).ShouldBe(["Nước mắm nhỉ Phú Thủy"]);
        Counts(lamDong, "commune").ShouldBe("22924:1");
        Counts(lamDong, "type").ShouldBe("cooperative:1 enterprise:1");

        // Chosen places that nothing matches stay listed, chosen, so the page can show them and let them be removed.
        var nothing = await SearchAsync(shelf.App, $"province={Registry.LamDong}&commune=22924&q=xyzzyq");
        nothing.TotalCount.ShouldBe(0);
        Counts(nothing, "province").ShouldBe($"{Registry.LamDong}:0");
        var commune = nothing.Facets.Single(f => f.Name == "commune").Values.ShouldHaveSingleItem();
        (commune.Key, commune.Count, commune.Selected).ShouldBe(("22924", 0, true));
        commune.Label.ShouldNotBe("22924", "named, not coded");
    }

    [Theory]
    [ClassData(typeof(Engines))]
    public async Task Search_IgnoresAccentsAndCase_ToleratesOneWrongLetter_AndReadsEnglishNames(Engine engine)
    {
        var shelf = await ShelfAsync(engine);
        await using var _ = shelf.App;

        var plain = await SearchAsync(shelf.App, "q=NUOC%20mam");
        plain.Items.Select(i => i.Name).ShouldBe(["Nước mắm Cá Đen", "Nước mắm nhỉ Phú Thủy"]);
        plain.Correction.ShouldBeNull();
        plain.Items.Select(i => i.ProductSetName).Distinct().ShouldBe(["Tương, nước mắm, gia vị dạng lỏng khác"]);
        var english = await SearchAsync(shelf.App, "q=NUOC%20mam&culture=en");
        english.Items.Select(i => i.ProductSetName).Distinct().ShouldBe(["Soy sauces, fish sauces and other liquid seasonings"], "an English reader gets the set's English name");
        english.Items.Select(i => i.ProvinceName).Distinct().ShouldBe(["Lâm Đồng Province"]);
        Sum(plain, "stars").ShouldBe(plain.TotalCount);
        (await SearchAsync(shelf.App, "q=m%E1%BA%ADt%20%C3%B4ng")).Items.Single().Name.ShouldBe("Mật ong rừng U Minh", "accents typed are fine too");
        (await SearchAsync(shelf.App, "q=nuoc%20ma")).TotalCount.ShouldBe(2, "the last word matches as a beginning while the user types");

        var swapped = await SearchAsync(shelf.App, "q=nuoc%20mma%20ca%20den");
        swapped.Items.Select(i => i.Name).ShouldBe(["Nước mắm Cá Đen"]);
        swapped.Correction.ShouldBe("nuoc mam ca den");
        (await SearchAsync(shelf.App, "q=mat%20og")).Items.Single().Name.ShouldBe("Mật ong rừng U Minh", "a missing letter");
        (await SearchAsync(shelf.App, "q=buoi%20da%20xamh")).Items.Single().Name.ShouldBe("Bưởi da xanh Tân Mỹ", "a wrong letter");
        (await SearchAsync(shelf.App, "q=fish%20sauce")).Items.Select(i => i.Name)
            .ShouldBe(["Nước mắm Cá Đen", "Nước mắm nhỉ Phú Thủy"], ignoreOrder: true, "its English name, and the glossary for the one named only in Vietnamese");
        (await SearchAsync(shelf.App, "q=tan%20my")).Items.Select(i => i.Name)
            .ShouldBe(["Bưởi da xanh Tân Mỹ", "Mật ong rừng U Minh"], "a match in the product's name comes before one on its producer only, whatever the stars");
        (await SearchAsync(shelf.App, "q=xyzzyq")).TotalCount.ShouldBe(0);
        (await SearchAsync(shelf.App, "q=%27%3B%20DROP%20TABLE%20%22Products%22%3B--")).TotalCount.ShouldBe(0);
    }

    [Theory]
    [ClassData(typeof(Engines))]
    public async Task Sorting_Paging_AndChanges_ShowOnTheNextSearch(Engine engine)
    {
        var shelf = await ShelfAsync(engine);
        await using var _ = shelf.App;

        (await SearchAsync(shelf.App, "sort=name")).Items.Select(i => i.Name)
            .ShouldBe(["Bưởi da xanh Tân Mỹ", "Mật ong rừng U Minh", "Nước mắm Cá Đen", "Nước mắm nhỉ Phú Thủy"]);
        var second = await SearchAsync(shelf.App, "sort=name&pageSize=3&page=2");
        second.Items.Select(i => i.Name).ShouldBe(["Nước mắm nhỉ Phú Thủy"]);
        second.TotalPages.ShouldBe(2);

        var input = shelf.PhuThuy.ToInput();
        input.Name = "Nước mắm nhĩ Phú Thủy đặc biệt";
        (await shelf.LamDong.PutAsJsonAsync($"/api/v1/products/{shelf.PhuThuy.Id}", input, Json.Options)).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await SearchAsync(shelf.App, "q=dac%20biet")).Items.Single().Id.ShouldBe(shelf.PhuThuy.Id);

        var unlisted = shelf.CaDen.ToInput();
        unlisted.LegacyValidUntil = null;
        (await shelf.LamDong.PutAsJsonAsync($"/api/v1/products/{shelf.CaDen.Id}", unlisted, Json.Options)).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await SearchAsync(shelf.App, "q=ca%20den")).TotalCount.ShouldBe(0);
        (await shelf.App.CreateClient().GetAsync($"/products/{shelf.CaDen.Id}")).StatusCode.ShouldBe(HttpStatusCode.OK, "still reachable from its printed QR code");
    }

    [Theory]
    [ClassData(typeof(Engines))]
    public async Task BadInput_GetsAClearAnswer_NeverAnError(Engine engine)
    {
        var shelf = await ShelfAsync(engine);
        await using var _ = shelf.App;
        var client = shelf.App.CreateClient();

        async Task<JsonElement> ProblemAsync(string query, HttpStatusCode status)
        {
            var response = await client.GetAsync("/api/v1/catalogue?" + query);
            response.StatusCode.ShouldBe(status, await response.Content.ReadAsStringAsync());
            response.Content.Headers.ContentType!.MediaType.ShouldBe("application/problem+json");
            return (await response.Content.ReadFromJsonAsync<JsonElement>())!;
        }

        var longText = new string('a', 101);
        (await ProblemAsync($"q={longText}", HttpStatusCode.BadRequest)).GetProperty("errors").GetProperty("q")[0].GetString()
            .ShouldBe("Từ khóa quá dài: tối đa 100 ký tự.");
        var many = await ProblemAsync("stars=9&sort=cheapest&type=farm&page=0&province=%3Cscript%3E&cert=maybe&group=x&pageSize=1000", HttpStatusCode.BadRequest);
        many.GetProperty("errors").EnumerateObject().Select(p => p.Name).Order()
            .ShouldBe(["cert", "group", "page", "pageSize", "province", "sort", "stars", "type"]);
        (await ProblemAsync("page=99999999", HttpStatusCode.NotFound)).GetProperty("detail").GetString()
            .ShouldBe("Không có trang 99999999: kết quả tìm kiếm này có 1 trang.");

        // The page answers the same in Vietnamese, with the query shown back as text, never as markup.
        var pastEnd = await client.GetAsync("/products?page=40&q=%3Cscript%3Ealert(1)%3C%2Fscript%3E");
        pastEnd.StatusCode.ShouldBe(HttpStatusCode.OK, "nothing matched, so there is no past-the-end page to complain about");
        var html = await pastEnd.Content.ReadAsStringAsync();
        html.ShouldNotContain("<script>alert(1)</script>");
        var tooFar = await client.GetAsync("/products?page=40");
        tooFar.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        new HtmlParser().ParseDocument(await tooFar.Content.ReadAsStringAsync()).QuerySelector("[data-testid=past-end]")!.TextContent
            .ShouldContain("Không có trang 40: kết quả tìm kiếm này có 1 trang.");
        var tooLong = await client.GetAsync($"/products?q={longText}");
        tooLong.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        new HtmlParser().ParseDocument(await tooLong.Content.ReadAsStringAsync()).QuerySelector("[data-testid=catalogue-error]")!.TextContent
            .ShouldContain("Từ khóa quá dài");
    }

    [Theory]
    [ClassData(typeof(Engines))]
    public async Task Handbook_PrintsCoverContentsAndOneBlockPerProduct_WithWorkingQrCodes(Engine engine)
    {
        var shelf = await ShelfAsync(engine);
        await using var _ = shelf.App;
        var client = shelf.App.CreateClient();
        await ProductImageWidthTests.UploadAsync(shelf.LamDong, shelf.CaDen.Id, ProductImageWidthTests.Photo(1600, 1000), "ca-den.jpg");

        var response = await client.GetAsync($"/handbook.pdf?province={Registry.LamDong}");
        response.StatusCode.ShouldBe(HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        response.Content.Headers.ContentType!.MediaType.ShouldBe("application/pdf");
        var pdf = await response.Content.ReadAsByteArrayAsync();
        // The photo is printed from its copy as wide as the block needs, not the 1600-pixel upload.
        var pictures = await PdfText.ImagesAsync(pdf);
        pictures.ShouldContain((HandbookService.PrintWidth, 400));
        pictures.ShouldAllBe(p => p.Width <= HandbookService.PrintWidth);
        var text = await PdfText.ExtractAsync(pdf);
        var pages = text.Split('\f');
        pages[0].ShouldContain("Cẩm nang sản phẩm OCOP");
        pages[0].ShouldContain("Tỉnh Lâm Đồng");
        pages[0].ShouldContain("2 sản phẩm");
        pages[1].ShouldContain("Mục lục");
        pages[1].ShouldContain("Nước mắm Cá Đen");
        pages[2].ShouldContain("Nước mắm nhỉ Phú Thủy");
        pages[2].ShouldContain("HTX nước mắm Phú Thủy");
        pages[2].ShouldContain("Xếp hạng đã xác nhận theo QĐ 1234/QĐ-UBND");
        text.ShouldNotContain("chưa xếp hạng");
        text.ShouldNotContain("Mật ong", customMessage: "another province's product");

        // The first block's QR code (top right of page 3) leads to that product.
        var qr = await PdfText.CropToPngAsync(pdf, 150, 890, 100, 290, 290, page: 3);
        (await NodeTools.RunAsync("decode-qr.js", [qr])).ShouldBe($"http://localhost/q/{Ocop.Web.Features.Traceability.DigitalLinks.ShortCode(shelf.CaDen.Id)}");

        // Tagged: the title a heading, each product a subheading, each QR code a figure with its address.
        (await PdfText.InfoAsync(pdf)).ShouldMatch(@"(?m)^Tagged:\s+yes$");
        var structure = await PdfText.InfoAsync(pdf, "-struct-text");
        structure.ShouldContain("H1");
        structure.ShouldContain("Cẩm nang sản phẩm OCOP");
        structure.ShouldContain("H2");
        structure.ShouldContain("Figure");

        var english = await client.GetByteArrayAsync($"/handbook.pdf?province={Registry.LamDong}&culture=en");
        (await PdfText.ExtractAsync(english)).ShouldContain("Ca Den fish sauce");

        var empty = await client.GetAsync("/handbook.pdf?q=xyzzyq");
        empty.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await empty.Content.ReadAsStringAsync()).ShouldContain("Không có sản phẩm nào theo bộ lọc này.");
        (await client.GetAsync("/handbook.pdf?stars=8")).StatusCode.ShouldBe(HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task LanguageSwitch_KeepsTheSearchAndFilters()
    {
        var shelf = await ShelfAsync(Engine.Sqlite);
        await using var _ = shelf.App;
        var client = shelf.App.CreateClient();

        var vi = new HtmlParser().ParseDocument(await client.GetStringAsync("/products?q=nuoc&stars=4&culture=vi"));
        var english = vi.QuerySelector("a[lang=en]")!.GetAttribute("href")!;
        english.ShouldBe("/language/en?returnUrl=" + Uri.EscapeDataString("/products?q=nuoc&stars=4"));

        var en = new HtmlParser().ParseDocument(await client.GetStringAsync(english));
        en.DocumentElement.GetAttribute("lang").ShouldBe("en");
        en.QuerySelector("#q")!.GetAttribute("value").ShouldBe("nuoc");
        en.QuerySelectorAll("[data-testid=product-card] h2").Select(h => h.TextContent.Trim()).ShouldBe(["Ca Den fish sauce"]);
        en.QuerySelector("[data-testid=facet-stars] [aria-current=true]")!.GetAttribute("data-key").ShouldBe("4");
        en.QuerySelector("[data-testid=facet-type]")!.TextContent.ShouldContain("Enterprise");
    }
}
