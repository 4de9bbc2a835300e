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
}
