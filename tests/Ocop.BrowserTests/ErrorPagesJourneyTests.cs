using Microsoft.Playwright;

namespace Ocop.BrowserTests;

/// <summary>
/// A visitor follows a dead link: the site's own 404 page, in Vietnamese and then in English, accessible, and a way on
/// from the keyboard alone (the search box, then the catalogue's results); the favicon is the site's.
/// </summary>
public sealed class ErrorPagesJourneyTests
{
    [Fact]
    public async Task Visitor_OnADeadLink_SearchesOnFromTheKeyboard_InBothLanguages()
    {
        await using var session = await BrowserSession.StartAsync();
        await Journey.SeedFishSauceAsync(session.App, listed: true);
        var page = await session.Browser.NewPageAsync(new BrowserNewPageOptions { ViewportSize = new ViewportSize { Width = 1280, Height = 800 } });

        var answer = await page.GotoAsync(session.BaseUrl + "/san-pham/nuoc-mam-ca-den");
        answer!.Status.ShouldBe(404);
        (await page.Locator("h1").InnerTextAsync()).ShouldBe("Không tìm thấy trang");
        await Accessibility.CheckAsync(page);
        await page.ScreenshotAsync(new() { Path = Browser.ScreenshotPath("90-not-found-vi"), FullPage = true });

        // From the keyboard: the skip link, then Tab reaches the search box of the page (past the menu).
        await page.Keyboard.PressAsync("Tab");
        await page.Keyboard.PressAsync("Enter");
        for (var i = 0; i < 20 && await page.EvaluateAsync<string>("document.activeElement.id") != "status-q"; i++)
        {
            await page.Keyboard.PressAsync("Tab");
        }

        (await page.EvaluateAsync<string>("document.activeElement.id")).ShouldBe("status-q");
        await page.Keyboard.TypeAsync("nuoc mam");
        await page.Keyboard.PressAsync("Enter");
        await page.WaitForURLAsync("**/products?q=nuoc*");
        (await page.Locator("[data-testid=product-card] h2").AllInnerTextsAsync()).ShouldBe(["Nước mắm Cá Đen"]);

        // In English the same dead link says so in English.
        await page.GotoAsync(session.BaseUrl + "/language/en?returnUrl=%2Fsan-pham%2Fnuoc-mam-ca-den");
        (await page.Locator("h1").InnerTextAsync()).ShouldBe("Page not found");
        (await page.EvaluateAsync<string>("document.documentElement.lang")).ShouldBe("en");
        await Accessibility.CheckAsync(page);
        await page.ScreenshotAsync(new() { Path = Browser.ScreenshotPath("91-not-found-en"), FullPage = true });

        (await page.EvaluateAsync<string>("document.querySelector('link[rel=icon]').href")).ShouldEndWith("/favicon.ico");
        (await page.APIRequest.GetAsync(session.BaseUrl + "/favicon.ico")).Status.ShouldBe(200);
    }
}
