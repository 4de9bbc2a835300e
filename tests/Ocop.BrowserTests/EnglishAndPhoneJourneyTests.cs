using Microsoft.Playwright;
using Ocop.Web.Features.Accounts;

namespace Ocop.BrowserTests;

/// <summary>
/// The public pages and an officer's home and dashboard read in English, on a desktop and on a phone: in English
/// throughout (places named the English way, Vietnamese-only text marked), accessible, and never wider than a phone's screen;
/// the home page and the dashboard in Vietnamese too, for the screenshots of both languages on both devices.
/// </summary>
public sealed class EnglishAndPhoneJourneyTests
{
    private static readonly ViewportSize Desktop = new() { Width = 1280, Height = 900 };
    private static readonly ViewportSize Phone = new() { Width = 390, Height = 844 };

    [Fact]
    public async Task Visitor_AndOfficer_ReadTheSiteInEnglish_OnADesktopAndAPhone()
    {
        await using var session = await BrowserSession.StartAsync();
        var (_, productId) = await Journey.SeedFishSauceAsync(session.App, listed: true);
        var password = await Journey.CreateAccountAsync(session.App, new NewAccount("officer.en@test.vn", Roles.ProvinceOfficer, ProvinceCode: "68"));

        foreach (var (size, device) in new[] { (Desktop, "desktop"), (Phone, "phone") })
        {
            var context = await session.Browser.NewContextAsync(new BrowserNewContextOptions { ViewportSize = size, IsMobile = device == "phone", HasTouch = device == "phone" });
            var page = await context.NewPageAsync();
            await page.GotoAsync(session.BaseUrl + "/");
            await CheckAsync(page, "94-home-vi-" + device, "vi");
            await page.GotoAsync(session.BaseUrl + "/language/en?returnUrl=%2F");
            await CheckAsync(page, "95-home-en-" + device);

            await page.GotoAsync(session.BaseUrl + "/products?q=fish+sauce");
            (await page.Locator("[data-testid=product-card] h2 a").InnerTextAsync()).ShouldBe("Nước mắm Cá Đen");
            (await page.Locator("[data-testid=product-card] h2 a").GetAttributeAsync("lang")).ShouldBe("vi");
            (await page.Locator("[data-testid=product-card] .card-text").InnerTextAsync()).ShouldContain("Lâm Đồng Province");
            await CheckAsync(page, "96-catalogue-en-" + device);

            await page.GotoAsync($"{session.BaseUrl}/products/{productId}");
            (await page.GetByTestId("product-set").InnerTextAsync()).ShouldContain("Soy sauces, fish sauces and other liquid seasonings");
            (await page.Locator("[data-testid=producer] address").InnerTextAsync()).ShouldContain("Phú Thủy Ward, Lâm Đồng Province");
            await CheckAsync(page, "97-product-en-" + device);

            await Journey.SignInAsync(page, session.BaseUrl, "officer.en@test.vn", password);
            await page.GotoAsync(session.BaseUrl + "/admin");
            await CheckAsync(page, "98-officer-home-en-" + device);
            await page.GotoAsync(session.BaseUrl + "/admin/programme");
            await page.Locator("[data-metric=endingSoon]").WaitForAsync(new() { State = WaitForSelectorState.Attached });
            await CheckAsync(page, "99-dashboard-en-" + device);
            await page.GotoAsync(session.BaseUrl + "/language/vi?returnUrl=%2Fadmin%2Fprogramme");
            await page.Locator("[data-metric=endingSoon]").WaitForAsync(new() { State = WaitForSelectorState.Attached });
            await CheckAsync(page, "94-dashboard-vi-" + device, "vi");
            await context.CloseAsync();
        }
    }

    [Fact]
    public async Task CouncilMember_AndFairVisitor_ReadTheSheetAndThePlanInEnglish_OnADesktopAndAPhone()
    {
        await using var session = await BrowserSession.StartAsync();
        var password = await Journey.CreateAccountAsync(session.App, new NewAccount("member.en@test.vn", Roles.CouncilMember, ProvinceCode: "68"));
        var (entryId, _) = await KnockOutJourneyTests.SeedAsync(session.App, "member.en@test.vn");
        var fairId = await FairJourneyTests.SeedFairAsync(session.App);

        foreach (var (size, device) in new[] { (Desktop, "desktop"), (Phone, "phone") })
        {
            var context = await session.Browser.NewContextAsync(new BrowserNewContextOptions { ViewportSize = size, IsMobile = device == "phone", HasTouch = device == "phone" });
            var page = await context.NewPageAsync();
            await page.GotoAsync(session.BaseUrl + "/language/en?returnUrl=%2F");
            await page.GotoAsync($"{session.BaseUrl}/fairs/{fairId}");
            (await page.Locator(".fair-legend").InnerTextAsync()).ShouldContain("Economic achievements");
            (await page.Locator(".fair-legend span[lang=vi]").First.InnerTextAsync()).ShouldBe("Khu đặc sản, quà tặng và du lịch", "a zone without an English name is marked Vietnamese");
            await CheckAsync(page, "75-fair-plan-en-" + device);

            await Journey.SignInAsync(page, session.BaseUrl, "member.en@test.vn", password);
            await page.GotoAsync($"{session.BaseUrl}/council/entries/{entryId}");
            (await page.Locator("form h2").First.InnerTextAsync()).ShouldContain("Product and community strength");
            (await page.Locator("form h3").First.InnerTextAsync()).ShouldContain("Organisation of production");
            (await page.Locator("fieldset[data-criterion] label[lang=vi]").CountAsync()).ShouldBeGreaterThan(10, "the answers are the decision's Vietnamese, marked so");
            await CheckAsync(page, "54-score-sheet-en-" + device);
            await context.CloseAsync();
        }
    }

    /// <summary>In the language expected (English unless said), accessible, no sideways scrolling; a screenshot to look at.</summary>
    private static async Task CheckAsync(IPage page, string screenshot, string language = "en")
    {
        (await page.EvaluateAsync<string>("document.documentElement.lang")).ShouldBe(language, page.Url);
        (await page.EvaluateAsync<bool>("document.documentElement.scrollWidth <= window.innerWidth")).ShouldBeTrue($"{page.Url} scrolls sideways");
        await Accessibility.CheckAsync(page);
        await page.ScreenshotAsync(new() { Path = Browser.ScreenshotPath(screenshot), FullPage = true });
    }
}
