using Microsoft.Playwright;
using Ocop.Web.Features.Accounts;
using Ocop.Web.Infrastructure;

namespace Ocop.BrowserTests;

/// <summary>An officer sets the 2024 target "161 products", imports the province's Excel list, and the dashboard moves with it.</summary>
public sealed class ProgrammeJourneyTests
{
    /// <summary>
    /// The province's list: the fish sauce already in the registry (now with its 2024 rating), two new products of a
    /// cooperative written with its commune's name from before July 2025.
    /// </summary>
    private static byte[] List(string coopCommune) => Xlsx.Write(new XlsxSheet("DS", [
        ["DANH SÁCH SẢN PHẨM OCOP TỈNH BÌNH THUẬN"],
        ["STT", "Tên sản phẩm", "Tên chủ thể", "Xã, phường", "Bộ sản phẩm", "Hạng sao", "Số quyết định", "Ngày quyết định"],
        [1, "Nước mắm Cá Đen", "Công ty TNHH Cá Đen", "Phường Phú Thủy", "148-09", "4 sao", "QĐ 1520/QĐ-UBND", "15/03/2024"],
        [2, "Thanh long ruột đỏ", "HTX Thanh long Hàm Minh", coopCommune, "148-09", "3 sao", "QĐ 1520/QĐ-UBND", "15/03/2024"],
        [3, "Rượu vang thanh long", "HTX Thanh long Hàm Minh", coopCommune, "148-09", "4 sao", "QĐ 2210/QĐ-UBND", "20/09/2024"],
    ], [8, 30, 30, 20, 12, 10, 20, 14], new HashSet<int>()));

    [Fact]
    public async Task Officer_SetsThe2024Target_ImportsTheList_AndSeesTheDashboardMove()
    {
        await using var session = await BrowserSession.StartAsync();
        var (browser, app, baseUrl) = (session.Browser, session.App, session.BaseUrl);
        await Journey.SeedFishSauceAsync(app);
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

        // The province imports its Excel list: a first try names the row to correct, nothing is imported until it is.
        await page.GetByRole(AriaRole.Button, new() { Name = "Quản lý", Exact = true }).ClickAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "Nhập danh sách (Excel)" }).ClickAsync();
        await page.GetByLabel("Tệp danh sách").SetInputFilesAsync(new FilePayload { Name = "ocop-binh-thuan.xlsx", MimeType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", Buffer = List("Xã Không Có") });
        await page.GetByRole(AriaRole.Button, new() { Name = "Tải lên và xem trước" }).ClickAsync();
        (await page.GetByTestId("import-errors").InnerTextAsync()).ShouldContain("Không tìm thấy xã/phường “Xã Không Có” trong tỉnh");
        (await page.GetByTestId("import-commit").CountAsync()).ShouldBe(0);

        await page.GetByRole(AriaRole.Link, new() { Name = "Nhập danh sách từ Excel" }).ClickAsync();
        await page.GetByLabel("Tệp danh sách").SetInputFilesAsync(new FilePayload { Name = "ocop-binh-thuan.xlsx", MimeType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", Buffer = List("Xã Hàm Minh") });
        await page.GetByRole(AriaRole.Button, new() { Name = "Tải lên và xem trước" }).ClickAsync();
        (await page.GetByTestId("import-counts").InnerTextAsync()).ShouldContain("Sản phẩm: 2 mới, 1 cập nhật, 0 không đổi");
        await page.ScreenshotAsync(new() { Path = Browser.ScreenshotPath("91-import-preview"), FullPage = true });
        await page.GetByRole(AriaRole.Button, new() { Name = "Nhập 3 dòng" }).ClickAsync();
        (await page.GetByTestId("import-status").InnerTextAsync()).ShouldBe("Đã nhập");

        await page.GotoAsync(baseUrl + "/admin/programme?year=2024");
        row = page.GetByTestId("targets").Locator("tr[data-target='products.certified']");
        (await row.GetByTestId("actual").InnerTextAsync()).ShouldBe("3");
        (await row.GetByTestId("percent").InnerTextAsync()).ShouldBe("2%");
        (await page.GetByTestId("chart-byArea").Locator("table").InnerTextAsync()).ShouldContain("Phường Phú Thủy");
        (await page.GetByTestId("chart-starsByYear").Locator("tr", new() { HasText = "2024" }).InnerTextAsync()).ShouldBe("2024\t1\t2\t0\t3");
        await page.Locator("[data-chart='starsByYear'][data-rendered='true']").WaitForAsync();

        // Before the reform the commune was in Bình Thuận.
        await page.GetByText("Trước 1/7/2025").ClickAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Xem" }).ClickAsync();
        (await page.GetByTestId("chart-byArea").Locator("table").InnerTextAsync()).ShouldContain("Tỉnh Bình Thuận");

        var download = await page.RunAndWaitForDownloadAsync(() => page.GetByTestId("chart-starsByYear").GetByTestId("csv").ClickAsync());
        var csv = await File.ReadAllTextAsync((await download.PathAsync())!);
        csv.ShouldContain("2024,1,2,0\r\n");
        await page.ScreenshotAsync(new() { Path = Browser.ScreenshotPath("90-programme-dashboard"), FullPage = true });
    }
}
