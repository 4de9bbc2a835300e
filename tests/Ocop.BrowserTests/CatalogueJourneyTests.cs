using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using Ocop.Web.Features.Accounts;
using Ocop.Web.Features.Classification;
using Ocop.Web.Features.Producers;
using Ocop.Web.Features.Products;

namespace Ocop.BrowserTests;

/// <summary>
/// A visitor uses the e-handbook: searches without accents, reads the facet counts, narrows by stars,
/// switches to English without losing the search, and opens a product page with pictures on a phone.
/// </summary>
public sealed class CatalogueJourneyTests
{
    [Fact]
    public async Task Visitor_SearchesFiltersSwitchesLanguage_AndReadsAProductOnAPhone()
    {
        await using var session = await BrowserSession.StartAsync();
        var (browser, app, baseUrl) = (session.Browser, session.App, session.BaseUrl);
        var photo = await PhotoAsync(browser);
        var caDen = await SeedAsync(app, photo);

        var page = await browser.NewPageAsync(new BrowserNewPageOptions { ViewportSize = new ViewportSize { Width = 1280, Height = 900 } });
        await page.GotoAsync(baseUrl + "/");
        await page.FillAsync("#q", "nuoc mam");
        await page.ClickAsync("form[role=search] button[type=submit]");
        // Wait for the address, then for the results themselves: the full "load" event can lag on a busy CI machine.
        await page.WaitForURLAsync("**/products?q=nuoc*", new() { WaitUntil = WaitUntilState.Commit });
        await page.GetByTestId("result-count").WaitForAsync();
        var names = await page.Locator("[data-testid=product-card] h2").AllInnerTextsAsync();
        names.ShouldBe(["Nước mắm Cá Đen", "Nước mắm nhỉ Phú Hài", "Nước mắm Mũi Né"], ignoreOrder: true);

        // Every facet without a choice adds up to the number of results.
        var total = int.Parse((await page.GetByTestId("result-count").GetAttributeAsync("data-count"))!, System.Globalization.CultureInfo.InvariantCulture);
        total.ShouldBe(3);
        foreach (var facet in new[] { "stars", "group", "province", "type", "cert" })
        {
            var counts = await page.Locator($"[data-testid=facet-{facet}] [data-testid=facet-value]").EvaluateAllAsync<int[]>("links => links.map(l => Number(l.dataset.count))");
            counts.Sum().ShouldBe(total, $"facet {facet}");
        }

        // Choosing 4★ gives as many results as the facet promised.
        var fourStars = page.Locator("[data-testid=facet-stars] [data-testid=facet-value][data-key='4']");
        var promised = await fourStars.GetAttributeAsync("data-count");
        await fourStars.ClickAsync();
        await page.WaitForURLAsync("**stars=4*");
        (await page.GetByTestId("result-count").GetAttributeAsync("data-count")).ShouldBe(promised);
        await page.ScreenshotAsync(new() { Path = Browser.ScreenshotPath("60-catalogue-filtered"), FullPage = true });

        // English keeps the words and the filter; the card shows the English name.
        await page.Locator("a[lang=en]").ClickAsync();
        await page.WaitForFunctionAsync("document.documentElement.lang === 'en'");
        (await page.InputValueAsync("#q")).ShouldBe("nuoc mam");
        page.Url.ShouldContain("stars=4");
        (await page.Locator("[data-testid=facet-stars] [aria-current=true]").GetAttributeAsync("data-key")).ShouldBe("4");
        (await page.Locator("[data-testid=product-card] h2").AllInnerTextsAsync()).ShouldContain("Ca Den fish sauce");
        await page.ScreenshotAsync(new() { Path = Browser.ScreenshotPath("61-catalogue-english"), FullPage = true });

        // On a phone, in Vietnamese: the product page with its pictures, producer and map, nothing wider than the screen.
        var phone = await (await browser.NewContextAsync(new BrowserNewContextOptions
        {
            ViewportSize = new ViewportSize { Width = 390, Height = 844 }, IsMobile = true, HasTouch = true, Locale = "vi-VN",
        })).NewPageAsync();
        // The catalogue on a phone: the filters folded behind a button counting those chosen, the chips above the results,
        // and the first product in view (the open filters pushed it ~700 px down).
        await phone.GotoAsync($"{baseUrl}/products?q=nuoc+mam&stars=4");
        (await phone.GetByTestId("facets").EvaluateAsync<bool>("d => d.open")).ShouldBeFalse();
        (await phone.GetByTestId("filters-toggle").InnerTextAsync()).ShouldContain("1");
        (await phone.GetByTestId("filter-chip").AllInnerTextsAsync()).ShouldHaveSingleItem().ShouldContain("4");
        var firstCard = await phone.GetByTestId("product-card").First.BoundingBoxAsync();
        firstCard!.Y.ShouldBeLessThan(844 - 100, "the first product is in view");
        await phone.ScreenshotAsync(new() { Path = Browser.ScreenshotPath("64-catalogue-phone"), FullPage = false });
        await phone.GetByTestId("filters-toggle").ClickAsync();
        (await phone.GetByTestId("facets").EvaluateAsync<bool>("d => d.open")).ShouldBeTrue();
        await phone.GetByTestId("clear-filters").ClickAsync();
        await phone.WaitForURLAsync(url => url.EndsWith("/products?q=nuoc%20mam", StringComparison.Ordinal));
        (await phone.GetByTestId("result-count").GetAttributeAsync("data-count")).ShouldBe("3");
        (await phone.GetByTestId("active-filters").CountAsync()).ShouldBe(0);

        await phone.GotoAsync($"{baseUrl}/products/{caDen}");
        (await phone.Locator("h1").InnerTextAsync()).ShouldBe("Nước mắm Cá Đen");
        // A gallery: the first photo large, both as thumbnails; the second thumbnail shows its photo in the large one.
        var main = phone.GetByTestId("gallery-main");
        (await main.EvaluateAsync<int>("i => i.naturalWidth")).ShouldBeGreaterThan(0);
        var thumbs = phone.GetByTestId("gallery").GetByRole(AriaRole.Link);
        (await thumbs.CountAsync()).ShouldBe(2);
        var second = await thumbs.Nth(1).GetAttributeAsync("href");
        await thumbs.Nth(1).ClickAsync();
        await phone.WaitForFunctionAsync("h => document.querySelector('[data-gallery-main]').getAttribute('src') === h", second);
        (await thumbs.Nth(1).GetAttributeAsync("aria-current")).ShouldBe("true");
        // The browser shows the second photo at one of the widths made for the page, not the upload itself.
        await phone.WaitForFunctionAsync("h => { const i = document.querySelector('[data-gallery-main]'); return i.complete && i.currentSrc.includes(h + '?w=') }", second);
        (await main.EvaluateAsync<int>("i => i.naturalWidth")).ShouldBeGreaterThan(0);
        (await phone.GetByTestId("producer").InnerTextAsync()).ShouldContain("Phường Phú Thủy, Tỉnh Lâm Đồng");
        await phone.Locator("#producer-map .leaflet-marker-icon").WaitForAsync();
        (await phone.EvaluateAsync<bool>("document.documentElement.scrollWidth <= window.innerWidth")).ShouldBeTrue("no sideways scrolling");
        await phone.ScreenshotAsync(new() { Path = Browser.ScreenshotPath("62-product-phone"), FullPage = true });
    }

