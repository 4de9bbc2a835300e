using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using Ocop.Web.Features.Accounts;
using Ocop.Web.Features.Training;
using Ocop.Web.Infrastructure;

namespace Ocop.BrowserTests;

/// <summary>A producer registers for a course from the portal, the officer takes the roll call, and the producer downloads the attendance certificate.</summary>
public sealed class TrainingJourneyTests
{
    private static readonly UserScope LamDongOfficer = new(false, "68", null, null, true, "seed", "seed");

    private static CourseInput Course(DateOnly start) => new()
    {
        Title = "Bán hàng trên sàn thương mại điện tử", Topic = TrainingTopic.ECommerce, Audience = TrainingAudience.Producers,
        StartsOn = start, EndsOn = start, Place = "Hội trường Sở Công Thương, Phan Thiết", Trainer = "ThS. Nguyễn Văn A", Capacity = 30, IsPublished = true,
        Sessions = [new SessionInput(start, "Mở gian hàng và đăng sản phẩm")],
    };

    [Fact]
    public async Task Producer_Registers_OfficerTakesTheRollCall_ProducerDownloadsTheCertificate()
    {
        await using var session = await BrowserSession.StartAsync();
        var (browser, app, baseUrl) = (session.Browser, session.App, session.BaseUrl);
        var (producerId, _) = await Journey.SeedFishSauceAsync(app);
        var today = VietnamTime.Today(TimeProvider.System);
        var courseId = await app.WithScopeAsync(async s => (await s.GetRequiredService<CourseService>().CreateAsync(Course(today.AddDays(1)), LamDongOfficer, CancellationToken.None)).Value);
        var producerPassword = await Journey.CreateAccountAsync(app, new NewAccount("caden@test.vn", Roles.Producer, ProducerId: producerId));
        var officerPassword = await Journey.CreateAccountAsync(app, new NewAccount("sct@test.vn", Roles.ProvinceOfficer, ProvinceCode: "68"));
        var desktop = new BrowserNewContextOptions { ViewportSize = new ViewportSize { Width = 1280, Height = 900 }, AcceptDownloads = true };

        var producer = await (await browser.NewContextAsync(desktop)).NewPageAsync();
        await Journey.SignInAsync(producer, baseUrl, "caden@test.vn", producerPassword);
        await producer.GetByRole(AriaRole.Button, new() { Name = "Hỗ trợ", Exact = true }).Or(producer.GetByRole(AriaRole.Link, new() { Name = "Hỗ trợ", Exact = true })).ClickAsync();
        await producer.GetByRole(AriaRole.Link, new() { Name = "Đào tạo", Exact = true }).ClickAsync();
        await producer.GetByRole(AriaRole.Button, new() { Name = "Đăng ký: Bán hàng trên sàn thương mại điện tử" }).ClickAsync();
        (await producer.GetByTestId("flash").InnerTextAsync()).ShouldContain("Đã đăng ký");
        (await producer.GetByTestId("my-courses").InnerTextAsync()).ShouldContain("Có mặt 0/1 buổi");

        // The course day comes (the officer moves it to today, as the tests cannot wait).
        await app.WithScopeAsync(async s =>
        {
            var courses = s.GetRequiredService<CourseService>();
            var input = Course(today);
            input.Version = (await courses.GetAsync(courseId, LamDongOfficer, CancellationToken.None))!.Version;
            (await courses.UpdateAsync(courseId, input, LamDongOfficer, CancellationToken.None)).IsOk.ShouldBeTrue();
            return 0;
        });

        var officer = await (await browser.NewContextAsync(desktop)).NewPageAsync();
        await Journey.SignInAsync(officer, baseUrl, "sct@test.vn", officerPassword);
        await officer.GetByRole(AriaRole.Button, new() { Name = "Nâng cao năng lực" }).Or(officer.GetByRole(AriaRole.Link, new() { Name = "Nâng cao năng lực" })).ClickAsync();
        await officer.GetByRole(AriaRole.Link, new() { Name = "Đào tạo", Exact = true }).ClickAsync();
        await officer.GetByRole(AriaRole.Link, new() { Name = "Bán hàng trên sàn thương mại điện tử" }).ClickAsync();
        (await officer.GetByTestId("seats").InnerTextAsync()).ShouldStartWith("1/30");
        await officer.GetByTestId("material-form").GetByLabel("Tên tài liệu").FillAsync("Bài giảng mở gian hàng");
        await officer.GetByTestId("material-form").GetByLabel("Tệp (PDF, ảnh, Word, Excel; tối đa 10 MB)").SetInputFilesAsync(
            new FilePayload { Name = "bai-giang.pdf", MimeType = "application/pdf", Buffer = System.Text.Encoding.ASCII.GetBytes("%PDF-1.4\n%%EOF\n") });
        await officer.GetByTestId("material-form").GetByRole(AriaRole.Button, new() { Name = "Thêm tài liệu" }).ClickAsync();
        (await officer.GetByTestId("materials").InnerTextAsync()).ShouldContain("Bài giảng mở gian hàng");
        await officer.GetByTestId("attendance-form").GetByLabel("Công ty TNHH Cá Đen").CheckAsync();
        await officer.GetByTestId("attendance-form").GetByRole(AriaRole.Button, new() { Name = "Lưu điểm danh" }).ClickAsync();
        (await officer.GetByTestId("flash").InnerTextAsync()).ShouldContain("Đã lưu điểm danh");
        (await officer.Locator("[data-trainee='Công ty TNHH Cá Đen']").InnerTextAsync()).ShouldContain("✓");
        await officer.ScreenshotAsync(new() { Path = Browser.ScreenshotPath("80-training-course"), FullPage = true });

        await producer.GotoAsync(baseUrl + "/portal/training");
        (await producer.GetByTestId("my-courses").InnerTextAsync()).ShouldContain("Có mặt 1/1 buổi");
        (await producer.GetByTestId("course-materials").InnerTextAsync()).ShouldContain("Bài giảng mở gian hàng");
        var download = await producer.RunAndWaitForDownloadAsync(() => producer.GetByRole(AriaRole.Link, new() { Name = "Tải giấy chứng nhận" }).ClickAsync());
        download.SuggestedFilename.ShouldEndWith(".pdf");
        var text = await PdfText.ExtractAsync(await File.ReadAllBytesAsync(await download.PathAsync()));
        text.ShouldContain("GIẤY CHỨNG NHẬN");
        text.ShouldContain("Công ty TNHH Cá Đen");
        await producer.GetByLabel("Đánh giá").SelectOptionAsync("5");
        await producer.GetByLabel("Nhận xét").FillAsync("Rất bổ ích");
        await producer.GetByRole(AriaRole.Button, new() { Name = "Gửi" }).ClickAsync();
        (await producer.GetByTestId("flash").InnerTextAsync()).ShouldContain("Cảm ơn");
        await producer.ScreenshotAsync(new() { Path = Browser.ScreenshotPath("81-training-portal"), FullPage = true });
    }
}
