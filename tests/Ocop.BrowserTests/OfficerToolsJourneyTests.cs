using System.Net;
using System.Net.Http.Headers;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using Ocop.Web.Features.Accounts;
using Ocop.Web.Features.Classification;
using Ocop.Web.Features.Producers;
using Ocop.Web.Features.Products;

namespace Ocop.BrowserTests;

/// <summary>
/// The national administrator filters producers by province and commune (the commune list comes
/// from htmx), reorders and deletes a product's pictures, and creates then revokes an API token.
/// </summary>
public sealed class OfficerToolsJourneyTests
{
    [Fact]
    public async Task Filter_Pictures_Tokens()
    {
        await using var session = await BrowserSession.StartAsync();
        var (browser, app, baseUrl) = (session.Browser, session.App, session.BaseUrl);
        var productId = await SeedAsync(app);

        var page = await browser.NewPageAsync(new BrowserNewPageOptions { ViewportSize = new ViewportSize { Width = 1280, Height = 900 } });
        page.Dialog += (_, dialog) => dialog.AcceptAsync();
        var password = await Journey.CreateAccountAsync(app, new NewAccount("admin@test.vn", Roles.NationalAdmin));
        await Journey.SignInAsync(page, baseUrl, "admin@test.vn", password);

        // Producer list: province, then a commune offered by htmx for that province.
        await page.GotoAsync(baseUrl + "/admin/producers");
        await page.SelectOptionAsync("#ProvinceCode", new SelectOptionValue { Label = "Tỉnh Lâm Đồng" });
        await page.Locator("#CommuneCode option", new() { HasText = "Phường Hàm Thắng" }).WaitForAsync(new() { State = WaitForSelectorState.Attached });
        await page.SelectOptionAsync("#CommuneCode", new SelectOptionValue { Label = "Phường Hàm Thắng" });
        await page.ClickAsync("form[role=search] button[type=submit]");
        await page.WaitForURLAsync("**CommuneCode=22933**");
        var rows = page.Locator("[data-testid=producer-table] tbody tr");
        (await rows.CountAsync()).ShouldBe(1);
        (await rows.First.InnerTextAsync()).ShouldContain("HTX thanh long Hàm Đức");
        await page.ScreenshotAsync(new() { Path = Browser.ScreenshotPath("10-producer-filter"), FullPage = true });

        // Pictures: the second becomes the cover, then the other is deleted.
        await page.GotoAsync($"{baseUrl}/admin/products/{productId}");
        var images = page.Locator("[data-testid=product-image]");
        var second = await images.Nth(1).GetAttributeAsync("src");
        await page.GetByRole(AriaRole.Button, new() { Name = "Đưa ảnh lên trước (2)" }).ClickAsync();
        await page.WaitForURLAsync("**#images");
        (await images.First.GetAttributeAsync("src")).ShouldBe(second);
        await page.ScreenshotAsync(new() { Path = Browser.ScreenshotPath("11-product-pictures"), FullPage = true });
        await page.GetByRole(AriaRole.Button, new() { Name = "Xóa ảnh (2)" }).ClickAsync();
        await page.GetByTestId("flash").WaitForAsync();
        (await images.CountAsync()).ShouldBe(1);
        (await images.First.GetAttributeAsync("src")).ShouldBe(second);

        // API token: shown once, works against the API, then revoked.
        await page.GetByTestId("signed-in-as").ClickAsync(); // the account menu
        await page.GetByRole(AriaRole.Link, new() { Name = "Khóa API" }).ClickAsync();
        await page.FillAsync("#Name", "Đồng bộ Excel của Sở");
        await page.SelectOptionAsync("#ValidDays", "30");
        await page.GetByRole(AriaRole.Button, new() { Name = "Tạo khóa" }).ClickAsync();
        var secret = await page.GetByTestId("token-secret").InputValueAsync();
        secret.ShouldStartWith("ocop_");
        (await page.InputValueAsync("#Name")).ShouldBeEmpty("the form is ready for another token");
        await page.ScreenshotAsync(new() { Path = Browser.ScreenshotPath("12-token-created"), FullPage = true });
        using var system = new HttpClient { BaseAddress = new Uri(baseUrl) };
        system.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", secret);
        (await system.GetAsync($"/api/v1/products/{productId}/record")).StatusCode.ShouldBe(HttpStatusCode.OK);

        await page.GetByRole(AriaRole.Button, new() { Name = "Thu hồi Đồng bộ Excel của Sở" }).ClickAsync();
        await page.GetByTestId("flash").WaitForAsync();
        (await page.Locator("[data-token='Đồng bộ Excel của Sở']").InnerTextAsync()).ShouldContain("Đã thu hồi");
        (await system.GetAsync($"/api/v1/products/{productId}/record")).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        await page.ScreenshotAsync(new() { Path = Browser.ScreenshotPath("13-token-revoked"), FullPage = true });
    }

    /// <summary>Two Lâm Đồng producers in different communes; a product with two pictures.</summary>
    private static Task<int> SeedAsync(OcopApp app) =>
        app.WithScopeAsync(async s =>
        {
            var national = new UserScope(true, null, null, null, true, "seed", "seed");
            var producers = s.GetRequiredService<ProducerService>();
            var products = s.GetRequiredService<ProductService>();
            var images = s.GetRequiredService<ProductImageService>();
            await producers.CreateAsync(new ProducerInput
            {
                Type = ProducerType.Enterprise, Name = "Công ty TNHH Cá Đen", CommuneCode = "22924", Status = ProducerStatus.Active,
            }, national);
            var hamDuc = (await producers.CreateAsync(new ProducerInput
            {
                Type = ProducerType.Cooperative, Name = "HTX thanh long Hàm Đức", CommuneCode = "22933", Status = ProducerStatus.Active,
            }, national)).Value;
            var setId = (await s.GetRequiredService<ClassificationService>().ProductSetsAsync(includeRetired: false)).Single(x => x.Code == "26-09").Id;
            var productId = (await products.CreateAsync(new ProductInput
            {
                ProducerId = hamDuc, Name = "Rượu vang thanh long", ProductSetId = setId, Status = ProductStatus.Active,
            }, national)).Value;
            foreach (var _ in Enumerable.Range(0, 2))
            {
                (await images.AddAsync(productId, new MemoryStream(Journey.Png), Journey.Png.Length, national)).IsOk.ShouldBeTrue();
            }

            return productId;
        });
}