    /// <summary>A product photo drawn by the browser itself (a jar on a table), as a JPEG under the upload limit.</summary>
    private static async Task<byte[]> PhotoAsync(IBrowser browser)
    {
        var page = await browser.NewPageAsync(new BrowserNewPageOptions { ViewportSize = new ViewportSize { Width = 800, Height = 600 } });
        await page.SetContentAsync("""
            <body style="margin:0"><svg xmlns="http://www.w3.org/2000/svg" width="800" height="600">
              <defs><linearGradient id="sky" x1="0" y1="0" x2="0" y2="1"><stop offset="0" stop-color="#f6e7c8"/><stop offset="1" stop-color="#d9a566"/></linearGradient></defs>
              <rect width="800" height="600" fill="url(#sky)"/><rect y="430" width="800" height="170" fill="#7a4b25"/>
              <rect x="320" y="170" width="160" height="280" rx="30" fill="#8a3b12" opacity="0.9"/><rect x="350" y="120" width="100" height="60" rx="8" fill="#2f5d3a"/>
              <rect x="335" y="260" width="130" height="90" fill="#fff8e6"/><text x="400" y="315" font-size="28" text-anchor="middle" fill="#8a3b12" font-family="sans-serif">Cá Đen</text>
            </svg></body>
            """);
        var jpeg = await page.ScreenshotAsync(new() { Type = ScreenshotType.Jpeg, Quality = 80 });
        await page.CloseAsync();
        return jpeg;
    }

