using System.Net.Http.Json;
using System.Text.Json;
using System.Xml.Linq;
using AngleSharp.Html.Parser;
using Ocop.Web.Features.Products;

namespace Ocop.Tests.Features.Public;

/// <summary>What search engines and link previews read: canonical and hreflang links, Open Graph, JSON-LD, sitemap, robots.</summary>
public sealed class ProductPageMetadataTests
{
    [Fact]
    public async Task ProductPage_CarriesSharingAndSearchMetadata_InTheReadersLanguage()
    {
        await using var app = await OcopApp.StartAsync();
        var officer = await Registry.OfficerAsync(app, Registry.LamDong);
        var producer = await Registry.CreateProducerAsync(officer, Registry.Producer());
        var product = await Registry.CreateProductAsync(officer, new ProductInput
        {
            ProducerId = producer.Id, Name = "Nước mắm Cá Đen", NameEn = "Ca Den fish sauce", ProductSetId = await Registry.ProductSetIdAsync(app),
            Status = ProductStatus.Active, Gtin = "8930000000019", Description = "Nước mắm truyền thống </script><script>alert(1)</script> Phan Thiết.",
        }.Listed());
        var unrated = await Registry.CreateProductAsync(officer, new ProductInput
        {
            ProducerId = producer.Id, Name = "Mật ong chưa xếp hạng", ProductSetId = await Registry.ProductSetIdAsync(app), Status = ProductStatus.Active,
        });
        var draft = await Registry.CreateProductAsync(officer, new ProductInput
        {
            ProducerId = producer.Id, Name = "Sản phẩm nháp", ProductSetId = await Registry.ProductSetIdAsync(app), Status = ProductStatus.Draft,
        });

        var vi = new HtmlParser().ParseDocument(await app.CreateClient().GetStringAsync($"/products/{product.Id}"));
        vi.QuerySelector("link[rel=canonical]")!.GetAttribute("href").ShouldBe($"http://localhost/products/{product.Id}");
        vi.QuerySelector("link[hreflang=en]")!.GetAttribute("href").ShouldBe($"http://localhost/products/{product.Id}?culture=en");
        vi.QuerySelector("meta[property='og:title']")!.GetAttribute("content").ShouldBe("Nước mắm Cá Đen");
        vi.QuerySelector("meta[name='twitter:card']")!.GetAttribute("content").ShouldBe("summary");
        vi.QuerySelectorAll("script").Count(s => s.TextContent.Contains("alert(1)")).ShouldBe(1, "the description stays inside the JSON-LD, it opens no script of its own");
        using var ld = JsonDocument.Parse(vi.QuerySelector("script[type='application/ld+json']")!.TextContent);
        ld.RootElement.GetProperty("@type").GetString().ShouldBe("Product");
        ld.RootElement.GetProperty("name").GetString().ShouldBe("Nước mắm Cá Đen");
        ld.RootElement.GetProperty("gtin14").GetString().ShouldBe("08930000000019");
        ld.RootElement.GetProperty("brand").GetProperty("name").GetString().ShouldBe(producer.Name);

        var en = new HtmlParser().ParseDocument(await app.CreateClient().GetStringAsync($"/products/{product.Id}?culture=en"));
        en.QuerySelector("h1")!.TextContent.ShouldBe("Ca Den fish sauce");
        en.QuerySelector("meta[property='og:title']")!.GetAttribute("content").ShouldBe("Ca Den fish sauce");
        en.DocumentElement.GetAttribute("lang").ShouldBe("en");

        var sitemap = XDocument.Parse(await app.CreateClient().GetStringAsync("/sitemap.xml"));
        XNamespace ns = "http://www.sitemaps.org/schemas/sitemap/0.9";
        var locations = sitemap.Descendants(ns + "loc").Select(l => l.Value).ToList();
        locations.ShouldContain($"http://localhost/products/{product.Id}");
        locations.ShouldNotContain($"http://localhost/products/{draft.Id}");
        locations.ShouldNotContain($"http://localhost/products/{unrated.Id}");

        // Reachable (a printed QR code must still answer) but marked as not listed, and kept out of search engines.
        var unratedPage = new HtmlParser().ParseDocument(await app.CreateClient().GetStringAsync($"/products/{unrated.Id}"));
        unratedPage.QuerySelector("[data-testid=not-listed]").ShouldNotBeNull();
        unratedPage.QuerySelector("meta[name=robots]")!.GetAttribute("content").ShouldBe("noindex");
        vi.QuerySelector("[data-testid=not-listed]").ShouldBeNull();
        vi.QuerySelector("meta[name=robots]").ShouldBeNull();
        sitemap.Descendants(XNamespace.Get("http://www.w3.org/1999/xhtml") + "link")
            .ShouldContain(l => (string?)l.Attribute("href") == $"http://localhost/products/{product.Id}?culture=en");

        var robots = await app.CreateClient().GetStringAsync("/robots.txt");
        robots.ShouldContain("Disallow: /admin");
        robots.ShouldContain("Sitemap: http://localhost/sitemap.xml");
    }

