using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using Ocop.Web.Features.Accounts;
using Ocop.Web.Features.Classification;
using Ocop.Web.Features.Producers;
using Ocop.Web.Features.Products;

namespace Ocop.BrowserTests;

/// <summary>
/// A producer registers a product for evaluation: draft, documents, self-assessment, submit; the
/// province officer returns it with a comment the producer then reads.
/// </summary>
public sealed class DossierJourneyTests
{
    private static readonly byte[] Pdf = "%PDF-1.4\n%%EOF\n"u8.ToArray();

    [Fact]
    public async Task Producer_Submits_Officer_Returns()
    {
        await using var session = await BrowserSession.StartAsync();
        var (browser, app, baseUrl) = (session.Browser, session.App, session.BaseUrl);
        var producerId = await SeedAsync(app);
        var producerPassword = await Journey.CreateAccountAsync(app, new NewAccount("htx@test.vn", Roles.Producer, ProducerId: producerId));
        var officerPassword = await Journey.CreateAccountAsync(app, new NewAccount("sonn@test.vn", Roles.ProvinceOfficer, ProvinceCode: "68"));

        var producer = await NewPageAsync(browser);
        await Journey.SignInAsync(producer, baseUrl, "htx@test.vn", producerPassword);
        await producer.GetByRole(AriaRole.Link, new() { Name = "Hồ sơ đánh giá" }).ClickAsync();
        await producer.GetByRole(AriaRole.Link, new() { Name = "Đăng ký sản phẩm đánh giá" }).ClickAsync();
        await producer.SelectOptionAsync("#ProductId", new SelectOptionValue { Label = "Rượu vang thanh long — HTX thanh long Hàm Đức" });
        await producer.GetByRole(AriaRole.Button, new() { Name = "Tạo hồ sơ nháp" }).ClickAsync();
        await producer.GetByTestId("flash").WaitForAsync();
        (await producer.GetByTestId("missing").InnerTextAsync()).ShouldContain("Phiếu đăng ký sản phẩm");
        await Accessibility.CheckAsync(producer); // the draft with its checklist of links

        foreach (var type in new[] { "Phiếu đăng ký sản phẩm (Bắt buộc)", "Phương án/kế hoạch kinh doanh (Bắt buộc)", "Giấy đăng ký kinh doanh (bản sao) (Bắt buộc)" })
        {
            await producer.SelectOptionAsync("#type", new SelectOptionValue { Label = type });
            await producer.SetInputFilesAsync("#file", new FilePayload { Name = "tài liệu.pdf", MimeType = "application/pdf", Buffer = Pdf });
            await producer.GetByRole(AriaRole.Button, new() { Name = "Tải lên" }).ClickAsync();
            await producer.GetByTestId("flash").WaitForAsync();
        }

        (await producer.GetByTestId("documents").Locator("li").CountAsync()).ShouldBe(3);

        // Self-assessment: the best level of every criterion (the first case where one is chosen).
        await producer.GetByRole(AriaRole.Link, new() { Name = "Tự đánh giá theo phiếu của bộ sản phẩm" }).Last.ClickAsync();
        // The whole sheet and its script first: a long scorecard still streaming in would be only partly ticked.
        await producer.WaitForURLAsync("**/self-assessment", new() { WaitUntil = WaitUntilState.Load });
        await producer.EvaluateAsync("""
            () => {
              document.querySelectorAll('fieldset[data-criterion]').forEach(fs => {
                const radios = [...fs.querySelectorAll('input[type=radio]')].filter(r => r.value !== '');
                const best = radios.reduce((a, b) => Number(b.dataset.points) > Number(a.dataset.points) ? b : a);
                best.checked = true;
              });
              document.querySelector('form[data-score-sheet]').dispatchEvent(new Event('change'));
            }
            """);
        (await producer.Locator("[data-score-total]").InnerTextAsync()).ShouldBe("100");
        await producer.ScreenshotAsync(new() { Path = Browser.ScreenshotPath("30-self-assessment"), FullPage = false });
        await producer.GetByRole(AriaRole.Button, new() { Name = "Lưu bản tự đánh giá" }).ClickAsync();
        await producer.GetByTestId("flash").WaitForAsync();
        (await producer.GetByTestId("self-total").InnerTextAsync()).ShouldContain("100/100");
        (await producer.GetByTestId("missing").CountAsync()).ShouldBe(0);

        // Submitting asks first, naming the product: "no" leaves the draft as it is, "yes" submits.
        var asked = new List<string>();
        var answer = false;
        producer.Dialog += (_, dialog) =>
        {
            asked.Add(dialog.Message);
            _ = answer ? dialog.AcceptAsync() : dialog.DismissAsync();
        };
        await producer.GetByRole(AriaRole.Button, new() { Name = "Nộp hồ sơ" }).ClickAsync();
        asked.ShouldHaveSingleItem().ShouldStartWith("Nộp hồ sơ của “Rượu vang thanh long”?");
        (await producer.Locator(".fs-5 [data-testid=dossier-status]").First.InnerTextAsync()).ShouldBe("Nháp", "answering no submits nothing");
        answer = true;
        await producer.GetByRole(AriaRole.Button, new() { Name = "Nộp hồ sơ" }).ClickAsync();
        await producer.GetByTestId("flash").WaitForAsync();
        (await producer.Locator("h1 + p + div [data-testid=dossier-status], .fs-5 [data-testid=dossier-status]").First.InnerTextAsync()).ShouldBe("Đã nộp");
        (await producer.GetByRole(AriaRole.Button, new() { Name = "Tiếp nhận hồ sơ" }).CountAsync()).ShouldBe(0, "a producer cannot accept");
        await producer.ScreenshotAsync(new() { Path = Browser.ScreenshotPath("31-dossier-submitted"), FullPage = true });
        var dossierUrl = producer.Url;

        // The officer returns it with a reason; without one the page says what is needed.
        var officer = await NewPageAsync(browser);
        await Journey.SignInAsync(officer, baseUrl, "sonn@test.vn", officerPassword);
        await officer.GotoAsync(baseUrl + "/admin/dossiers?status=Submitted");
        await officer.GetByRole(AriaRole.Link, new() { Name = "Rượu vang thanh long" }).ClickAsync();
        await officer.GetByRole(AriaRole.Button, new() { Name = "Trả lại để bổ sung" }).ClickAsync();
        // Waits for the answer to the post: the empty summary of the page before it is there from the start.
        await officer.GetByTestId("errors").GetByText("Hãy ghi rõ lý do").WaitForAsync();
        // The refused field says so and has the focus, ready for the reason (it used to leave the focus on the page).
        (await officer.Locator("#Comment").GetAttributeAsync("aria-invalid")).ShouldBe("true");
        (await officer.EvaluateAsync<string>("document.activeElement.id")).ShouldBe("Comment");
        await Accessibility.CheckAsync(officer);
        await officer.Keyboard.TypeAsync("Bổ sung phiếu kiểm nghiệm còn hiệu lực.");
        await officer.GetByRole(AriaRole.Button, new() { Name = "Trả lại để bổ sung" }).ClickAsync();
        await officer.GetByTestId("flash").WaitForAsync();
        await officer.ScreenshotAsync(new() { Path = Browser.ScreenshotPath("32-dossier-returned"), FullPage = true });

        await producer.GotoAsync(dossierUrl);
        (await producer.GetByTestId("history").InnerTextAsync()).ShouldContain("Bổ sung phiếu kiểm nghiệm còn hiệu lực.");
        (await producer.GetByTestId("upload").CountAsync()).ShouldBe(1, "a returned dossier can be completed");
    }

