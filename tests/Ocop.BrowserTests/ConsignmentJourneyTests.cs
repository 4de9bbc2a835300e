using Microsoft.Playwright;
using Ocop.Web.Features.Accounts;

namespace Ocop.BrowserTests;

/// <summary>A producer puts a product on consignment with a supermarket, records what was delivered and sold, and reads the month's settlement.</summary>
public sealed class ConsignmentJourneyTests
{
    [Fact]
    public async Task Producer_RecordsDeliveriesAndSales_AndReadsTheSettlement()
    {
        await using var session = await BrowserSession.StartAsync();
        var (browser, app, baseUrl) = (session.Browser, session.App, session.BaseUrl);
        var (producerId, productId) = await Journey.SeedFishSauceAsync(app);
        var password = await Journey.CreateAccountAsync(app, new NewAccount("caden@test.vn", Roles.Producer, ProducerId: producerId));

        var page = await (await browser.NewContextAsync(new BrowserNewContextOptions { ViewportSize = new ViewportSize { Width = 1280, Height = 900 } })).NewPageAsync();
        await Journey.SignInAsync(page, baseUrl, "caden@test.vn", password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Xúc tiến thương mại" }).Or(page.GetByRole(AriaRole.Link, new() { Name = "Xúc tiến thương mại" })).ClickAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "Hàng ký gửi" }).ClickAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "Thêm hợp đồng ký gửi" }).ClickAsync();
        var form = page.GetByTestId("agreement-form");
        await form.GetByLabel("Loại bên nhận").SelectOptionAsync(new SelectOptionValue { Label = "Chuỗi siêu thị" });
        await form.GetByLabel("Bên nhận ký gửi").FillAsync("Siêu thị Co.opmart Phan Thiết");
        await form.GetByLabel("Hoa hồng").FillAsync("12.5");
        await form.GetByLabel("Nước mắm Cá Đen", new() { Exact = true }).CheckAsync();
        await form.GetByRole(AriaRole.Button, new() { Name = "Lưu" }).ClickAsync();
        (await page.GetByTestId("products-error").InnerTextAsync()).ShouldContain("Đơn giá phải là số đồng nguyên", customMessage: "a ticked product needs its price");
        (await page.GetByTestId("agreement-form").GetByLabel("Bên nhận ký gửi").InputValueAsync()).ShouldBe("Siêu thị Co.opmart Phan Thiết");
        await page.GetByTestId("agreement-form").GetByLabel("Đơn giá: Nước mắm Cá Đen").FillAsync("85000");
        await page.GetByTestId("agreement-form").GetByRole(AriaRole.Button, new() { Name = "Lưu" }).ClickAsync();
        await page.GetByTestId("flash").WaitForAsync();

        var record = page.GetByTestId("movement-form");
        await record.GetByLabel("Loại nghiệp vụ").SelectOptionAsync(new SelectOptionValue { Label = "Giao hàng" });
        await record.GetByLabel("Số lượng").FillAsync("100");
        await record.GetByRole(AriaRole.Button, new() { Name = "Ghi nhận" }).ClickAsync();
        await page.GetByTestId("flash").WaitForAsync();
        (await page.GetByTestId($"on-hand-{productId}").InnerTextAsync()).ShouldBe("100");

        await page.GetByTestId("movement-form").GetByLabel("Loại nghiệp vụ").SelectOptionAsync(new SelectOptionValue { Label = "Bán ra" });
        await page.GetByTestId("movement-form").GetByLabel("Số lượng").FillAsync("150");
        await page.GetByTestId("movement-form").GetByRole(AriaRole.Button, new() { Name = "Ghi nhận" }).ClickAsync();
        (await page.GetByTestId("form-error").InnerTextAsync()).ShouldContain("vượt số hàng còn");
        await page.GetByTestId("movement-form").GetByLabel("Số lượng").FillAsync("30");
        await page.GetByTestId("movement-form").GetByRole(AriaRole.Button, new() { Name = "Ghi nhận" }).ClickAsync();
        await page.GetByTestId("flash").WaitForAsync();
        (await page.GetByTestId($"on-hand-{productId}").InnerTextAsync()).ShouldBe("70");
        (await page.GetByTestId("net-total").InnerTextAsync()).ShouldBe("2.231.250 ₫"); // 30 × 85.000 − 12,5%
        await page.ScreenshotAsync(new() { Path = Browser.ScreenshotPath("65-consignment"), FullPage = true });

        var download = await page.RunAndWaitForDownloadAsync(() => page.GetByRole(AriaRole.Link, new() { Name = "PDF" }).ClickAsync());
        download.SuggestedFilename.ShouldEndWith(".pdf");
    }
}
