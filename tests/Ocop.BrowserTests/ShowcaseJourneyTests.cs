using Microsoft.Playwright;
using Ocop.Web.Features.Accounts;

namespace Ocop.BrowserTests;

/// <summary>A producer adds packs with prices and a promotion video; a visitor sees the prices and plays the video in the page.</summary>
public sealed class ShowcaseJourneyTests
{
    [Fact]
    public async Task Producer_AddsPacksAndAVideo_AndAVisitorSeesThePricesAndPlaysIt()
    {
        await using var session = await BrowserSession.StartAsync();
        var (producerId, productId) = await Journey.SeedFishSauceAsync(session.App, listed: true);
        var password = await Journey.CreateAccountAsync(session.App, new NewAccount("caden.packs@test.vn", Roles.Producer, ProducerId: producerId));
        var page = await (await session.Browser.NewContextAsync(new BrowserNewContextOptions { ViewportSize = new ViewportSize { Width = 1280, Height = 900 } })).NewPageAsync();
        page.Dialog += (_, dialog) => dialog.AcceptAsync();
        await Journey.SignInAsync(page, session.BaseUrl, "caden.packs@test.vn", password);
        await page.GotoAsync($"{session.BaseUrl}/admin/products/{productId}");

        var packForm = page.GetByTestId("add-pack");
        await page.GetByText("Thêm quy cách", new() { Exact = true }).First.ClickAsync();
        await packForm.GetByLabel("Loại bao gói").SelectOptionAsync("Bottle");
        await packForm.GetByLabel("Khối lượng / thể tích").FillAsync("500");
        await packForm.GetByLabel("Đơn vị").SelectOptionAsync("Millilitre");
        await packForm.GetByLabel("Giá bán lẻ", new() { Exact = false }).FillAsync("85000");
        await packForm.GetByRole(AriaRole.Button, new() { Name = "Thêm quy cách" }).ClickAsync();
        await page.GetByTestId("flash").WaitForAsync();
        (await page.GetByTestId("packs").InnerTextAsync()).ShouldContain("Chai 500 ml");

        // A TikTok short link is refused with what to paste instead; the full address is taken.
        var videoForm = page.GetByTestId("add-video");
        await page.GetByText("Thêm video", new() { Exact = true }).First.ClickAsync();
        await videoForm.GetByLabel("Địa chỉ video").FillAsync("https://vt.tiktok.com/ZSabc123/");
        await videoForm.GetByRole(AriaRole.Button, new() { Name = "Thêm video" }).ClickAsync();
        (await page.GetByTestId("add-video").InnerTextAsync()).ShouldContain("Liên kết rút gọn của TikTok");
        await Accessibility.CheckAsync(page);
        await page.GetByTestId("add-video").GetByLabel("Địa chỉ video").FillAsync("https://www.youtube.com/watch?v=dQw4w9WgXcQ");
        await page.GetByTestId("add-video").GetByLabel("Chú thích", new() { Exact = false }).FillAsync("Ủ chượp cá cơm trong thùng gỗ");
        await page.GetByTestId("add-video").GetByRole(AriaRole.Button, new() { Name = "Thêm video" }).ClickAsync();
        await page.GetByTestId("flash").WaitForAsync();
        (await page.GetByTestId("videos").InnerTextAsync()).ShouldContain("Ủ chượp cá cơm");

        // The visitor's page asks nothing of YouTube until play is pressed; YouTube cannot be reached here, so its player is stood in for.
        var playerRequests = new List<string>();
        await page.Context.RouteAsync("https://www.youtube-nocookie.com/**", async route =>
        {
            playerRequests.Add(route.Request.Url);
            await route.FulfillAsync(new() { ContentType = "text/html", Body = "<!doctype html><html lang=\"en\"><title>player</title><p>player</p></html>" });
        });
        await page.GotoAsync($"{session.BaseUrl}/products/{productId}");
        (await page.GetByTestId("packs").InnerTextAsync()).ShouldContain("85.000 ₫");
        playerRequests.ShouldBeEmpty();
        await page.GetByRole(AriaRole.Button, new() { Name = "▶ Xem video trên YouTube" }).ClickAsync();
        var player = page.Locator("[data-testid=videos] iframe");
        (await player.GetAttributeAsync("src")).ShouldBe("https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ");
        (await player.GetAttributeAsync("title")).ShouldBe("Ủ chượp cá cơm trong thùng gỗ (YouTube)");
        await page.Locator("[data-testid=videos] iframe").WaitForAsync();
        for (var i = 0; i < 50 && playerRequests.Count == 0; i++)
        {
            await Task.Delay(100);
        }

        playerRequests.ShouldHaveSingleItem("the player is loaded once play is pressed");
        await page.ScreenshotAsync(new() { Path = Browser.ScreenshotPath("66-product-packs-video"), FullPage = true });

        await page.GotoAsync($"{session.BaseUrl}/products/{productId}?culture=en");
        (await page.GetByTestId("packs").InnerTextAsync()).ShouldContain("Bottle, 500 ml");
        await Accessibility.CheckAsync(page);
    }
}