    [Fact]
    public async Task TheEnglishPage_MarksWhatIsOnlyInVietnamese_AndWritesNumbersTheEnglishWay()
    {
        await using var app = await OcopApp.StartAsync();
        var officer = await Registry.OfficerAsync(app, Registry.LamDong);
        var producer = await Registry.CreateProducerAsync(officer, Registry.Producer());
        var translated = await Registry.CreateProductAsync(officer, new ProductInput
        {
            ProducerId = producer.Id, Name = "Nước mắm Cá Đen", NameEn = "Ca Den fish sauce", ProductSetId = await Registry.ProductSetIdAsync(app),
            Status = ProductStatus.Active, Description = "Nước mắm truyền thống.", DescriptionEn = "Traditional fish sauce.", Packaging = "Chai thủy tinh 500 ml",
        }.Listed());
        var vietnameseOnly = await Registry.CreateProductAsync(officer, new ProductInput
        {
            ProducerId = producer.Id, Name = "Mắm ruốc Phú Thủy", ProductSetId = await Registry.ProductSetIdAsync(app), Status = ProductStatus.Active,
            Description = "Mắm ruốc làm từ ruốc biển.",
        }.Listed());
        var listing = new Ocop.Web.Features.MarketAccess.ListingInput { Platform = Ocop.Web.Features.MarketAccess.ListingPlatform.Shopee, Url = "https://shopee.vn/ca-den", Price = 1250000m };
        (await officer.PostAsJsonAsync($"/api/v1/products/{translated.Id}/listings", listing, Json.Options)).IsSuccessStatusCode.ShouldBeTrue();
        var client = app.CreateClient();

        var en = new HtmlParser().ParseDocument(await client.GetStringAsync($"/products/{vietnameseOnly.Id}?culture=en"));
        en.QuerySelector("h1")!.GetAttribute("lang").ShouldBe("vi");
        en.QuerySelector("[data-testid=description]")!.GetAttribute("lang").ShouldBe("vi");
        en.QuerySelector("#producer-heading span")!.GetAttribute("lang").ShouldBe("vi");
        en.QuerySelector("[data-testid=product-set]")!.TextContent.ShouldContain("Soy sauces, fish sauces and other liquid seasonings");
        en.QuerySelector("[data-testid=producer] address")!.TextContent.ShouldContain("Lâm Đồng Province");
        new HtmlParser().ParseDocument(await client.GetStringAsync($"/products/{vietnameseOnly.Id}")).QuerySelector("[data-testid=producer] address")!
            .TextContent.ShouldContain("Tỉnh Lâm Đồng");

        // Without a photo, the product shows its set's drawing (bottles for a fish sauce), not a star.
        var picture = en.QuerySelector("[data-testid=set-picture]")!.GetAttribute("src")!;
        picture.ShouldBe("/img/sets/09.svg");
        var svg = await client.GetAsync(picture);
        svg.Content.Headers.ContentType!.MediaType.ShouldBe("image/svg+xml");

        var translatedEn = new HtmlParser().ParseDocument(await client.GetStringAsync($"/products/{translated.Id}?culture=en"));
        translatedEn.QuerySelector("h1")!.HasAttribute("lang").ShouldBeFalse("an English name is English");
        translatedEn.QuerySelector("[data-testid=description]")!.HasAttribute("lang").ShouldBeFalse();
        translatedEn.DocumentElement.TextContent.ShouldContain("1,250,000 ₫");
        var translatedVi = new HtmlParser().ParseDocument(await client.GetStringAsync($"/products/{translated.Id}"));
        translatedVi.QuerySelector("h1")!.HasAttribute("lang").ShouldBeFalse("a Vietnamese page is Vietnamese already");
        translatedVi.DocumentElement.TextContent.ShouldContain("1.250.000 ₫");
        // Shared by the phone's share sheet (Zalo) or to Facebook, always with the page's canonical address.
        translatedVi.QuerySelector("[data-share]")!.GetAttribute("data-share-url").ShouldBe($"http://localhost/products/{translated.Id}");
        translatedVi.QuerySelector("[data-testid=share-facebook]")!.GetAttribute("href")
            .ShouldBe($"https://www.facebook.com/sharer/sharer.php?u=http%3A%2F%2Flocalhost%2Fproducts%2F{translated.Id}");

        var cards = new HtmlParser().ParseDocument(await client.GetStringAsync("/products?culture=en"));
        cards.QuerySelectorAll("[data-testid=product-card] a").Single(a => a.TextContent == "Mắm ruốc Phú Thủy").GetAttribute("lang").ShouldBe("vi");
        cards.QuerySelectorAll("[data-testid=product-card] a").Single(a => a.TextContent == "Ca Den fish sauce").HasAttribute("lang").ShouldBeFalse();
        cards.QuerySelectorAll("[data-testid=facet-province] [data-testid=facet-value]").Single().TextContent.ShouldContain("Lâm Đồng Province");
        cards.QuerySelectorAll("[data-testid=product-card] img.set-art").Select(i => i.GetAttribute("src")).ShouldBe(["/img/sets/09.svg", "/img/sets/09.svg"]);
    }
}
