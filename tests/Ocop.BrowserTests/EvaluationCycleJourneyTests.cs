using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using System.Net.Http.Json;
using Microsoft.Playwright;
using Ocop.Web.Data;
using Ocop.Web.Features.Accounts;
using Ocop.Web.Features.Classification;
using Ocop.Web.Features.Evaluation.Batches;
using Ocop.Web.Features.Producers;
using Ocop.Web.Features.Products;

namespace Ocop.BrowserTests;

/// <summary>
/// The whole evaluation cycle as its users do it: the producer submits a dossier; the commune officer assesses the four
/// points and writes the report (Mẫu 03); the province officer receives it, records the advisory group's field survey with
/// a photo, opens a batch, seats the seven-body council 26/2026 wants and assigns the product;
/// five members (a quorum, two are absent) score 95 on their own accounts; the secretary closes and the product goes to the
/// Ministry, whose council scores it 88; the province recognises it 4★ from that result (26/2026 Điều 7.4g); the public
/// verification page shows a valid 4★ certificate, whose PDF carries the product's name. Then an inspection finds a
/// violation and proposes revocation, and the revocation decision answers it: the resolver's certificate link says so.
/// </summary>
public sealed class EvaluationCycleJourneyTests
{
    private const string Product = "Rượu vang thanh long Hàm Đức";
    private static readonly byte[] Pdf = "%PDF-1.4\n%%EOF\n"u8.ToArray();
    /// <summary>The API's JSON: web defaults, enums as their names.</summary>
    private static readonly System.Text.Json.JsonSerializerOptions JsonOptions = new(System.Text.Json.JsonSerializerDefaults.Web)
    {
        Converters = { new System.Text.Json.Serialization.JsonStringEnumConverter() },
    };


