using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using Ocop.Web.Features.Accounts;
using Ocop.Web.Features.Classification;
using Ocop.Web.Features.Producers;
using Ocop.Web.Features.Products;

namespace Ocop.BrowserTests;

/// <summary>A visitor finds fish sauce without accents; an officer registers a producer and product with an image; another province's officer cannot open it.</summary>
public sealed class RegistryJourneyTests
{
    [Fact]
    public async Task Visitor_Officer_OtherOfficer_Journey()
    {
        await using var session = await BrowserSession.StartAsync();
        var (browser, app, baseUrl) = (session.Browser, session.App, session.BaseUrl);

        // Data a province already has: Cá Đen's fish sauce, registered through the services.
        var national = new UserScope(true, null, null, null, true, "seed", "seed");
        await app.WithScopeAsync(async s =>
        {
            var producers = s.GetRequiredService<ProducerService>();
            var products = s.GetRequiredService<ProductService>();
            var sets = s.GetRequiredService<ClassificationService>();
            var producerId = (await producers.CreateAsync(new ProducerInput
            {
                Type = ProducerType.Enterprise, Name = "Công ty TNHH Cá Đen", CommuneCode = "22924", Status = ProducerStatus.Active,
            }, national)).Value;
            var setId = (await sets.ProductSetsAsync(includeRetired: false)).Single(x => x.Code == "26-09").Id;
            (await products.CreateAsync(new ProductInput
            {
                ProducerId = producerId, Name = "Nước mắm Cá Đen", ProductSetId = setId, Status = ProductStatus.Active, Stars = 4,
                CertificateReference = "QĐ 1234/QĐ-UBND", LegacyValidUntil = DateOnly.FromDateTime(DateTime.UtcNow).AddYears(2),
            }, national)).IsOk.ShouldBeTrue();
            return 0;
        });

        var page = await browser.NewPageAsync(new BrowserNewPageOptions { ViewportSize = new ViewportSize { Width = 1280, Height = 900 } });

        // A visitor searches without accents.
        await page.GotoAsync(baseUrl + "/");
        await page.FillAsync("#q", "nuoc mam");
        await page.ClickAsync("button[type=submit]");
        await page.GetByRole(AriaRole.Link, new() { Name = "Nước mắm Cá Đen" }).WaitForAsync();
        await page.ScreenshotAsync(new() { Path = Browser.ScreenshotPath("01-search"), FullPage = true });

        // A Lâm Đồng officer signs in and registers a producer through the form.
        var officerPassword = await Journey.CreateAccountAsync(app, new NewAccount("officer68@test.vn", Roles.ProvinceOfficer, ProvinceCode: "68"));
        await Journey.SignInAsync(page, baseUrl, "officer68@test.vn", officerPassword);
        await page.GotoAsync(baseUrl + "/admin/producers/edit");
        await page.FillAsync("#Input_Name", "HTX thanh long Hàm Đức");
        await page.SelectOptionAsync("#Input_Type", "Cooperative");
        await page.FillAsync("#Input_TaxCode", "3401234567");
        await page.SelectOptionAsync("#Input_CommuneCode", new SelectOptionValue { Label = "Xã Hàm Thuận" });
        await page.ScreenshotAsync(new() { Path = Browser.ScreenshotPath("02-producer-form"), FullPage = true });
        await page.ClickAsync("[data-testid=producer-form] button[type=submit]");
        await page.GetByRole(AriaRole.Heading, new() { Name = "HTX thanh long Hàm Đức" }).WaitForAsync();
        var producerUrl = page.Url;

        // …and a product with an image.
        await page.GotoAsync(baseUrl + "/admin/products/edit");
        await page.FillAsync("#Input_Name", "Rượu vang thanh long Hàm Đức");
        await page.SelectOptionAsync("#Input_ProducerId", new SelectOptionValue { Label = "HTX thanh long Hàm Đức" });
        await page.SelectOptionAsync("#Input_ProductSetId", new SelectOptionValue { Index = 15 });
        await page.FillAsync("#Input_Gtin", "8930000000019");
        await page.ClickAsync("[data-testid=product-form] button[type=submit]");
        await page.GetByRole(AriaRole.Heading, new() { Name = "Rượu vang thanh long Hàm Đức" }).WaitForAsync();
        await page.SetInputFilesAsync("#image", new FilePayload { Name = "vang.png", MimeType = "image/png", Buffer = Journey.Png });
        await page.ClickAsync("form[enctype] button[type=submit]");
        await page.Locator("[data-testid=product-image]").First.WaitForAsync();
        var productUrl = page.Url;
        await page.ScreenshotAsync(new() { Path = Browser.ScreenshotPath("03-product"), FullPage = true });

        await page.GotoAsync(baseUrl + "/admin/products?q=ruou%20vang");
        (await page.Locator("[data-testid=product-table] tbody tr").CountAsync()).ShouldBe(1);

        // A Hồ Chí Minh City officer gets no access to it.
        var other = await browser.NewPageAsync();
        var otherPassword = await Journey.CreateAccountAsync(app, new NewAccount("officer79@test.vn", Roles.ProvinceOfficer, ProvinceCode: "79"));
        await Journey.SignInAsync(other, baseUrl, "officer79@test.vn", otherPassword);
        (await other.GotoAsync(productUrl))!.Status.ShouldBe(404);
        (await other.GotoAsync(producerUrl))!.Status.ShouldBe(404);
        await other.GotoAsync(baseUrl + "/admin/products?q=ruou%20vang");
        (await other.Locator("[data-testid=product-table] tbody tr").CountAsync()).ShouldBe(0);
    }
}
