using System.Text.RegularExpressions;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using Ocop.Web.Features.Accounts;
using Ocop.Web.Infrastructure.Mail;

namespace Ocop.BrowserTests;

/// <summary>A buyer on a phone asks for a quote, confirms from the mail; the producer reads and answers it in the portal.</summary>
public sealed partial class InquiryJourneyTests
{
    [GeneratedRegex(@"https?://\S+/inquiries/confirm\?token=[A-Za-z0-9_-]+")]
    private static partial Regex ConfirmLink();

    [Fact]
    public async Task Buyer_SendsAnInquiry_AndTheProducerAnswersIt()
    {
        await using var session = await BrowserSession.StartAsync();
        var (browser, app, baseUrl) = (session.Browser, session.App, session.BaseUrl);
        var (producerId, productId) = await Journey.SeedFishSauceAsync(app, listed: true);
        var password = await Journey.CreateAccountAsync(app, new NewAccount("caden@test.vn", Roles.Producer, ProducerId: producerId));

        var phone = await (await browser.NewContextAsync(new BrowserNewContextOptions
        {
            ViewportSize = new ViewportSize { Width = 390, Height = 844 }, IsMobile = true, HasTouch = true, Locale = "vi-VN",
        })).NewPageAsync();
        await phone.GotoAsync($"{baseUrl}/products/{productId}");
        await phone.GetByTestId("ask-quote").ClickAsync();
        var form = phone.GetByTestId("inquiry-form");
        await form.GetByLabel("Người liên hệ").FillAsync("Nguyễn Văn Mua");
        await form.GetByLabel("Email").FillAsync("mua@import.example");
        await form.GetByLabel("Số lượng").FillAsync("500");
        await form.GetByLabel("Đơn vị", new() { Exact = true }).FillAsync("chai");
        await form.GetByLabel("Nơi nhận hàng").FillAsync("Singapore");
        await form.GetByLabel("Xuất khẩu").CheckAsync();
        await form.GetByLabel("Nội dung").FillAsync("Xin báo giá FOB cho 500 chai.");
        await phone.ScreenshotAsync(new() { Path = Browser.ScreenshotPath("63-inquiry-form-phone"), FullPage = true });
        await form.GetByRole(AriaRole.Button, new() { Name = "Gửi yêu cầu" }).ClickAsync();
        (await phone.GetByTestId("inquiry-sent").InnerTextAsync()).ShouldContain("đường dẫn xác nhận");

        var mail = await app.WithScopeAsync(s =>
        {
            var folder = ((FolderMailSender)s.GetRequiredService<IMailSender>()).Folder;
            return Task.FromResult(Directory.GetFiles(folder, "*.eml").Select(File.ReadAllText).Single(m => m.Contains("To: mua@import.example", StringComparison.Ordinal)));
        });
        var link = new Uri(ConfirmLink().Match(mail).Value);
        await phone.GotoAsync($"{baseUrl}{link.PathAndQuery}");
        await phone.GetByRole(AriaRole.Button, new() { Name = "Xác nhận" }).ClickAsync();
        await phone.GetByTestId("inquiry-confirmed").WaitForAsync();

        var page = await (await browser.NewContextAsync(new BrowserNewContextOptions { ViewportSize = new ViewportSize { Width = 1280, Height = 900 } })).NewPageAsync();
        await Journey.SignInAsync(page, baseUrl, "caden@test.vn", password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Xúc tiến thương mại" }).Or(page.GetByRole(AriaRole.Link, new() { Name = "Xúc tiến thương mại" })).ClickAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "Hỏi hàng" }).ClickAsync();
        (await page.GetByTestId("inquiry-table").InnerTextAsync()).ShouldContain("Singapore");
        await page.GetByRole(AriaRole.Link, new() { Name = "Nguyễn Văn Mua" }).ClickAsync();
        (await page.GetByTestId("inquiry").InnerTextAsync()).ShouldContain("mua@import.example");
        await page.GetByRole(AriaRole.Button, new() { Name = "Gửi trả lời" }).ClickAsync();
        (await page.GetByTestId("form-error").InnerTextAsync()).ShouldContain("Hãy viết câu trả lời");
        await page.GetByLabel("Trả lời người mua").FillAsync("Giá FOB 80.000 đ/chai, giao trong 3 tuần.");
        await page.GetByRole(AriaRole.Button, new() { Name = "Gửi trả lời" }).ClickAsync();
        await page.GetByTestId("flash").WaitForAsync();
        await page.GetByTestId("answered").WaitForAsync();
        await page.ScreenshotAsync(new() { Path = Browser.ScreenshotPath("64-inquiry-answered"), FullPage = true });

        var answer = await app.WithScopeAsync(s =>
        {
            var folder = ((FolderMailSender)s.GetRequiredService<IMailSender>()).Folder;
            return Task.FromResult(Directory.GetFiles(folder, "*.eml").Select(File.ReadAllText).Count(m => m.Contains("To: mua@import.example", StringComparison.Ordinal) && m.Contains("Giá FOB 80.000 đ/chai", StringComparison.Ordinal)));
        });
        answer.ShouldBe(1, "the answer is mailed to the buyer");
    }
}
