using System.Net;
using System.Net.Http.Headers;
using Microsoft.Playwright;
using Ocop.Web.Features.Accounts;

namespace Ocop.BrowserTests;

/// <summary>A province officer issues a read-only token to an e-commerce platform, which reads the feed, and later revokes it.</summary>
public sealed class IntegrationJourneyTests
{
    [Fact]
    public async Task Officer_IssuesAReadToken_ThePlatformReadsTheFeed_ThenTheTokenIsRevoked()
    {
        await using var session = await BrowserSession.StartAsync();
        var (browser, app, baseUrl) = (session.Browser, session.App, session.BaseUrl);
        await Journey.SeedFishSauceAsync(app, listed: true);
        var password = await Journey.CreateAccountAsync(app, new NewAccount("ketnoi@test.vn", Roles.ProvinceOfficer, ProvinceCode: "68"));
        var page = await (await browser.NewContextAsync(new BrowserNewContextOptions { ViewportSize = new ViewportSize { Width = 1280, Height = 900 } })).NewPageAsync();
        page.Dialog += (_, dialog) => dialog.AcceptAsync();
        await Journey.SignInAsync(page, baseUrl, "ketnoi@test.vn", password);

        await page.GetByRole(AriaRole.Button, new() { Name = "Chương trình" }).Or(page.GetByRole(AriaRole.Link, new() { Name = "Chương trình" })).ClickAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "Kết nối hệ thống khác" }).ClickAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Tạo khóa" }).ClickAsync();
        (await page.Locator("#name-error").InnerTextAsync()).ShouldBe("Trường này là bắt buộc.");

        await page.GetByLabel("Hệ thống sử dụng").FillAsync("Sàn TMĐT Postmart");
        await page.GetByLabel("Chỉ đọc").CheckAsync();
        await page.GetByLabel("Hiệu lực", new() { Exact = true }).SelectOptionAsync(new SelectOptionValue { Label = "180 ngày" });
        await page.GetByRole(AriaRole.Button, new() { Name = "Tạo khóa" }).ClickAsync();
        var secret = await page.GetByTestId("token-secret").InputValueAsync();
        secret.ShouldStartWith("ocopk_");
        var row = page.GetByTestId("token-list").Locator("tr[data-token='Sàn TMĐT Postmart']");
        (await row.InnerTextAsync()).ShouldContain("Chỉ đọc");
        (await row.InnerTextAsync()).ShouldContain("Đang hiệu lực");
        await page.ScreenshotAsync(new() { Path = Browser.ScreenshotPath("95-integration-token"), FullPage = true });

        using var platform = new HttpClient { BaseAddress = new Uri(baseUrl) };
        platform.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", secret);
        var feed = await platform.GetStringAsync("/api/v1/feed/products");
        feed.ShouldContain("\"name\":\"Nước mắm Cá Đen\"");
        feed.ShouldContain("\"listed\":true");
        (await platform.PostAsync("/api/v1/producers", new StringContent("{}", System.Text.Encoding.UTF8, "application/json"))).StatusCode.ShouldBe(HttpStatusCode.Forbidden);

        await page.ReloadAsync(); // asks for the page again: the form is not sent twice, no second token
        row = page.GetByTestId("token-list").Locator("tr[data-token='Sàn TMĐT Postmart']");
        (await row.CountAsync()).ShouldBe(1);
        page.Url.ShouldBe(baseUrl + "/admin/integration");
        (await row.InnerTextAsync()).ShouldNotContain("Chưa dùng");
        await row.GetByRole(AriaRole.Button, new() { Name = "Thu hồi" }).ClickAsync();
        (await page.GetByTestId("flash").InnerTextAsync()).ShouldContain("Đã thu hồi khóa «Sàn TMĐT Postmart»");
        (await page.GetByTestId("token-list").Locator("tr[data-token='Sàn TMĐT Postmart']").InnerTextAsync()).ShouldContain("Đã thu hồi");
        (await page.GetByTestId("token-secret").CountAsync()).ShouldBe(0, "the secret is never shown again");
        (await platform.GetAsync("/api/v1/feed/products")).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
    }
}