    /// <summary>Three fish sauces (one with two pictures, an English name and a map location) and a honey, all with confirmed ratings.</summary>
    private static Task<int> SeedAsync(OcopApp app, byte[] photo) =>
        app.WithScopeAsync(async s =>
        {
            var national = new UserScope(true, null, null, null, true, "seed", "seed");
            var producers = s.GetRequiredService<ProducerService>();
            var products = s.GetRequiredService<ProductService>();
            var sets = (await s.GetRequiredService<ClassificationService>().ProductSetsAsync(includeRetired: true)).ToDictionary(x => x.Code, x => x.Id);
            async Task<int> ProducerAsync(string name, ProducerType type, string commune, double? lat = null, double? lon = null) =>
                (await producers.CreateAsync(new ProducerInput
                {
                    Type = type, Name = name, CommuneCode = commune, Status = ProducerStatus.Active, AddressLine = "Khu phố 5",
                    Phone = "0252 000 000", Latitude = lat, Longitude = lon,
                }, national)).Value;
            async Task<int> ProductAsync(int producer, string name, string set, int stars, string? nameEn = null) =>
                (await products.CreateAsync(new ProductInput
                {
                    ProducerId = producer, Name = name, NameEn = nameEn, ProductSetId = sets[set], Status = ProductStatus.Active, Stars = stars,
                    CertificateReference = "QĐ 1234/QĐ-UBND", LegacyValidUntil = DateOnly.FromDateTime(DateTime.UtcNow).AddYears(2),
                    Description = "Nước mắm truyền thống ủ chượp trong thùng gỗ ở Phan Thiết.", DescriptionEn = "Traditional fish sauce aged in wooden barrels.",
                    Story = "Ba thế hệ làm **nước mắm** bên bờ biển Phú Thủy.",
                }, national)).Value;

            var caDenProducer = await ProducerAsync("Công ty TNHH Cá Đen", ProducerType.Enterprise, "22924", 10.9318, 108.1923);
            var cooperative = await ProducerAsync("HTX nước mắm Phú Hài", ProducerType.Cooperative, "22924");
            var household = await ProducerAsync("Hộ kinh doanh Mũi Né", ProducerType.Household, "22924");
            var caDen = await ProductAsync(caDenProducer, "Nước mắm Cá Đen", "148-09", 4, "Ca Den fish sauce");
            await ProductAsync(cooperative, "Nước mắm nhỉ Phú Hài", "148-09", 3);
            await ProductAsync(household, "Nước mắm Mũi Né", "148-09", 4);
            await ProductAsync(household, "Mật ong rừng Mũi Né", "148-04", 5);
            var images = s.GetRequiredService<ProductImageService>();
            for (var i = 0; i < 2; i++)
            {
                using var stream = new MemoryStream(photo);
                (await images.AddAsync(caDen, stream, photo.Length, national)).IsOk.ShouldBeTrue();
            }

            return caDen;
        });
}
