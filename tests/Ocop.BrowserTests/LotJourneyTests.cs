using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using Ocop.Web.Features.Accounts;

namespace Ocop.BrowserTests;

/// <summary>The producer records a lot on the product's page; a consumer scans the lot's label on a phone and traces it.</summary>
public sealed class LotJourneyTests
{
    [Fact]
    public async Task Producer_AddsALot_ConsumerScansAndTracesIt()
    {
        await using var session = await BrowserSession.StartAsync();
        var (browser, app, baseUrl) = (session.Browser, session.App, session.BaseUrl);
        var (producerId, productId) = await Journey.SeedFishSauceAsync(app, gtin: "8930000000019");
        var password = await Journey.CreateAccountAsync(app, new NewAccount("caden@test.vn", Roles.Producer, ProducerId: producerId));

        var page = await (await browser.NewContextAsync(new BrowserNewContextOptions { ViewportSize = new ViewportSize { Width = 1280, Height = 900 } })).NewPageAsync();
        await Journey.SignInAsync(page, baseUrl, "caden@test.vn", password);
        await page.GotoAsync($"{baseUrl}/admin/products/{productId}");
        var form = page.GetByTestId("add-lot");
        await page.GetByText("Thêm lô", new() { Exact = true }).First.ClickAsync();
        await form.GetByLabel("Mã lô").FillAsync("CD-2611");
        var produced = DateTime.UtcNow.AddHours(7).AddDays(-10);
        await form.GetByLabel("Ngày sản xuất").FillAsync(produced.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
        await form.GetByLabel("Các công đoạn sản xuất").FillAsync("32/13/2026 Ngày không có thật");
        await form.GetByRole(AriaRole.Button, new() { Name = "Thêm lô" }).ClickAsync();
        (await page.GetByTestId("form-error").InnerTextAsync()).ShouldContain("32/13/2026 Ngày không có thật");
        (await page.GetByTestId("add-lot").GetByLabel("Mã lô").InputValueAsync()).ShouldBe("CD-2611", "what was typed is kept");
        await page.GetByTestId("add-lot").GetByLabel("Các công đoạn sản xuất")
            .FillAsync($"{produced.AddDays(-20):dd/MM/yyyy} Thu mua cá cơm Phan Thiết\n{produced.AddDays(-5):dd/MM/yyyy} Đóng chai");
        await page.GetByTestId("add-lot").GetByRole(AriaRole.Button, new() { Name = "Thêm lô" }).ClickAsync();
        await page.GetByTestId("flash").WaitForAsync();
        (await page.GetByTestId("lots").InnerTextAsync()).ShouldContain("CD-2611");

        // A test report for the lot: a wrong file is refused with the reason, a PDF is listed.
        var lotRow = page.GetByTestId("lot-CD-2611");
        await lotRow.Locator("summary", new() { HasText = "Thêm tài liệu" }).ClickAsync();
        await lotRow.GetByLabel("Tên tài liệu").FillAsync("Phiếu kết quả thử nghiệm độ đạm");
        await lotRow.Locator("input[type=file]").SetInputFilesAsync(new FilePayload { Name = "ghi-chu.txt", MimeType = "text/plain", Buffer = "không phải PDF"u8.ToArray() });
        await lotRow.GetByRole(AriaRole.Button, new() { Name = "Thêm tài liệu" }).ClickAsync();
        (await page.GetByTestId("lot-CD-2611").GetByRole(AriaRole.Alert).InnerTextAsync()).ShouldContain("PDF, JPEG hoặc PNG");
        (await page.GetByTestId("lot-CD-2611").GetByLabel("Tên tài liệu").InputValueAsync()).ShouldBe("Phiếu kết quả thử nghiệm độ đạm", "what was typed is kept");
        await page.GetByTestId("lot-CD-2611").Locator("input[type=file]").SetInputFilesAsync(new FilePayload
        {
            Name = "ket-qua.pdf", MimeType = "application/pdf", Buffer = "%PDF-1.4\n%%EOF"u8.ToArray(),
        });
        await page.GetByTestId("lot-CD-2611").GetByRole(AriaRole.Button, new() { Name = "Thêm tài liệu" }).ClickAsync();
        await page.GetByTestId("flash").WaitForAsync();
        (await page.GetByTestId("lot-documents").InnerTextAsync()).ShouldContain("Phiếu kết quả thử nghiệm độ đạm");
        await page.GetByTestId("lot-CD-2611").Locator("summary", new() { HasText = "Sửa lô" }).ClickAsync();
        await page.GetByTestId("lots").ScreenshotAsync(new() { Path = Browser.ScreenshotPath("53-lot-documents-and-edit") });

        var phone = await (await browser.NewContextAsync(new BrowserNewContextOptions
        {
            ViewportSize = new ViewportSize { Width = 390, Height = 844 }, IsMobile = true, HasTouch = true, Locale = "vi-VN",
        })).NewPageAsync();
        await phone.GotoAsync($"{baseUrl}/01/08930000000019/10/CD-2611");
        (await phone.GetByTestId("product-lot").InnerTextAsync()).ShouldContain("CD-2611");
        await phone.ScreenshotAsync(new() { Path = Browser.ScreenshotPath("50-scan-lot-product"), FullPage = true });
        await phone.GetByRole(AriaRole.Link, new() { Name = "Xem truy xuất lô" }).ClickAsync();
        (await phone.GetByTestId("lot-steps").InnerTextAsync()).ShouldContain("Thu mua cá cơm Phan Thiết");
        (await phone.GetByTestId("lot-public-documents").InnerTextAsync()).ShouldContain("Phiếu kết quả thử nghiệm độ đạm");
        await phone.ScreenshotAsync(new() { Path = Browser.ScreenshotPath("51-lot-page"), FullPage = true });

        // The producer sees the scans on the product's page (counts are written every few seconds; write them now).
        await app.WithScopeAsync(async s => await s.GetRequiredService<Ocop.Web.Features.Traceability.ScanCountWriter>().FlushAsync(CancellationToken.None));
        await page.GotoAsync($"{baseUrl}/admin/products/{productId}");
        (await page.GetByTestId("scan-total").InnerTextAsync()).ShouldBe("1");
        await page.GetByTestId("scan-chart").ScreenshotAsync(new() { Path = Browser.ScreenshotPath("52-scan-chart") });
    }
}
