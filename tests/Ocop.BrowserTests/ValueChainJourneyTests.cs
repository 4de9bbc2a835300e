using Microsoft.Playwright;
using Ocop.Web.Features.Accounts;

namespace Ocop.BrowserTests;

/// <summary>An officer maps a raw-material area and builds a value chain around a producer; the product's public page shows the chain and the area's outline.</summary>
public sealed class ValueChainJourneyTests
{
    private const string Square = """{"type":"Polygon","coordinates":[[[108.05,10.95],[108.07,10.95],[108.07,10.97],[108.05,10.97],[108.05,10.95]]]}""";

    [Fact]
    public async Task Officer_MapsAnArea_BuildsAChain_AndTheProductPageShowsIt()
    {
        await using var session = await BrowserSession.StartAsync();
        var (browser, app, baseUrl) = (session.Browser, session.App, session.BaseUrl);
        var (_, productId) = await Journey.SeedFishSauceAsync(app, listed: true);
        var password = await Journey.CreateAccountAsync(app, new NewAccount("sct@test.vn", Roles.ProvinceOfficer, ProvinceCode: "68"));
        var page = await (await browser.NewContextAsync(new BrowserNewContextOptions { ViewportSize = new ViewportSize { Width = 1280, Height = 900 } })).NewPageAsync();
        await Journey.SignInAsync(page, baseUrl, "sct@test.vn", password);

        await page.GotoAsync(baseUrl + "/admin/value-chains");
        await page.GetByRole(AriaRole.Link, new() { Name = "Thêm vùng nguyên liệu" }).ClickAsync();
        var area = page.GetByTestId("area-form");
        await area.GetByLabel("Tên vùng").FillAsync("Vùng cá cơm Phú Thủy");
        await area.GetByLabel("Xã/phường").SelectOptionAsync(new SelectOptionValue { Label = "Phường Phú Thủy" });
        await area.GetByLabel("Diện tích (ha)").FillAsync("35.5");
        await area.GetByLabel("Cây trồng, vật nuôi").FillAsync("Cá cơm than");
        await area.GetByLabel("Ranh giới (GeoJSON)").FillAsync("""{"type":"Point","coordinates":[108.05,10.95]}""");
        await area.GetByRole(AriaRole.Button, new() { Name = "Lưu" }).ClickAsync();
        (await page.GetByTestId("area-form").InnerTextAsync()).ShouldContain("không phải điểm hay đường");
        await page.GetByTestId("area-form").GetByLabel("Ranh giới (GeoJSON)").FillAsync(Square);
        await page.GetByTestId("area-form").GetByRole(AriaRole.Button, new() { Name = "Lưu" }).ClickAsync();
        (await page.GetByTestId("areas").InnerTextAsync()).ShouldContain("Vùng cá cơm Phú Thủy");

        await page.GetByRole(AriaRole.Link, new() { Name = "Thêm chuỗi giá trị" }).ClickAsync();
        var chain = page.GetByTestId("chain-form");
        await chain.GetByLabel("Tên chuỗi").FillAsync("Chuỗi nước mắm Phan Thiết");
        await chain.GetByLabel("Vùng nguyên liệu").SelectOptionAsync(new SelectOptionValue { Label = "Vùng cá cơm Phú Thủy — Phường Phú Thủy" });
        await chain.GetByLabel("Vai trò 1").SelectOptionAsync(new SelectOptionValue { Label = "Sản xuất" });
        await chain.GetByLabel("Chủ thể 1").SelectOptionAsync(new SelectOptionValue { Label = "Công ty TNHH Cá Đen" });
        await chain.GetByLabel("Vai trò 2").SelectOptionAsync(new SelectOptionValue { Label = "Bao tiêu, thu mua" });
        await chain.GetByLabel("Tên đối tác 2").FillAsync("Siêu thị Co.opmart Phan Thiết");
        await chain.GetByRole(AriaRole.Button, new() { Name = "Lưu" }).ClickAsync();
        await page.GetByTestId("flash").WaitForAsync();
        await page.GetByTestId("chain-form").GetByLabel("Nước mắm Cá Đen").CheckAsync();
        await page.GetByTestId("chain-form").GetByRole(AriaRole.Button, new() { Name = "Lưu" }).ClickAsync();
        await page.GetByTestId("flash").WaitForAsync();

        var visitor = await (await browser.NewContextAsync(new BrowserNewContextOptions { ViewportSize = new ViewportSize { Width = 390, Height = 844 }, IsMobile = true })).NewPageAsync();
        await visitor.GotoAsync($"{baseUrl}/products/{productId}");
        var origin = visitor.GetByTestId("origin");
        (await origin.InnerTextAsync()).ShouldContain("Chuỗi nước mắm Phan Thiết");
        (await origin.InnerTextAsync()).ShouldContain("Siêu thị Co.opmart Phan Thiết");
        (await origin.InnerTextAsync()).ShouldContain("35,5 ha");
        await visitor.Locator("[data-testid=area-map][data-shapes='1']").WaitForAsync();
        await origin.ScrollIntoViewIfNeededAsync();
        await visitor.ScreenshotAsync(new() { Path = Browser.ScreenshotPath("84-product-origin"), FullPage = true });
    }
}
