using Microsoft.Playwright;
using Ocop.Web.Features.Accounts;

namespace Ocop.BrowserTests;

/// <summary>
/// An officer opens two display and sales points and puts a product in them; a visitor on a phone finds
/// them under "where to buy" on the product page, on a map with one marker per point.
/// </summary>
public sealed class WhereToBuyJourneyTests
{
    [Fact]
    public async Task Officer_OpensPoints_AndTheProductPageMapShowsThem()
    {
        await using var session = await BrowserSession.StartAsync();
        var (browser, app, baseUrl) = (session.Browser, session.App, session.BaseUrl);
        var (_, productId) = await Journey.SeedFishSauceAsync(app, listed: true);
        var password = await Journey.CreateAccountAsync(app, new NewAccount("sct@test.vn", Roles.ProvinceOfficer, ProvinceCode: "68"));

        var page = await (await browser.NewContextAsync(new BrowserNewContextOptions { ViewportSize = new ViewportSize { Width = 1280, Height = 900 } })).NewPageAsync();
        await Journey.SignInAsync(page, baseUrl, "sct@test.vn", password);
        foreach (var (name, type, lat, lon) in new[] { ("Trung tâm OCOP Phan Thiết", "Trung tâm OCOP của tỉnh", "10.9335", "108.1001"), ("Quầy OCOP Mũi Né", "Điểm du lịch", "10.947", "108.286") })
        {
            await page.GotoAsync($"{baseUrl}/admin/sales-points/edit");
            var form = page.GetByTestId("sales-point-form");
            await form.GetByLabel("Tên").FillAsync(name);
            await form.GetByLabel("Vĩ độ").FillAsync(lat);
            await form.GetByLabel("Kinh độ").FillAsync(lon);
            await form.GetByRole(AriaRole.Button, new() { Name = "Lưu" }).ClickAsync();
            (await page.Locator("#type-error").InnerTextAsync()).ShouldContain("Hãy chọn loại điểm bán");
            (await page.GetByTestId("sales-point-form").GetByLabel("Tên").InputValueAsync()).ShouldBe(name, "what was typed is kept");
            await page.GetByTestId("sales-point-form").GetByLabel("Loại điểm").SelectOptionAsync(new SelectOptionValue { Label = type });
            await page.GetByTestId("sales-point-form").GetByLabel("Xã/phường").SelectOptionAsync("22924");
            await page.GetByTestId("sales-point-form").GetByRole(AriaRole.Button, new() { Name = "Lưu" }).ClickAsync();
            await page.GetByTestId("flash").WaitForAsync();

            await page.GetByLabel("Thêm sản phẩm: tìm theo tên").FillAsync("nuoc mam ca den");
            await page.GetByRole(AriaRole.Button, new() { Name = "Tìm" }).ClickAsync();
            await page.GetByTestId("found-products").GetByRole(AriaRole.Button, new() { Name = "Thêm" }).ClickAsync();
            (await page.GetByTestId("carried-products").InnerTextAsync()).ShouldContain("Nước mắm Cá Đen");
        }

        await page.ScreenshotAsync(new() { Path = Browser.ScreenshotPath("60-sales-point-admin"), FullPage = true });

        var phone = await (await browser.NewContextAsync(new BrowserNewContextOptions
        {
            ViewportSize = new ViewportSize { Width = 390, Height = 844 }, IsMobile = true, HasTouch = true, Locale = "vi-VN",
        })).NewPageAsync();
        await phone.GotoAsync($"{baseUrl}/products/{productId}");
        var buy = phone.GetByTestId("where-to-buy");
        (await buy.GetByTestId("points").InnerTextAsync()).ShouldContain("Quầy OCOP Mũi Né");
        var map = buy.GetByTestId("points-map");
        await map.Locator(".leaflet-marker-icon").Nth(1).WaitForAsync();
        (await map.Locator(".leaflet-marker-icon").CountAsync()).ShouldBe(2, "one marker per point");
        (await map.GetAttributeAsync("data-markers")).ShouldBe("2");
        await map.Locator(".leaflet-marker-icon[title='Quầy OCOP Mũi Né']").ClickAsync();
        (await map.Locator(".leaflet-popup-content").InnerTextAsync()).ShouldContain("Điểm du lịch");
        await buy.ScrollIntoViewIfNeededAsync();
        await phone.ScreenshotAsync(new() { Path = Browser.ScreenshotPath("61-where-to-buy-phone"), FullPage = true });

        await phone.GotoAsync($"{baseUrl}/where-to-buy?province=68");
        (await phone.GetByTestId("points-map").GetAttributeAsync("data-markers")).ShouldBe("2");
        await phone.ScreenshotAsync(new() { Path = Browser.ScreenshotPath("62-points-map-phone"), FullPage = true });
    }
}
