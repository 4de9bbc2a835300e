using Microsoft.Playwright;
using Ocop.Web.Features.Accounts;

namespace Ocop.BrowserTests;

/// <summary>An officer sets the 2024 target "161 products", the province's data changes, and the dashboard moves with it.</summary>
public sealed class ProgrammeJourneyTests
{
    [Fact]
    public async Task Officer_SetsThe2024Target_AndSeesTheDashboardMove()
    {
        var (playwright, browser) = await Browser.LaunchAsync();
        using var _ = playwright;
        await using var __ = browser;
        await using var app = await OcopApp.StartAsync();
        var baseUrl = app.StartRealServer();
        var (_, productId) = await Journey.SeedFishSauceAsync(app);
        var password = await Journey.CreateAccountAsync(app, new NewAccount("kehoach@test.vn", Roles.ProvinceOfficer, ProvinceCode: "68"));
        var page = await (await browser.NewContextAsync(new BrowserNewContextOptions { ViewportSize = new ViewportSize { Width = 1280, Height = 900 } })).NewPageAsync();
        await Journey.SignInAsync(page, baseUrl, "kehoach@test.vn", password);

        await page.GetByRole(AriaRole.Button, new() { Name = "Chương trình" }).Or(page.GetByRole(AriaRole.Link, new() { Name = "Chương trình" })).ClickAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "Chỉ tiêu", Exact = true }).ClickAsync();
        var form = page.GetByTestId("target-form");
        await form.GetByLabel("Chỉ tiêu").SelectOptionAsync(new SelectOptionValue { Label = "Sản phẩm OCOP còn hiệu lực" });
        await form.GetByLabel("Năm").FillAsync("2024");
        await form.GetByLabel("Từ ngày").FillAsync("2024-12-31");
        await form.GetByLabel("Hạn hoàn thành").FillAsync("2024-01-01");
        await form.GetByLabel("Loại").SelectOptionAsync(new SelectOptionValue { Label = "Tối thiểu" });
        await form.GetByLabel("Giá trị", new() { Exact = true }).FillAsync("161");
        await form.GetByLabel("Diễn giải (như trong kế hoạch)").FillAsync("161 sản phẩm OCOP đến cuối năm 2024");
        await form.GetByRole(AriaRole.Button, new() { Name = "Lưu" }).ClickAsync();
        form = page.GetByTestId("target-form");
        (await form.InnerTextAsync()).ShouldContain("Hạn hoàn thành phải từ ngày bắt đầu trở đi.");
        (await form.GetByLabel("Giá trị", new() { Exact = true }).InputValueAsync()).ShouldBe("161");
        await form.GetByLabel("Từ ngày").FillAsync("");
        await form.GetByLabel("Hạn hoàn thành").FillAsync("");
        await form.GetByRole(AriaRole.Button, new() { Name = "Lưu" }).ClickAsync();
        var row = page.GetByTestId("targets").Locator("tr[data-target='products.certified']");
        (await row.InnerTextAsync()).ShouldContain("161 sản phẩm OCOP đến cuối năm 2024");
        (await row.GetByTestId("goal").InnerTextAsync()).ShouldBe("≥ 161");

        // 2024 is over: nothing rated on 31 December 2024, so the target is missed.
        await page.GotoAsync(baseUrl + "/admin/programme?year=2024");
        row = page.GetByTestId("targets").Locator("tr[data-target='products.certified']");
        (await row.GetByTestId("actual").InnerTextAsync()).ShouldBe("0");
        (await row.GetByTestId("status").InnerTextAsync()).ShouldBe("Không đạt");

        // The province confirms the fish sauce's paper certificate (4★, valid until mid-2027, so issued in mid-2024).
        await page.GotoAsync($"{baseUrl}/admin/products/edit/{productId}");
        await page.GetByLabel("Hạng sao").SelectOptionAsync("4");
        await page.GetByLabel("Số giấy chứng nhận").FillAsync("QĐ 1520/QĐ-UBND");
        await page.GetByLabel("Xếp hạng cũ xác nhận đến ngày").FillAsync("2027-06-30");
        await page.GetByRole(AriaRole.Button, new() { Name = "Lưu" }).ClickAsync();

        await page.GotoAsync(baseUrl + "/admin/programme?year=2024");
        row = page.GetByTestId("targets").Locator("tr[data-target='products.certified']");
        (await row.GetByTestId("actual").InnerTextAsync()).ShouldBe("1");
        (await row.GetByTestId("percent").InnerTextAsync()).ShouldBe("1%");
        (await page.GetByTestId("chart-byArea").Locator("table").InnerTextAsync()).ShouldContain("Phường Phú Thủy");
        (await page.GetByTestId("chart-starsByYear").Locator("tr", new() { HasText = "2024" }).InnerTextAsync()).ShouldBe("2024\t0\t1\t0\t1");
        await page.Locator("[data-chart='starsByYear'][data-rendered='true']").WaitForAsync();

        // Before the reform the commune was in Bình Thuận.
        await page.GetByText("Trước 1/7/2025").ClickAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Xem" }).ClickAsync();
        (await page.GetByTestId("chart-byArea").Locator("table").InnerTextAsync()).ShouldContain("Tỉnh Bình Thuận");

        var download = await page.RunAndWaitForDownloadAsync(() => page.GetByTestId("chart-starsByYear").GetByTestId("csv").ClickAsync());
        var csv = await File.ReadAllTextAsync((await download.PathAsync())!);
        csv.ShouldContain("2024,0,1,0\r\n");
        await page.ScreenshotAsync(new() { Path = Browser.ScreenshotPath("90-programme-dashboard"), FullPage = true });
    }
}