    private static async Task<IPage> NewPageAsync(IBrowser browser)
    {
        var context = await browser.NewContextAsync(new BrowserNewContextOptions { ViewportSize = new ViewportSize { Width = 1280, Height = 900 } });
        return await context.NewPageAsync();
    }

    /// <summary>A Lâm Đồng cooperative with one product in set 26-15, other alcoholic drinks (complete scorecard).</summary>
    private static Task<int> SeedAsync(OcopApp app) =>
        app.WithScopeAsync(async s =>
        {
            var national = new UserScope(true, null, null, null, true, "seed", "seed");
            var producerId = (await s.GetRequiredService<ProducerService>().CreateAsync(new ProducerInput
            {
                Type = ProducerType.Cooperative, Name = "HTX thanh long Hàm Đức", CommuneCode = "22933", Status = ProducerStatus.Active,
            }, national)).Value;
            var setId = (await s.GetRequiredService<ClassificationService>().ProductSetsAsync(includeRetired: false)).Single(x => x.Code == "26-15").Id;
            (await s.GetRequiredService<ProductService>().CreateAsync(new ProductInput
            {
                ProducerId = producerId, Name = "Rượu vang thanh long", ProductSetId = setId, Status = ProductStatus.Active,
            }, national)).IsOk.ShouldBeTrue();
            return producerId;
        });
}
