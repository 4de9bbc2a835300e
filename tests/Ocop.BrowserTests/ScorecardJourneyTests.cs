using Microsoft.Playwright;
using Ocop.Web.Features.Accounts;
using Ocop.Web.Infrastructure;

namespace Ocop.BrowserTests;

/// <summary>
/// The national administrator reviews the scorecards: confirms a complete one against the
/// official annex, and completes an incomplete one by downloading, correcting and uploading Excel.
/// </summary>
public sealed class ScorecardJourneyTests
{
    [Fact]
    public async Task Confirm_And_CorrectThroughExcel()
    {
        await using var session = await BrowserSession.StartAsync();
        var (browser, app, baseUrl) = (session.Browser, session.App, session.BaseUrl);
        var page = await browser.NewPageAsync(new BrowserNewPageOptions { ViewportSize = new ViewportSize { Width = 1280, Height = 900 } });
        var password = await Journey.CreateAccountAsync(app, new NewAccount("admin@test.vn", Roles.NationalAdmin));
        await Journey.SignInAsync(page, baseUrl, "admin@test.vn", password);

        await page.GetByRole(AriaRole.Button, new() { Name = "Đánh giá OCOP" }).ClickAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "Phiếu đánh giá" }).ClickAsync();
        // The list submits itself on change through site.js, which runs at the end of the page: on a busy machine a choice
        // made before the page has been read that far changes nothing (the likely cause of a CI failure). DOMContentLoaded comes after it.
        await page.WaitForURLAsync("**/admin/scorecards**", new() { WaitUntil = WaitUntilState.DOMContentLoaded });
        await page.SelectOptionAsync("#version", "148/2023");
        // The new address, then the table: the page's full load event can lag far behind on a busy machine.
        await page.WaitForURLAsync("**version=148**", new() { WaitUntil = WaitUntilState.Commit });
        var rows = page.Locator("[data-testid=scorecard-table] tbody tr");
        await Assertions.Expect(rows).ToHaveCountAsync(26, new() { Timeout = 30_000 });
        await page.ScreenshotAsync(new() { Path = Browser.ScreenshotPath("20-scorecards"), FullPage = false });

        // A complete sheet: read it, then confirm it was checked against the annex.
        await page.GetByRole(AriaRole.Link, new() { Name = "Dịch vụ du lịch cộng đồng, du lịch sinh thái và điểm du lịch" }).ClickAsync();
        await page.GetByTestId("unverified").WaitForAsync();
        (await page.Locator("text=Chọn một trường hợp để chấm").CountAsync()).ShouldBe(3);
        (await page.Locator("text=Bắt buộc từ 4 sao").CountAsync()).ShouldBeGreaterThan(0);
        await page.ScreenshotAsync(new() { Path = Browser.ScreenshotPath("21-scorecard-unverified"), FullPage = false });
        await page.GetByRole(AriaRole.Button, new() { Name = "Xác nhận đã đối chiếu với phụ lục chính thức" }).ClickAsync();
        await page.GetByTestId("flash").WaitForAsync();
        (await page.GetByTestId("verified").InnerTextAsync()).ShouldContain("admin@test.vn");

        // An incomplete sheet (97 of 100): download, correct, upload.
        await page.GotoAsync(baseUrl + "/admin/scorecards?version=148/2023");
        await page.GetByRole(AriaRole.Link, new() { Name = "Chè tươi, chè chế biến" }).ClickAsync();
        (await page.GetByTestId("problems").InnerTextAsync()).ShouldContain("Tổng điểm tối đa là 97, phải là 100.");
        (await page.GetByRole(AriaRole.Button, new() { Name = "Xác nhận đã đối chiếu với phụ lục chính thức" }).CountAsync()).ShouldBe(0);
        await page.ScreenshotAsync(new() { Path = Browser.ScreenshotPath("22-scorecard-incomplete"), FullPage = false });

        var download = await page.RunAndWaitForDownloadAsync(() => page.GetByTestId("download").ClickAsync());
        download.SuggestedFilename.ShouldBe("phieu-danh-gia-148-11.xlsx");
        var original = await File.ReadAllBytesAsync((await download.PathAsync())!);

        // First a wrong correction: refused with the reason, nothing changed.
        await UploadAsync(page, Corrected(original, raiseBy: 1));
        (await page.GetByTestId("errors").InnerTextAsync()).ShouldContain("phải là 100");
        await page.ScreenshotAsync(new() { Path = Browser.ScreenshotPath("23-scorecard-upload-refused"), FullPage = false });

        await UploadAsync(page, Corrected(original, raiseBy: 3));
        (await page.GetByTestId("flash").InnerTextAsync()).ShouldContain("Đã nhập phiếu đã sửa");
        (await page.GetByTestId("problems").CountAsync()).ShouldBe(0);
        (await page.GetByRole(AriaRole.Button, new() { Name = "Xác nhận đã đối chiếu với phụ lục chính thức" }).CountAsync()).ShouldBe(1);
    }

    private static async Task UploadAsync(IPage page, byte[] xlsx)
    {
        await page.SetInputFilesAsync("#file", new FilePayload { Name = "phieu.xlsx", MimeType = Xlsx.ContentType, Buffer = xlsx });
        await page.Locator("form[enctype='multipart/form-data'] button[type=submit]").ClickAsync();
        await page.WaitForLoadStateAsync();
    }

    /// <summary>Raises the best option of part C's first answered criterion (C is where 148-11 falls short).</summary>
    private static byte[] Corrected(byte[] original, int raiseBy)
    {
        using var stream = new MemoryStream(original);
        var rows = Xlsx.ReadFirstSheet(stream).Select(r => r.ToList()).ToList();
        var firstC = rows.First(r => r.Count > 1 && r[1] == "Mức" && r[0].StartsWith("C.", StringComparison.Ordinal))[0];
        var best = rows.Where(r => r.Count > 3 && r[0] == firstC && r[1] == "Mức").MaxBy(r => int.Parse(r[3], System.Globalization.CultureInfo.InvariantCulture))!;
        best[3] = (int.Parse(best[3], System.Globalization.CultureInfo.InvariantCulture) + raiseBy).ToString(System.Globalization.CultureInfo.InvariantCulture);
        return Xlsx.Write(new XlsxSheet("Phiếu", [.. rows.Select(r => (IReadOnlyList<object?>)[.. r])], [], new HashSet<int>()));
    }
}
