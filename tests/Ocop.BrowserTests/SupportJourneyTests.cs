using Microsoft.Playwright;
using Ocop.Web.Features.Accounts;

namespace Ocop.BrowserTests;

/// <summary>An officer adds a support policy, records the support a producer received under it, reads the year's report; the producer sees it in the portal.</summary>
public sealed class SupportJourneyTests
{
    [Fact]
    public async Task Officer_RecordsSupport_UnderAPolicy_AndTheProducerSeesIt()
    {
        await using var session = await BrowserSession.StartAsync();
        var (browser, app, baseUrl) = (session.Browser, session.App, session.BaseUrl);
        var (producerId, _) = await Journey.SeedFishSauceAsync(app);
        var officerPassword = await Journey.CreateAccountAsync(app, new NewAccount("sct@test.vn", Roles.ProvinceOfficer, ProvinceCode: "68"));
        var producerPassword = await Journey.CreateAccountAsync(app, new NewAccount("caden@test.vn", Roles.Producer, ProducerId: producerId));
        var desktop = new BrowserNewContextOptions { ViewportSize = new ViewportSize { Width = 1280, Height = 900 } };

        var officer = await (await browser.NewContextAsync(desktop)).NewPageAsync();
        await Journey.SignInAsync(officer, baseUrl, "sct@test.vn", officerPassword);
        await officer.GotoAsync(baseUrl + "/admin/support/policies");
        var policy = officer.GetByTestId("policy-form");
        await policy.GetByLabel("Tên chính sách").FillAsync("Hỗ trợ phát triển sản phẩm OCOP");
        await policy.GetByLabel("Lĩnh vực").SelectOptionAsync(new SelectOptionValue { Label = "Phát triển sản phẩm" });
        await policy.GetByLabel("Kinh phí (đ)").FillAsync("500000000");
        await policy.GetByRole(AriaRole.Button, new() { Name = "Lưu" }).ClickAsync();
        (await officer.GetByTestId("policies").InnerTextAsync()).ShouldContain("Đang hiệu lực");

        await officer.GotoAsync(baseUrl + "/admin/support");
        await officer.GetByRole(AriaRole.Link, new() { Name = "Ghi nhận hỗ trợ" }).ClickAsync();
        var form = officer.GetByTestId("support-form");
        await form.GetByLabel("Chủ thể").SelectOptionAsync(new SelectOptionValue { Label = "Công ty TNHH Cá Đen" });
        await form.GetByLabel("Sản phẩm").SelectOptionAsync(new SelectOptionValue { Label = "Nước mắm Cá Đen" });
        await form.GetByLabel("Loại hỗ trợ").SelectOptionAsync(new SelectOptionValue { Label = "Quy trình sản xuất (VietGAP, HACCP, ISO)" });
        await form.GetByLabel("Đơn vị thực hiện").FillAsync("Công ty Tư vấn Chất lượng Việt");
        await form.GetByLabel("Kinh phí (đ)").FillAsync("-5");
        await form.GetByLabel("Nguồn kinh phí").SelectOptionAsync(new SelectOptionValue { Label = "Ngân sách tỉnh" });
        await form.GetByLabel("Chính sách áp dụng").SelectOptionAsync(new SelectOptionValue { Label = "Hỗ trợ phát triển sản phẩm OCOP" });
        await form.GetByRole(AriaRole.Button, new() { Name = "Lưu" }).ClickAsync();
        (await officer.GetByTestId("support-form").InnerTextAsync()).ShouldContain("Kinh phí là số đồng nguyên, không âm.");
        (await officer.GetByTestId("support-form").GetByLabel("Đơn vị thực hiện").InputValueAsync()).ShouldBe("Công ty Tư vấn Chất lượng Việt");
        await officer.GetByTestId("support-form").GetByLabel("Kinh phí (đ)").FillAsync("30000000");
        await officer.GetByTestId("support-form").GetByRole(AriaRole.Button, new() { Name = "Lưu" }).ClickAsync();
        (await officer.GetByTestId("support-table").InnerTextAsync()).ShouldContain("30.000.000 ₫");

        await officer.GetByRole(AriaRole.Link, new() { Name = "Báo cáo hỗ trợ" }).ClickAsync();
        (await officer.GetByTestId("support-totals").InnerTextAsync()).ShouldBe("1 chủ thể, 1 sản phẩm, 1 lượt hỗ trợ, kinh phí 30.000.000 ₫");
        (await officer.GetByTestId("by-funding").InnerTextAsync()).ShouldContain("Ngân sách tỉnh");
        await officer.ScreenshotAsync(new() { Path = Browser.ScreenshotPath("82-support-report"), FullPage = true });
        await officer.GotoAsync(baseUrl + "/admin/support/policies");
        await officer.GetByTestId("policies").GetByRole(AriaRole.Link, new() { Name = "1 lượt · 30.000.000 ₫" }).ClickAsync();
        (await officer.GetByTestId("support-table").InnerTextAsync()).ShouldContain("Hỗ trợ phát triển sản phẩm OCOP");

        var producer = await (await browser.NewContextAsync(desktop)).NewPageAsync();
        await Journey.SignInAsync(producer, baseUrl, "caden@test.vn", producerPassword);
        await producer.GetByRole(AriaRole.Button, new() { Name = "Hỗ trợ", Exact = true }).Or(producer.GetByRole(AriaRole.Link, new() { Name = "Hỗ trợ", Exact = true })).ClickAsync();
        await producer.GetByRole(AriaRole.Link, new() { Name = "Hỗ trợ đã nhận" }).ClickAsync();
        (await producer.GetByTestId("support-table").InnerTextAsync()).ShouldContain("Công ty Tư vấn Chất lượng Việt");
        await producer.ScreenshotAsync(new() { Path = Browser.ScreenshotPath("83-support-portal"), FullPage = true });
    }
}