    [Fact]
    public async Task Dossier_Council_Decision_Certificate()
    {
        await using var session = await BrowserSession.StartAsync();
        var (browser, app, baseUrl) = (session.Browser, session.App, session.BaseUrl);
        var (producerId, answers, nationalAnswers) = await SeedAsync(app);
        var passwords = new Dictionary<string, string>
        {
            ["htx@test.vn"] = await Journey.CreateAccountAsync(app, new NewAccount("htx@test.vn", Roles.Producer, ProducerId: producerId)),
            ["sonn@test.vn"] = await Journey.CreateAccountAsync(app, new NewAccount("sonn@test.vn", Roles.ProvinceOfficer, ProvinceCode: "68")),
            ["xa@test.vn"] = await Journey.CreateAccountAsync(app, new NewAccount("xa@test.vn", Roles.CommuneOfficer, ProvinceCode: "68", CommuneCode: "22933")),
        };
        var council = new[]
        {
            ("chutich@test.vn", "Chủ tịch", "Lãnh đạo UBND cấp tỉnh"), ("thuky@test.vn", "Thư ký", "Đơn vị tham mưu quản lý OCOP cấp tỉnh"),
            ("thanhvien@test.vn", "Thành viên", "Sở Công Thương"), ("snnmt@test.vn", "Thành viên", "Sở Nông nghiệp và Môi trường"),
            ("syt@test.vn", "Thành viên", "Sở Y tế"), ("skhcn@test.vn", "Thành viên", "Sở Khoa học và Công nghệ"),
            ("svhttdl@test.vn", "Thành viên", "Sở Văn hóa, Thể thao và Du lịch"),
        };
        foreach (var (email, _, _) in council)
        {
            passwords[email] = await Journey.CreateAccountAsync(app, new NewAccount(email, Roles.CouncilMember, ProvinceCode: "68"));
        }

        // 1. The producer registers the product and submits.
        var producer = await SignedInAsync(browser, baseUrl, "htx@test.vn", passwords);
        await producer.GotoAsync(baseUrl + "/admin/dossiers/new");
        await producer.SelectOptionAsync("#ProductId", new SelectOptionValue { Label = $"{Product} — HTX thanh long Hàm Đức" });
        await producer.GetByRole(AriaRole.Button, new() { Name = "Tạo hồ sơ nháp" }).ClickAsync();
        await producer.GetByTestId("flash").WaitForAsync();
        foreach (var type in new[] { "RegistrationForm", "BusinessPlan", "BusinessRegistration" })
        {
            await producer.SelectOptionAsync("#type", type);
            await producer.SetInputFilesAsync("#file", new FilePayload { Name = $"{type}.pdf", MimeType = "application/pdf", Buffer = Pdf });
            await producer.GetByRole(AriaRole.Button, new() { Name = "Tải lên" }).ClickAsync();
            await producer.GetByTestId("flash").WaitForAsync();
        }

        var dossierUrl = producer.Url;
        await producer.GotoAsync(dossierUrl + "/self-assessment");
        await FillSheetAsync(producer, answers);
        await producer.GetByRole(AriaRole.Button, new() { Name = "Lưu bản tự đánh giá" }).ClickAsync();
        await producer.GetByTestId("flash").WaitForAsync();
        producer.Dialog += (_, dialog) => dialog.AcceptAsync(); // "Nộp hồ sơ của …?" (DossierJourneyTests answers no, then yes)
        await producer.GetByRole(AriaRole.Button, new() { Name = "Nộp hồ sơ" }).ClickAsync();
        await producer.GetByTestId("flash").WaitForAsync();

        var today = DateTime.UtcNow.AddHours(7).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

        // 2. The commune officer assesses the four points of 26/2026 Điều 7.2a, writes the report (Mẫu 03) and forwards the dossier.
        var communeOfficer = await SignedInAsync(browser, baseUrl, "xa@test.vn", passwords);
        await communeOfficer.GotoAsync(dossierUrl);
        // Accepting with a point unticked or unassessed is refused, with the reasons; what was typed stays.
        await communeOfficer.GetByRole(AriaRole.Checkbox, new() { Name = "Nguồn gốc sản phẩm, nguyên liệu địa phương" }).CheckAsync();
        await communeOfficer.GetByRole(AriaRole.Checkbox, new() { Name = "Sử dụng lao động địa phương" }).CheckAsync();
        await communeOfficer.FillAsync("#finding-local-origin", "Thanh long ruột đỏ trồng tại xã, HTX thu mua của 40 hộ thành viên.");
        await communeOfficer.GetByRole(AriaRole.Button, new() { Name = "Tiếp nhận hồ sơ" }).ClickAsync();
        var refusal = await communeOfficer.GetByTestId("errors").InnerTextAsync();
        refusal.ShouldContain("Nguồn gốc ý tưởng sản phẩm");
        refusal.ShouldContain("Hãy ghi nhận xét, đánh giá của xã về: Sử dụng lao động địa phương");
        refusal.ShouldContain("Hãy nhập ngày báo cáo");
        (await communeOfficer.GetByRole(AriaRole.Checkbox, new() { Name = "Sử dụng lao động địa phương" }).IsCheckedAsync()).ShouldBeTrue("the officer's ticks are kept");
        (await communeOfficer.InputValueAsync("#finding-local-origin")).ShouldStartWith("Thanh long ruột đỏ");
        await communeOfficer.GetByRole(AriaRole.Checkbox, new() { Name = "Nguồn gốc ý tưởng sản phẩm" }).CheckAsync();
        await communeOfficer.GetByRole(AriaRole.Checkbox, new() { Name = "Bản sắc, trí tuệ địa phương" }).CheckAsync();
        await communeOfficer.FillAsync("#finding-local-labour", "12 lao động thường xuyên, đều cư trú tại xã.");
        await communeOfficer.FillAsync("#finding-idea-origin", "Ý tưởng từ nghề làm rượu truyền thống của địa phương.");
        await communeOfficer.FillAsync("#finding-local-identity", "Phương pháp lên men tự nhiên của người dân Hàm Đức.");
        await communeOfficer.FillAsync("#reportNumber", "15/BC-UBND");
        await communeOfficer.FillAsync("#reportOn", today);
        await communeOfficer.FillAsync("#reportSigner", "Nguyễn Văn Xã");
        await communeOfficer.GetByTestId("intake-checks").ScreenshotAsync(new() { Path = Browser.ScreenshotPath("39-intake-checks") });
        await communeOfficer.GetByRole(AriaRole.Button, new() { Name = "Tiếp nhận hồ sơ" }).ClickAsync();
        await communeOfficer.GetByTestId("flash").WaitForAsync();
        (await communeOfficer.GetByTestId("dossier-status").First.InnerTextAsync()).ShouldBe("Xã đã chuyển tỉnh");
        (await communeOfficer.GetByTestId("commune-report").InnerTextAsync()).ShouldContain("15/BC-UBND");
        (await communeOfficer.GetByRole(AriaRole.Button, new() { Name = "Tiếp nhận tại tỉnh" }).CountAsync()).ShouldBe(0, "the province receives, not the commune");

        // 3. The province checks the dossier and receives it; its advisory group records a field survey with a photo.
        var officer = await SignedInAsync(browser, baseUrl, "sonn@test.vn", passwords);
        await officer.GotoAsync(dossierUrl);
        (await officer.GetByTestId("intake-result").InnerTextAsync()).ShouldContain("12 lao động thường xuyên");
        var report = await officer.Context.APIRequest.GetAsync(dossierUrl.Replace("/admin/dossiers/", "/api/v1/dossiers/", StringComparison.Ordinal) + "/forms/3");
        (report.Status, report.Headers["content-type"]).ShouldBe((200, "application/pdf"));
        await officer.GetByRole(AriaRole.Button, new() { Name = "Tiếp nhận tại tỉnh" }).ClickAsync();
        await officer.GetByTestId("flash").WaitForAsync();
        await officer.SelectOptionAsync("#kind", new SelectOptionValue { Label = "Khảo sát thực tế tại cơ sở" });
        await officer.FillAsync("#on", today);
        await officer.FillAsync("#members", "Trần Văn Tư (Sở NN&MT), Lê Thị Vấn (Sở Y tế)");
        await officer.FillAsync("#findings", "Xưởng lên men đạt điều kiện an toàn thực phẩm; vùng nguyên liệu đúng hồ sơ.");
        await officer.GetByRole(AriaRole.Button, new() { Name = "Lưu", Exact = true }).ClickAsync();
        (await officer.GetByTestId("errors").InnerTextAsync()).ShouldContain("Khảo sát thực tế cần địa điểm");
        (await officer.InputValueAsync("#findings")).ShouldStartWith("Xưởng lên men", Case.Sensitive, "what was typed stays");
        await officer.FillAsync("#place", "Xưởng HTX, thôn 2, xã Hàm Đức");
        await officer.GetByRole(AriaRole.Button, new() { Name = "Lưu", Exact = true }).ClickAsync();
        await officer.GetByTestId("flash").WaitForAsync();
        var record = officer.GetByTestId("advisory-record").First;
        await record.GetByLabel("Tiêu đề ảnh, tài liệu").FillAsync("Ảnh xưởng lên men");
        await record.GetByLabel("Tệp (ảnh JPEG/PNG, PDF, .docx, .xlsx)").SetInputFilesAsync(new FilePayload { Name = "xuong.png", MimeType = "image/png", Buffer = Journey.Png });
        await record.GetByRole(AriaRole.Button, new() { Name = "Thêm tệp" }).ClickAsync();
        await officer.GetByTestId("flash").WaitForAsync();
        (await officer.GetByTestId("advisory").InnerTextAsync()).ShouldContain("Ảnh xưởng lên men");
        await officer.GetByTestId("advisory").ScreenshotAsync(new() { Path = Browser.ScreenshotPath("39b-advisory-survey") });

        // 4. The officer opens a batch, seats the council and assigns the product.
        await officer.GetByRole(AriaRole.Button, new() { Name = "Đánh giá OCOP" }).ClickAsync();
        await officer.GetByRole(AriaRole.Link, new() { Name = "Đợt đánh giá" }).ClickAsync();
        await officer.FillAsync("#Name", "Đợt 2 năm 2026");
        await officer.GetByRole(AriaRole.Button, new() { Name = "Tạo đợt" }).ClickAsync();
        await officer.GetByTestId("flash").WaitForAsync();
        var batchUrl = officer.Url;
        foreach (var (email, role, body) in council)
        {
            await officer.FillAsync("#email", email);
            await officer.SelectOptionAsync("#role", new SelectOptionValue { Label = role });
            await officer.SelectOptionAsync("#body", new SelectOptionValue { Label = body });
            await officer.GetByRole(AriaRole.Button, new() { Name = "Thêm vào hội đồng" }).ClickAsync();
            await officer.GetByTestId("flash").WaitForAsync();
        }

        await officer.SelectOptionAsync("#dossierId", new SelectOptionValue { Label = $"{Product} — HTX thanh long Hàm Đức (Đánh giá lần đầu)" });
        await officer.GetByRole(AriaRole.Button, new() { Name = "Giao cho hội đồng" }).ClickAsync();
        await officer.GetByTestId("flash").WaitForAsync();
        (await officer.GetByTestId("council").Locator("li").CountAsync()).ShouldBe(7);
        (await officer.GetByTestId("composition").InnerTextAsync()).ShouldContain("Thành phần hội đồng đủ theo quy định (Điều 7.3b Quyết định 26/2026/QĐ-TTg)");
        await officer.ScreenshotAsync(new() { Path = Browser.ScreenshotPath("40-batch-council"), FullPage = true });

        // 5. Five members score on their own accounts (two are absent: five of seven, the chair among them, is a quorum);
        // the secretary closes the round.
        foreach (var (email, _, _) in council.Take(5))
        {
            var member = await SignedInAsync(browser, baseUrl, email, passwords);
            member.Dialog += (_, dialog) => dialog.AcceptAsync();
            await member.GetByRole(AriaRole.Link, new() { Name = "Hội đồng" }).ClickAsync();
            await member.GetByRole(AriaRole.Link, new() { Name = $"Chấm điểm {Product}" }).ClickAsync();
            await FillSheetAsync(member, answers);
            await member.GetByRole(AriaRole.Button, new() { Name = "Lưu nháp" }).ClickAsync();
            await member.GetByTestId("flash").WaitForAsync();
            if (email == "thanhvien@test.vn")
            {
                // The dossier beside the sheet: the producer's own score under each criterion, each document opened in the viewer.
                (await member.Locator("[data-self-assessed]").CountAsync()).ShouldBeGreaterThanOrEqualTo(answers.Count);
                var documents = member.GetByTestId("entry-documents").GetByRole(AriaRole.Link);
                (await documents.CountAsync()).ShouldBeGreaterThan(1);
                var href = await documents.Nth(1).GetAttributeAsync("href");
                await documents.Nth(1).ClickAsync();
                await member.WaitForFunctionAsync("h => document.querySelector('iframe[name=entry-viewer]').contentWindow.location.pathname === h", href);
                await member.ScreenshotAsync(new() { Path = Browser.ScreenshotPath("41-member-sheet"), FullPage = false });
            }

            await member.GetByRole(AriaRole.Button, new() { Name = "Nộp phiếu" }).ClickAsync();
            await Journey.WaitForAnswerAsync(app, member, member.GetByTestId("sheet-submitted"));
            (await member.GetByRole(AriaRole.Button, new() { Name = "Nộp phiếu" }).CountAsync()).ShouldBe(0, "a sheet is submitted once");
        }

        var secretary = await SignedInAsync(browser, baseUrl, "thuky@test.vn", passwords);
        secretary.Dialog += (_, dialog) => dialog.AcceptAsync();
        await secretary.GotoAsync(baseUrl + "/council");
        await secretary.GetByRole(AriaRole.Link, new() { Name = "Theo dõi, kết thúc vòng chấm" }).ClickAsync();
        await secretary.GetByRole(AriaRole.Button, new() { Name = "Kết thúc vòng chấm và tính kết quả" }).ClickAsync();
        await secretary.GetByTestId("flash").WaitForAsync();
        var result = secretary.GetByTestId("results").Locator($"tr[data-product='{Product}']");
        (await result.Locator(".stars").InnerTextAsync()).ShouldBe("★★★★★");
        (await result.InnerTextAsync()).ShouldContain("Tiềm năng 5 sao: chuyển cấp trung ương");
        await secretary.ScreenshotAsync(new() { Path = Browser.ScreenshotPath("42-round-results"), FullPage = false });
        var excel = await secretary.RunAndWaitForDownloadAsync(() =>
            secretary.GetByRole(AriaRole.Link, new() { Name = "Tải danh sách kết quả (Excel)" }).ClickAsync());
        excel.SuggestedFilename.ShouldEndWith(".xlsx");
        var sheetPath = await excel.PathAsync();
        (await File.ReadAllBytesAsync(sheetPath))[..2].ShouldBe("PK"u8.ToArray(), "an .xlsx is a zip package");

        // 6. The officer files the results list.
        await officer.GotoAsync(batchUrl);
        var list = await officer.RunAndWaitForDownloadAsync(() =>
            officer.GetByRole(AriaRole.Link, new() { Name = "Tải danh sách kết quả (PDF)" }).ClickAsync());
        var listText = await PdfText.ExtractAsync(await File.ReadAllBytesAsync(await list.PathAsync()));
        listText.ShouldContain("DANH SÁCH KẾT QUẢ ĐÁNH GIÁ, PHÂN HẠNG SẢN PHẨM OCOP");
        listText.ShouldContain(Product);

        // 7. At 95 points the product goes to the Ministry (Điều 7.3e); the national council (its composition checked) scores 88,
        // below 90: no 5★. The province then recognises it 4★ from that result (Điều 7.4g) on the dossier's page.
        // The Ministry's OCOP office opens the national round and seats its council (26/2026 Điều 7.4b) on screen.
        var nationalSeats = new[]
        {
            ("tw-bo-nnmt@test.vn", "Chủ tịch", "bo-nnmt"), ("tw-ocop-bo@test.vn", "Thư ký", "ocop-bo"), ("tw-bo-ct@test.vn", "Thành viên", "bo-ct"),
            ("tw-bo-yt@test.vn", "Thành viên", "bo-yt"), ("tw-bo-khcn@test.vn", "Thành viên", "bo-khcn"), ("tw-bo-vhttdl@test.vn", "Thành viên", "bo-vhttdl"),
        };
        passwords["bo@test.vn"] = await Journey.CreateAccountAsync(app, new NewAccount("bo@test.vn", Roles.NationalAdmin));
        foreach (var (email, _, _) in nationalSeats)
        {
            passwords[email] = await Journey.CreateAccountAsync(app, new NewAccount(email, Roles.CouncilMember));
        }

        var ministry = await SignedInAsync(browser, baseUrl, "bo@test.vn", passwords);
        await ministry.GotoAsync(baseUrl + "/admin/batches");
        await ministry.FillAsync("#Name", "Đợt trung ương 2026");
        await ministry.GetByRole(AriaRole.Button, new() { Name = "Tạo đợt" }).ClickAsync();
        await ministry.GetByTestId("flash").WaitForAsync();
        foreach (var (email, role, body) in nationalSeats)
        {
            await ministry.FillAsync("#email", email);
            await ministry.SelectOptionAsync("#role", new SelectOptionValue { Label = role });
            await ministry.SelectOptionAsync("#body", body);
            await ministry.GetByRole(AriaRole.Button, new() { Name = "Thêm vào hội đồng" }).ClickAsync();
            await ministry.GetByTestId("flash").WaitForAsync();
        }

        await ministry.SelectOptionAsync("#dossierId", new SelectOptionValue { Label = $"{Product} — HTX thanh long Hàm Đức (Đánh giá lần đầu)" });
        await ministry.GetByRole(AriaRole.Button, new() { Name = "Giao cho hội đồng" }).ClickAsync();
        await ministry.GetByTestId("flash").WaitForAsync();
        (await ministry.GetByTestId("composition").InnerTextAsync()).ShouldContain("Thành phần hội đồng đủ theo quy định (Điều 7.4b Quyết định 26/2026/QĐ-TTg)");

        // Its members send their sheets (their written opinions) from their own systems with their API tokens: 88 points;
        // the secretary closes the round on screen. Below 90: no 5★.
        await NationalSheetsAsync(app, baseUrl, [.. nationalSeats.Select(s => s.Item1)], await DossierIdAsync(app), nationalAnswers);
        var nationalSecretary = await SignedInAsync(browser, baseUrl, "tw-ocop-bo@test.vn", passwords);
        nationalSecretary.Dialog += (_, dialog) => dialog.AcceptAsync();
        await nationalSecretary.GotoAsync(baseUrl + "/council");
        await nationalSecretary.GetByRole(AriaRole.Link, new() { Name = "Theo dõi, kết thúc vòng chấm" }).ClickAsync();
        await nationalSecretary.GetByRole(AriaRole.Button, new() { Name = "Kết thúc vòng chấm và tính kết quả" }).ClickAsync();
        await nationalSecretary.GetByTestId("flash").WaitForAsync();
        var nationalResult = nationalSecretary.GetByTestId("results").Locator($"tr[data-product='{Product}']");
        (await nationalResult.Locator(".stars").InnerTextAsync()).ShouldBe("★★★★");
        (await nationalResult.InnerTextAsync()).ShouldContain("88.00");
        await officer.GotoAsync(dossierUrl);
        var recognition = officer.GetByTestId("national-result");
        (await recognition.InnerTextAsync()).ShouldContain("Công nhận theo kết quả cấp trung ương (Điều 7.4g)");
        await officer.FillAsync("#number", "1234/QĐ-UBND");
        await officer.FillAsync("#signedOn", today);
        await officer.FillAsync("#signer", "Phó Chủ tịch Nguyễn Thị Hạnh");
        await officer.GetByRole(AriaRole.Button, new() { Name = "Ghi nhận quyết định công nhận 4 sao" }).ClickAsync();
        await officer.GetByTestId("flash").WaitForAsync();
        (await officer.GetByTestId("dossier-status").First.InnerTextAsync()).ShouldBe("Được công nhận");
        await officer.ScreenshotAsync(new() { Path = Browser.ScreenshotPath("43-decision"), FullPage = true });
        await officer.GotoAsync(baseUrl + "/admin/certificates");
        var number = (await officer.GetByRole(AriaRole.Link, new() { NameRegex = new System.Text.RegularExpressions.Regex(@"^68-\d{4}-0001$") }).InnerTextAsync()).Trim();
        number.ShouldBe($"68-{DateTime.UtcNow.AddHours(7).Year}-0001");
        await officer.GetByRole(AriaRole.Link, new() { Name = number }).ClickAsync();
        var pdfUrl = await officer.GetByTestId("pdf").GetAttributeAsync("href");
        var pdf = await officer.Context.APIRequest.GetAsync(baseUrl + pdfUrl);
        pdf.Status.ShouldBe(200);
        var text = await PdfText.ExtractAsync(await pdf.BodyAsync());
        text.ShouldContain(Product);
        text.ShouldContain("Đạt hạng 4 sao");

        // The officer's dashboard: nothing waiting, the closed batch no longer open.
        await officer.GotoAsync(baseUrl + "/admin");
        (await officer.GetByTestId("waiting").InnerTextAsync()).ShouldStartWith("0");
        await officer.ScreenshotAsync(new() { Path = Browser.ScreenshotPath("47-dashboard"), FullPage = false });

        // 8. Anyone verifies it.
        var visitor = await (await browser.NewContextAsync(new BrowserNewContextOptions { ViewportSize = new ViewportSize { Width = 1280, Height = 900 } })).NewPageAsync();
        await visitor.GotoAsync(baseUrl + "/verify");
        await visitor.FillAsync("#number", number);
        await visitor.GetByRole(AriaRole.Button, new() { Name = "Kiểm tra" }).ClickAsync();
        var card = visitor.GetByTestId("verification");
        await card.WaitForAsync();
        (await card.GetByTestId("certificate-status").InnerTextAsync()).ShouldBe("Còn hiệu lực");
        (await card.Locator(".stars").InnerTextAsync()).ShouldBe("★★★★");
        (await card.InnerTextAsync()).ShouldContain(Product);
        await visitor.ScreenshotAsync(new() { Path = Browser.ScreenshotPath("44-verify"), FullPage = false });

        // The product page carries the certificate and its status.
        await card.GetByRole(AriaRole.Link, new() { Name = Product }).ClickAsync();
        var onProduct = visitor.GetByTestId("product-certificate");
        (await onProduct.InnerTextAsync()).ShouldContain(number);
        (await onProduct.GetByTestId("certificate-status").InnerTextAsync()).ShouldBe("Còn hiệu lực");
        await visitor.ScreenshotAsync(new() { Path = Browser.ScreenshotPath("45-product-certificate"), FullPage = false });
        var productId = int.Parse(visitor.Url.Split('/')[^1].Split('?')[0], System.Globalization.CultureInfo.InvariantCulture);

        // 9. An ad hoc inspection finds a violation and proposes revoking the certificate (Điều 9, 8.3a); the officer files a photo,
        // and the revocation form starts from the proposal. The decision revokes it; a consumer scanning the product's code
        // for its certificate is told so, on a phone.
        officer.Dialog += (_, dialog) => dialog.AcceptAsync();
        await officer.GotoAsync(baseUrl + "/admin/inspections");
        await officer.FillAsync("#CertificateNumber", number);
        await officer.SelectOptionAsync("#Kind", "AdHoc");
        await officer.FillAsync("#PlannedOn", DateTime.UtcNow.AddHours(7).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
        await officer.FillAsync("#Team", "Chi cục Quản lý chất lượng; Sở Y tế");
        await officer.FillAsync("#Reason", "Phản ánh của người tiêu dùng");
        await officer.GetByRole(AriaRole.Button, new() { Name = "Lập kế hoạch" }).ClickAsync();
        await officer.GetByTestId("flash").WaitForAsync();
        await officer.SelectOptionAsync("#conclusion", "Violation");
        await officer.FillAsync("#findings", "Vi phạm an toàn thực phẩm: lô hàng không đạt chỉ tiêu vi sinh.");
        await officer.CheckAsync("#proposesRevocation");
        await officer.SelectOptionAsync("#proposedGround", "LegalViolation");
        await officer.GetByRole(AriaRole.Button, new() { Name = "Lưu kết luận" }).ClickAsync();
        await officer.GetByTestId("flash").WaitForAsync();
        await officer.FillAsync("#documentTitle", "Ảnh kho hàng");
        await officer.SetInputFilesAsync("#documentFile", new FilePayload { Name = "kho.png", MimeType = "image/png", Buffer = Journey.Png });
        await officer.GetByRole(AriaRole.Button, new() { Name = "Tải lên" }).ClickAsync();
        await officer.GetByTestId("flash").WaitForAsync();
        (await officer.GetByTestId("documents").InnerTextAsync()).ShouldContain("Ảnh kho hàng");
        (await officer.GetByTestId("proposal").InnerTextAsync()).ShouldContain("15 ngày kể từ kết luận");
        await officer.ScreenshotAsync(new() { Path = Browser.ScreenshotPath("51-inspection"), FullPage = true });
        await officer.GetByRole(AriaRole.Link, new() { Name = "Đến trang thu hồi" }).ClickAsync();
        (await officer.GetByTestId("revocation-proposal").InnerTextAsync()).ShouldContain("Vi phạm pháp luật");
        (await officer.InputValueAsync("#ground")).ShouldBe("LegalViolation", "the form starts from the proposal");
        (await officer.InputValueAsync("#reason")).ShouldStartWith("Vi phạm an toàn thực phẩm");
        await officer.FillAsync("#decisionNumber", "88/QĐ-UBND");
        await officer.FillAsync("#signer", "Phó Chủ tịch Trần Văn Ký");
        await officer.GetByRole(AriaRole.Button, new() { Name = "Thu hồi chứng nhận" }).ClickAsync();
        await officer.GetByTestId("flash").WaitForAsync();
        await officer.GotoAsync(baseUrl + "/admin/inspections");
        (await officer.GetByTestId("summary-revoked").InnerTextAsync()).ShouldBe("1");
        await officer.ScreenshotAsync(new() { Path = Browser.ScreenshotPath("52-inspection-plan"), FullPage = true });
        var phone = await (await browser.NewContextAsync(new BrowserNewContextOptions
        {
            // A Vietnamese phone: the resolver follows its Accept-Language.
            ViewportSize = new ViewportSize { Width = 390, Height = 844 }, IsMobile = true, HasTouch = true, Locale = "vi-VN",
        })).NewPageAsync();
        await phone.GotoAsync($"{baseUrl}/q/{Ocop.Web.Features.Traceability.DigitalLinks.ShortCode(productId)}?linkType=gs1:certificationInfo");
        phone.Url.ShouldContain($"/verify/{number}");
        (await phone.GetByTestId("certificate-status").InnerTextAsync()).ShouldBe("Đã thu hồi");
        (await phone.GetByTestId("verification").InnerTextAsync()).ShouldContain("Vi phạm an toàn thực phẩm");
        await phone.ScreenshotAsync(new() { Path = Browser.ScreenshotPath("48-scan-revoked"), FullPage = true });
    }

    /// <summary>Each national member's sheet, sent through the API with the member's own token, as their system would.</summary>
    private static async Task NationalSheetsAsync(OcopApp app, string baseUrl, IReadOnlyList<string> members, int dossierId, Dictionary<string, int> answers)
    {
        // The national round is the dossier's latest entry.
        var entryId = await app.WithScopeAsync(s => s.GetRequiredService<OcopDbContext>().BatchEntries.Where(e => e.DossierId == dossierId).MaxAsync(e => e.Id));
        foreach (var email in members)
        {
            using var member = await ApiClientAsync(app, baseUrl, email);
            var saved = await member.PutAsJsonAsync($"/api/v1/council/entries/{entryId}/sheet", new SheetInput(answers, true, null), JsonOptions);
            saved.StatusCode.ShouldBe(System.Net.HttpStatusCode.OK, await saved.Content.ReadAsStringAsync());
        }
    }

    /// <summary>A client calling the API as an existing user, with an API token of theirs (as another system would).</summary>
    private static async Task<HttpClient> ApiClientAsync(OcopApp app, string baseUrl, string email)
    {
        var token = await app.WithScopeAsync(async s =>
        {
            var user = await s.GetRequiredService<Microsoft.AspNetCore.Identity.UserManager<OcopUser>>().FindByEmailAsync(email);
            return (await s.GetRequiredService<Ocop.Web.Features.Accounts.ApiTokens.ApiTokenService>().CreateAsync(user!.Id, new("Hệ thống của Bộ", 1))).Value!.Token;
        });
        var client = new HttpClient { BaseAddress = new Uri(baseUrl) };
        client.DefaultRequestHeaders.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", token);
        return client;
    }

    private static Task<int> DossierIdAsync(OcopApp app) =>
        app.WithScopeAsync(s => s.GetRequiredService<OcopDbContext>().Dossiers.Where(d => d.Product!.Name == Product).Select(d => d.Id).SingleAsync());

    private static async Task<IPage> SignedInAsync(IBrowser browser, string baseUrl, string email, Dictionary<string, string> passwords)
    {
        var context = await browser.NewContextAsync(new BrowserNewContextOptions { ViewportSize = new ViewportSize { Width = 1280, Height = 900 } });
        var page = await context.NewPageAsync();
        await Journey.SignInAsync(page, baseUrl, email, passwords[email]);
        return page;
    }

    /// <summary>Ticks, for each criterion, the option worth the given points (the first such option).</summary>
    private static async Task FillSheetAsync(IPage page, Dictionary<string, int> answers)
    {
        // After a click the old page may still be showing: wait for the sheet itself.
        await page.Locator("form[data-score-sheet]").WaitForAsync();
        await page.EvaluateAsync("""
            answers => {
              for (const [code, points] of Object.entries(answers)) {
                const radio = [...document.querySelectorAll(`fieldset[data-criterion="${code}"] input[type=radio]`)].find(r => r.value === String(points));
                if (!radio) throw new Error(`no option ${points} for ${code}`);
                radio.checked = true;
              }
              document.querySelector('form[data-score-sheet]').dispatchEvent(new Event('change'));
            }
            """, answers);
    }

    /// <summary>
    /// A Lâm Đồng cooperative with one product in set 26-15; the answers of a 5★ sheet of about 95 (the province's council) and of a
    /// 4★ sheet of 88 (the Ministry's).
    /// </summary>
    private static Task<(int ProducerId, Dictionary<string, int> Answers, Dictionary<string, int> National)> SeedAsync(OcopApp app) =>
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
                ProducerId = producerId, Name = Product, ProductSetId = setId, Status = ProductStatus.Active,
            }, national)).IsOk.ShouldBeTrue();
            var card = await s.GetRequiredService<OcopDbContext>().Scorecards.SingleAsync(c => c.ProductSetId == setId);
            return (producerId, ScoreAnswers.ForStars(card.Definition(), stars: 5, target: 95), ScoreAnswers.ForStars(card.Definition(), stars: 4, target: 88));
        });
}
