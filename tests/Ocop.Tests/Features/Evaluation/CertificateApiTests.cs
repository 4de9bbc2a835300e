using System.Net;
using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Ocop.Web.Data;
using Ocop.Web.Features.Accounts;
using Ocop.Web.Features.Catalogue;
using Ocop.Web.Features.Evaluation.Batches;
using Ocop.Web.Features.Evaluation.Certificates;
using Ocop.Web.Features.Evaluation.Criteria;
using Ocop.Web.Features.Evaluation.Dossiers;
using Ocop.Web.Features.Products;
using Ocop.Web.Infrastructure;

namespace Ocop.Tests.Features.Evaluation;

/// <summary>From a closed round to a decision, certificates, the public check, the PDF and revocation.</summary>
public sealed class CertificateApiTests
{
    private static DateOnly Today => DateOnly.FromDateTime(DateTime.UtcNow.AddHours(7));

    private static async Task<string> ProblemAsync(HttpResponseMessage response)
    {
        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest, await response.Content.ReadAsStringAsync());
        return await response.Content.ReadAsStringAsync();
    }

    /// <summary>
    /// The certificate as if issued on <paramref name="issuedOn"/> (36 months' validity): a decision cannot be dated
    /// before its round, so a certificate issued years ago is made by ageing one issued today.
    /// </summary>
    private static async Task<CertificateItem> IssuedOnAsync(OcopApp app, Round round, CertificateItem certificate, DateOnly issuedOn)
    {
        await app.WithScopeAsync(async s =>
        {
            var db = s.GetRequiredService<OcopDbContext>();
            await db.Certificates.Where(c => c.Id == certificate.Id)
                .ExecuteUpdateAsync(u => u.SetProperty(c => c.IssuedOn, issuedOn).SetProperty(c => c.ExpiresOn, issuedOn.AddMonths(36)));
            await db.Products.Where(p => p.CertificateReference == certificate.Number)
                .ExecuteUpdateAsync(u => u.SetProperty(p => p.StarsUntil, issuedOn.AddMonths(36)));
            return await db.RecognitionDecisions.Where(d => d.Number == certificate.DecisionNumber)
                .ExecuteUpdateAsync(u => u.SetProperty(d => d.SignedOn, issuedOn));
        });
        return (await round.Applicant.Officer.GetFromJsonAsync<CertificateItem>($"/api/v1/certificates/{certificate.Id}", Json.Options))!;
    }

    /// <summary>A national batch with a six-seat council (signed-in clients, secretary second) and the forwarded dossier assigned.</summary>
    private static async Task<(HttpClient Admin, BatchDetails Batch, List<HttpClient> Seats, int EntryId)> NationalRoundAsync(OcopApp app, int dossierId)
    {
        var admin = await app.SignInAsync(new NewAccount($"admin{Guid.NewGuid():N}@test.vn", Roles.NationalAdmin));
        var created = await admin.PostAsJsonAsync("/api/v1/batches", new BatchInput("Đợt trung ương 2026", 2026, Today, Today.AddDays(30), null), Json.Options);
        created.StatusCode.ShouldBe(HttpStatusCode.Created, await created.Content.ReadAsStringAsync());
        var national = (await created.Content.ReadFromJsonAsync<BatchDetails>(Json.Options))!;
        var seats = new List<HttpClient>();
        // The council 26/2026 Điều 7.4b composes: the Ministry's leadership chairs, its OCOP body and four ministries sit.
        foreach (var (role, body) in new[] { (CouncilRole.Chair, "bo-nnmt"), (CouncilRole.Secretary, "ocop-bo"), (CouncilRole.Member, "bo-ct"), (CouncilRole.Member, "bo-yt"), (CouncilRole.Member, "bo-khcn"), (CouncilRole.Member, "bo-vhttdl") })
        {
            var email = $"tw{role}{Guid.NewGuid():N}@test.vn";
            seats.Add(await app.SignInAsync(new NewAccount(email, Roles.CouncilMember)));
            var seated = await admin.PostAsJsonAsync($"/api/v1/batches/{national.Id}/seats", new SeatInput(email, role, body), Json.Options);
            seated.StatusCode.ShouldBe(HttpStatusCode.OK, await seated.Content.ReadAsStringAsync());
        }

        var assigned = await admin.PostAsJsonAsync($"/api/v1/batches/{national.Id}/entries", new AssignInput(dossierId), Json.Options);
        assigned.StatusCode.ShouldBe(HttpStatusCode.OK, await assigned.Content.ReadAsStringAsync());
        return (admin, national, seats, (await assigned.Content.ReadFromJsonAsync<BatchDetails>(Json.Options))!.Entries.Single().Id);
    }

    private static Task<HttpResponseMessage> DecideAsync(Round round, string? number, DateOnly? signedOn, params int[] entries) =>
        round.Applicant.Officer.PostAsJsonAsync($"/api/v1/batches/{round.Batch.Id}/decision",
            new DecisionInput(number, signedOn, "Phó Chủ tịch Trần Văn Ký", null, entries), Json.Options);

    [Theory]
    [ClassData(typeof(Engines))]
    public async Task Decision_IssuesA4StarCertificate_ThatAnyoneCanVerify(Engine engine)
    {
        await using var app = await OcopApp.StartAsync(engine);
        var round = await Round.StartAsync(app);
        (await ProblemAsync(await DecideAsync(round, "15/QĐ-UBND", Today, round.EntryId))).ShouldContain("Vòng chấm của đợt chưa kết thúc");

        var results = await round.ScoreAndCloseAsync(stars: 4, target: 80);
        var entry = results.Entries.Single();
        entry.Stars.ShouldBe(4);
        entry.IsCertifiable.ShouldBeTrue();

        // No number: refused, and nothing issued.
        (await ProblemAsync(await DecideAsync(round, " ", Today, round.EntryId))).ShouldContain("số quyết định");
        (await ProblemAsync(await DecideAsync(round, "15/QĐ-UBND", Today.AddDays(1), round.EntryId))).ShouldContain("không sau hôm nay");
        (await app.WithScopeAsync(s => s.GetRequiredService<OcopDbContext>().Certificates.CountAsync())).ShouldBe(0);

        var decided = await DecideAsync(round, "15/QĐ-UBND", Today, round.EntryId);
        decided.StatusCode.ShouldBe(HttpStatusCode.Created, await decided.Content.ReadAsStringAsync());
        var certificate = (await decided.Content.ReadFromJsonAsync<List<CertificateItem>>(Json.Options))!.ShouldHaveSingleItem();
        certificate.Number.ShouldBe($"68-{Today.Year}-0001");
        certificate.Stars.ShouldBe(4);
        certificate.IssuedOn.ShouldBe(Today);
        certificate.ExpiresOn.ShouldBe(Today.AddMonths(36));
        certificate.Status.ShouldBe(CertificateStatus.Valid);
        certificate.IssuingAuthority.ShouldBe("Ủy ban nhân dân tỉnh Lâm Đồng");
        (await ProblemAsync(await DecideAsync(round, "16/QĐ-UBND", Today, round.EntryId))).ShouldContain("đã có quyết định");

        var product = await round.Applicant.Producer.GetFromJsonAsync<ProductDetails>($"/api/v1/products/{round.Applicant.ProductId}/record", Json.Options);
        product!.Stars.ShouldBe(4);
        product.CertificateReference.ShouldBe(certificate.Number);
        var dossier = await round.Applicant.Producer.GetFromJsonAsync<DossierDetails>($"/api/v1/dossiers/{round.DossierId}", Json.Options);
        dossier!.Status.ShouldBe(DossierStatus.Recognised);
        dossier.Events[^1].Comment!.ShouldContain(certificate.Number);

        var verified = await app.CreateClient().GetFromJsonAsync<CertificateVerification>($"/api/v1/verify/{certificate.Number.ToLowerInvariant()}", Json.Options);
        verified!.Status.ShouldBe(CertificateStatus.Valid);
        verified.Stars.ShouldBe(4);
        verified.ProductName.ShouldBe("Nước mắm Cá Đen");
        (await app.CreateClient().GetAsync("/api/v1/verify/68-1999-9999")).StatusCode.ShouldBe(HttpStatusCode.NotFound);

        var pdf = await round.Applicant.Producer.GetAsync($"/api/v1/certificates/{certificate.Id}/pdf");
        pdf.StatusCode.ShouldBe(HttpStatusCode.OK, await pdf.Content.ReadAsStringAsync());
        pdf.Content.Headers.ContentType!.MediaType.ShouldBe("application/pdf");
        var text = await PdfText.ExtractAsync(await pdf.Content.ReadAsByteArrayAsync());
        text.ShouldContain("Nước mắm Cá Đen");
        text.ShouldContain("GIẤY CHỨNG NHẬN SẢN PHẨM OCOP");
        text.ShouldContain("Ủy ban nhân dân tỉnh Lâm Đồng".ToUpperInvariant());
        text.ShouldContain(certificate.Number);
    }

    [Fact]
    public async Task Revocation_NeedsAReason_AndShowsEverywhere()
    {
        await using var app = await OcopApp.StartAsync();
        var round = await Round.StartAsync(app);
        await round.ScoreAndCloseAsync(stars: 4, target: 80);
        var certificate = (await (await DecideAsync(round, "20/QĐ-UBND", Today, round.EntryId)).Content.ReadFromJsonAsync<List<CertificateItem>>(Json.Options))!.Single();

        var listed = await app.CreateClient().GetFromJsonAsync<CatalogueResult>("/api/v1/catalogue?cert=certificate", Json.Options);
        listed!.Items.Single().Id.ShouldBe(round.Applicant.ProductId, "a valid certificate lists the product");
        var bare = await ProblemAsync(await round.Applicant.Officer.PostAsJsonAsync($"/api/v1/certificates/{certificate.Id}/revoke", new RevokeInput("", null, certificate.Version), Json.Options));
        bare.ShouldContain("lý do thu hồi");
        bare.ShouldContain("căn cứ thu hồi (Điều 8.1)");
        bare.ShouldContain("số quyết định");
        // The Ministry does not revoke a province's 4★ certificate: the province's People's Committee does (Điều 8.2a).
        var national = await app.SignInAsync(new NewAccount($"admin{Guid.NewGuid():N}@test.vn", Roles.NationalAdmin));
        (await ProblemAsync(await national.PostAsJsonAsync($"/api/v1/certificates/{certificate.Id}/revoke",
            new RevokeInput("Vi phạm", null, certificate.Version, RevocationGround.LegalViolation, "1/QĐ-BNNMT", "Thứ trưởng"), Json.Options)))
            .ShouldContain("Chủ tịch UBND tỉnh quyết định thu hồi");
        (await round.Applicant.Producer.PostAsJsonAsync($"/api/v1/certificates/{certificate.Id}/revoke", new RevokeInput("x", null, certificate.Version), Json.Options))
            .StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        var revoked = await round.Applicant.Officer.PostAsJsonAsync($"/api/v1/certificates/{certificate.Id}/revoke",
            new RevokeInput("Vi phạm an toàn thực phẩm", null, certificate.Version, RevocationGround.LegalViolation, "88/QĐ-UBND", "Phó Chủ tịch Trần Văn Ký"), Json.Options);
        revoked.StatusCode.ShouldBe(HttpStatusCode.OK, await revoked.Content.ReadAsStringAsync());
        var recorded = (await revoked.Content.ReadFromJsonAsync<CertificateItem>(Json.Options))!;
        (recorded.RevocationGround, recorded.RevocationDecisionNumber, recorded.RevocationSigner)
            .ShouldBe((RevocationGround.LegalViolation, "88/QĐ-UBND", "Phó Chủ tịch Trần Văn Ký"));

        var verified = await app.CreateClient().GetFromJsonAsync<CertificateVerification>($"/api/v1/verify/{certificate.Number}", Json.Options);
        verified!.Status.ShouldBe(CertificateStatus.Revoked);
        verified.RevocationReason.ShouldBe("Vi phạm an toàn thực phẩm");
        var product = await round.Applicant.Officer.GetFromJsonAsync<ProductDetails>($"/api/v1/products/{round.Applicant.ProductId}/record", Json.Options);
        product!.Stars.ShouldBeNull();
        var list = await round.Applicant.Officer.GetFromJsonAsync<PagedResult<CertificateItem>>("/api/v1/certificates?status=Revoked", Json.Options);
        list!.Items.Single().Number.ShouldBe(certificate.Number);
        var hcm = await Registry.OfficerAsync(app, Registry.HoChiMinh);
        (await hcm.GetFromJsonAsync<PagedResult<CertificateItem>>("/api/v1/certificates", Json.Options))!.TotalCount.ShouldBe(0);

        // The product's pages say so too: the public page with the latest certificate, the record with its history.
        var publicPage = new AngleSharp.Html.Parser.HtmlParser().ParseDocument(await app.CreateClient().GetStringAsync($"/products/{round.Applicant.ProductId}"));
        var shown = publicPage.QuerySelector("[data-testid=product-certificate]")!;
        shown.TextContent.ShouldContain(certificate.Number);
        shown.QuerySelector("[data-testid=certificate-status]")!.TextContent.ShouldBe("Đã thu hồi");
        publicPage.QuerySelector("[data-testid=not-listed]").ShouldNotBeNull();
        (await app.CreateClient().GetFromJsonAsync<CatalogueResult>("/api/v1/catalogue", Json.Options))!.TotalCount.ShouldBe(0, "revoked: no longer listed");
        var record = new AngleSharp.Html.Parser.HtmlParser().ParseDocument(await round.Applicant.Producer.GetStringAsync($"/admin/products/{round.Applicant.ProductId}"));
        var history = record.QuerySelector("[data-testid=product-certificates]")!.TextContent;
        history.ShouldContain(certificate.Number);
        history.ShouldContain("Đã thu hồi");
        history.ShouldContain("Vi phạm an toàn thực phẩm");
    }

    [Fact]
    public async Task FiveStarsAtProvinceLevel_GoToTheNationalStep_NotACertificate()
    {
        await using var app = await OcopApp.StartAsync();
        var round = await Round.StartAsync(app);
        var results = await round.ScoreAndCloseAsync(stars: 5, target: 100);
        var entry = results.Entries.Single();
        entry.Stars.ShouldBe(5);
        entry.IsNationalCandidate.ShouldBeTrue();
        (await ProblemAsync(await DecideAsync(round, "21/QĐ-UBND", Today, round.EntryId))).ShouldContain("không thuộc thẩm quyền công nhận");

        // The national step takes the forwarded dossier in; a 4-star product of the province would not be offered.
        var admin = await app.SignInAsync(new NewAccount($"admin{Guid.NewGuid():N}@test.vn", Roles.NationalAdmin));
        var offeredBatch = await admin.PostAsJsonAsync("/api/v1/batches", new BatchInput("Đợt xem trước", 2026, Today, Today.AddDays(30), null), Json.Options);
        var preview = (await offeredBatch.Content.ReadFromJsonAsync<BatchDetails>(Json.Options))!;
        preview.Level.ShouldBe(GovernmentLevel.National);
        preview.CertifiesStars.ShouldBe([5]);
        var offered = await admin.GetFromJsonAsync<List<AssignableDossier>>($"/api/v1/batches/{preview.Id}/assignable", Json.Options);
        offered!.Select(d => d.Id).ShouldBe([round.DossierId]);
        (await round.Applicant.Officer.GetAsync($"/api/v1/batches/{preview.Id}")).StatusCode.ShouldBe(HttpStatusCode.NotFound, "a province officer does not see national batches");

        var (_, national, seats, nationalEntry) = await NationalRoundAsync(app, round.DossierId);
        (await admin.GetFromJsonAsync<List<AssignableDossier>>($"/api/v1/batches/{preview.Id}/assignable", Json.Options))!.ShouldBeEmpty();
        var answers = ScoreAnswers.ForStars(round.Definition, 5, 100);
        foreach (var seat in seats)
        {
            (await seat.PutAsJsonAsync($"/api/v1/council/entries/{nationalEntry}/sheet", new SheetInput(answers, true, null), Json.Options)).StatusCode.ShouldBe(HttpStatusCode.OK);
        }

        var closed = await seats[1].PostAsync($"/api/v1/council/batches/{national.Id}/close", null);
        closed.StatusCode.ShouldBe(HttpStatusCode.OK, await closed.Content.ReadAsStringAsync());
        var nationalResult = (await closed.Content.ReadFromJsonAsync<BatchDetails>(Json.Options))!.Entries.Single();
        nationalResult.Stars.ShouldBe(5);
        nationalResult.IsNationalCandidate.ShouldBeFalse("the national step is the last: nothing goes further");

        var decided = await admin.PostAsJsonAsync($"/api/v1/batches/{national.Id}/decision",
            new DecisionInput("99/QĐ-BNNMT", Today, "Thứ trưởng Lê Văn Ký", "Bộ Nông nghiệp và Môi trường", [nationalEntry]), Json.Options);
        decided.StatusCode.ShouldBe(HttpStatusCode.Created, await decided.Content.ReadAsStringAsync());
        var certificate = (await decided.Content.ReadFromJsonAsync<List<CertificateItem>>(Json.Options))!.Single();
        certificate.Stars.ShouldBe(5);
        certificate.Number.ShouldStartWith("TW-");
        var dossier = await round.Applicant.Producer.GetFromJsonAsync<DossierDetails>($"/api/v1/dossiers/{round.DossierId}", Json.Options);
        dossier!.Status.ShouldBe(DossierStatus.Recognised);

        // Only the Ministry revokes a 5★ certificate (Điều 8.2b); the province's officer is refused and sees no form.
        var revocation = new RevokeInput("Sử dụng nhãn OCOP sai quy định", null, certificate.Version, RevocationGround.MarkMisused, "12/QĐ-BNNMT", "Thứ trưởng Lê Văn Ký");
        (await ProblemAsync(await round.Applicant.Officer.PostAsJsonAsync($"/api/v1/certificates/{certificate.Id}/revoke", revocation, Json.Options)))
            .ShouldContain("Chỉ Bộ Nông nghiệp và Môi trường (cấp trung ương) quyết định thu hồi giấy chứng nhận sản phẩm 5 sao");
        (await round.Applicant.Officer.GetStringAsync($"/admin/certificates/{certificate.Id}")).ShouldNotContain("data-testid=\"revoke\"");
        (await admin.GetStringAsync($"/admin/certificates/{certificate.Id}")).ShouldContain("data-testid=\"revoke\"");
        var revoked = await admin.PostAsJsonAsync($"/api/v1/certificates/{certificate.Id}/revoke", revocation, Json.Options);
        revoked.StatusCode.ShouldBe(HttpStatusCode.OK, await revoked.Content.ReadAsStringAsync());
        (await revoked.Content.ReadFromJsonAsync<CertificateItem>(Json.Options))!.Status.ShouldBe(CertificateStatus.Revoked);
    }

    [Fact]
    public async Task Status_FollowsTheExpiryDate()
    {
        await using var app = await OcopApp.StartAsync();
        var round = await Round.StartAsync(app);
        await round.ScoreAndCloseAsync(stars: 4, target: 80);
        // Signed long ago: 36 months later is 10 days from now, inside the 90-day window.
        var signedOn = Today.AddMonths(-36).AddDays(10);
        var issued = (await (await DecideAsync(round, "5/QĐ-UBND", Today, round.EntryId)).Content.ReadFromJsonAsync<List<CertificateItem>>(Json.Options))!.Single();
        var certificate = await IssuedOnAsync(app, round, issued, signedOn);
        certificate.ExpiresOn.ShouldBe(signedOn.AddMonths(36));
        certificate.Status.ShouldBe(CertificateStatus.Expiring);
        var expiring = await round.Applicant.Officer.GetFromJsonAsync<PagedResult<CertificateItem>>("/api/v1/certificates?status=Expiring", Json.Options);
        expiring!.Items.Select(c => c.Number).ShouldBe([certificate.Number]);
        (await round.Applicant.Officer.GetFromJsonAsync<PagedResult<CertificateItem>>("/api/v1/certificates?status=Valid", Json.Options))!.TotalCount.ShouldBe(0);

        // The officer's dashboard lists it with a re-evaluation link; another province's officer does not see it.
        var dashboard = await round.Applicant.Officer.GetStringAsync("/admin");
        dashboard.ShouldContain(certificate.Number);
        dashboard.ShouldContain($"/admin/dossiers/new?product={round.Applicant.ProductId}");
        (await (await Registry.OfficerAsync(app, Registry.HoChiMinh)).GetStringAsync("/admin")).ShouldNotContain(certificate.Number);
        var producerView = await round.Applicant.Producer.GetAsync("/admin");
        producerView.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        producerView.Headers.Location!.ToString().ShouldContain("/account/access-denied");
    }

    [Fact]
    public async Task ExpiryPass_NotifiesOnce_ThenEndsTheProductsStars()
    {
        await using var app = await OcopApp.StartAsync();
        var round = await Round.StartAsync(app);
        await round.ScoreAndCloseAsync(stars: 4, target: 80);
        var signedOn = Today.AddMonths(-36).AddDays(10);
        var issued = (await (await DecideAsync(round, "6/QĐ-UBND", Today, round.EntryId)).Content.ReadFromJsonAsync<List<CertificateItem>>(Json.Options))!.Single();
        var certificate = await IssuedOnAsync(app, round, issued, signedOn);

        // An officer who reads English gets the notice in English, the others in Vietnamese.
        await app.WithScopeAsync(async s =>
        {
            (await s.GetRequiredService<AccountService>().CreateAsync(new NewAccount("english@lamdong.gov.vn", Roles.ProvinceOfficer, ProvinceCode: Registry.LamDong))).Ok.ShouldBeTrue();
            var users = s.GetRequiredService<Microsoft.AspNetCore.Identity.UserManager<OcopUser>>();
            var english = (await users.FindByEmailAsync("english@lamdong.gov.vn"))!;
            english.Language = "en";
            return await users.UpdateAsync(english);
        });
        Task<ExpiryRun> RunAsync(DateOnly day) => app.WithScopeAsync(s => s.GetRequiredService<CertificateExpiryNotifier>().RunAsync(day, default));
        (await RunAsync(Today)).ShouldBe(new ExpiryRun(1, 0));
        (await RunAsync(Today)).ShouldBe(new ExpiryRun(0, 0), "a notice goes once");

        var folder = await app.WithScopeAsync(s => Task.FromResult(((Ocop.Web.Infrastructure.Mail.FolderMailSender)s.GetRequiredService<Ocop.Web.Infrastructure.Mail.IMailSender>()).Folder));
        var messages = Directory.GetFiles(folder, "*.eml").Select(File.ReadAllText).ToList();
        messages.Count.ShouldBe(2);
        var message = messages.Single(m => !m.Contains("english@lamdong.gov.vn", StringComparison.Ordinal));
        message.ShouldContain(certificate.Number);
        message.ShouldContain("Nước mắm Cá Đen");
        message.ShouldContain("đăng ký đánh giá lại");
        var inEnglish = messages.Single(m => m.Contains("To: english@lamdong.gov.vn\r\n", StringComparison.Ordinal));
        inEnglish.ShouldContain(certificate.Number);
        inEnglish.ShouldContain("re-evaluation");

        (await RunAsync(certificate.ExpiresOn.AddDays(1))).ShouldBe(new ExpiryRun(0, 1));
        var product = await round.Applicant.Officer.GetFromJsonAsync<ProductDetails>($"/api/v1/products/{round.Applicant.ProductId}/record", Json.Options);
        product!.Stars.ShouldBeNull();
        product.CertificateReference.ShouldBeNull();
    }

    [Fact]
    public async Task ReEvaluation_LinksTheNewCertificateToTheOld()
    {
        await using var app = await OcopApp.StartAsync();
        var first = await Round.StartAsync(app);
        await first.ScoreAndCloseAsync(stars: 4, target: 80);
        var issued = (await (await DecideAsync(first, "7/QĐ-UBND", Today, first.EntryId)).Content.ReadFromJsonAsync<List<CertificateItem>>(Json.Options))!.Single();
        // Too early: a re-evaluation is filed 180 to 120 days before expiry (26/2026 Điều 7.6a), and the dates are shown.
        var early = await first.Applicant.Producer.PostAsJsonAsync("/api/v1/dossiers", new DossierInput(first.Applicant.ProductId, DossierKind.ReEvaluation, null), Json.Options);
        (await ProblemAsync(early)).ShouldContain($"chỉ được nộp từ ngày {VietnamTime.Format(issued.ExpiresOn.AddDays(-180))} đến ngày {VietnamTime.Format(issued.ExpiresOn.AddDays(-120))}");
        // Inside the window: the certificate expires in 150 days.
        var old = await IssuedOnAsync(app, first, issued, Today.AddDays(150).AddMonths(-36));

        var second = await Round.StartAsync(app, first.Applicant, DossierKind.ReEvaluation);
        await second.ScoreAndCloseAsync(stars: 4, target: 85);
        var renewed = (await (await DecideAsync(second, "8/QĐ-UBND", Today, second.EntryId)).Content.ReadFromJsonAsync<List<CertificateItem>>(Json.Options))!.Single();
        renewed.ReplacesNumber.ShouldBe(old.Number);
        var oldNow = await app.CreateClient().GetFromJsonAsync<CertificateVerification>($"/api/v1/verify/{old.Number}", Json.Options);
        oldNow!.ReplacedByNumber.ShouldBe(renewed.Number);
        var product = await first.Applicant.Officer.GetFromJsonAsync<ProductDetails>($"/api/v1/products/{first.Applicant.ProductId}/record", Json.Options);
        product!.CertificateReference.ShouldBe(renewed.Number);
    }

    [Theory]
    [ClassData(typeof(Engines))]
    public async Task ReEvaluation_IsAssessedByWrittenOpinions_Within45DaysOfTheProvincesReceipt(Engine engine)
    {
        await using var app = await OcopApp.StartAsync(engine);
        var first = await Round.StartAsync(app);
        await first.ScoreAndCloseAsync(stars: 4, target: 80);
        var issued = (await (await DecideAsync(first, "7/QĐ-UBND", Today, first.EntryId)).Content.ReadFromJsonAsync<List<CertificateItem>>(Json.Options))!.Single();
        await IssuedOnAsync(app, first, issued, Today.AddDays(150).AddMonths(-36));

        // Received by the province today: 26/2026 Điều 7.6g gives the re-evaluation 45 days from then.
        var second = await Round.StartAsync(app, first.Applicant, DossierKind.ReEvaluation);
        var dossier = await first.Applicant.Officer.GetFromJsonAsync<DossierDetails>($"/api/v1/dossiers/{second.DossierId}", Json.Options);
        var today = VietnamTime.Today(app.Clock);
        dossier!.ReEvaluationDue.ShouldBe(new ReEvaluationDue(today.AddDays(45), 45, "Điều 7.6g Quyết định 26/2026/QĐ-TTg", Overdue: false));
        (await first.Applicant.Officer.GetStringAsync($"/admin/dossiers/{second.DossierId}")).ShouldContain($"Đánh giá lại phải hoàn thành trước hết ngày {VietnamTime.Format(today.AddDays(45))}");
        // A first evaluation has no such limit.
        (await first.Applicant.Officer.GetFromJsonAsync<DossierDetails>($"/api/v1/dossiers/{first.DossierId}", Json.Options))!.ReEvaluationDue.ShouldBeNull();

        // Điều 7.6d: written opinions (the members' sheets); when they agree the round closes with no meeting.
        second.Batch.ReEvaluation!.WrittenOpinions.ShouldBeTrue();
        (await first.Applicant.Officer.GetStringAsync($"/admin/batches/{second.Batch.Id}")).ShouldContain("đánh giá bằng hình thức lấy ý kiến bằng văn bản");
        (await second.Secretary.GetStringAsync($"/council/batches/{second.Batch.Id}")).ShouldContain("Đánh giá lại: lấy ý kiến bằng văn bản");
        await second.ScoreAndCloseAsync(stars: 4, target: 85);
        (await first.Applicant.Officer.GetStringAsync($"/admin/batches/{second.Batch.Id}")).ShouldContain("Đánh giá lại: lấy ý kiến bằng văn bản");

        // Past the 45 days, still undecided: the dossier says it is overdue.
        app.Clock.MoveTo(today.AddDays(46));
        var officer = await Registry.OfficerAsync(app, Registry.LamDong);
        (await officer.GetFromJsonAsync<DossierDetails>($"/api/v1/dossiers/{second.DossierId}", Json.Options))!.ReEvaluationDue!.Overdue.ShouldBeTrue();
        (await officer.GetStringAsync($"/admin/dossiers/{second.DossierId}")).ShouldContain("Quá hạn: đánh giá lại phải hoàn thành");
    }

    [Theory]
    [ClassData(typeof(Engines))]
    public async Task ParallelDecisions_GiveDistinctCertificateNumbers(Engine engine)
    {
        await using var app = await OcopApp.StartAsync(engine);
        var rounds = new List<Round>();
        for (var i = 0; i < 3; i++)
        {
            var round = await Round.StartAsync(app);
            await round.ScoreAndCloseAsync(stars: 4, target: 80);
            rounds.Add(round);
        }

        var answers = await Task.WhenAll(rounds.Select((r, i) => DecideAsync(r, $"{30 + i}/QĐ-UBND", Today, r.EntryId)));
        var numbers = new List<string>();
        foreach (var answer in answers)
        {
            answer.StatusCode.ShouldBe(HttpStatusCode.Created, await answer.Content.ReadAsStringAsync());
            numbers.Add((await answer.Content.ReadFromJsonAsync<List<CertificateItem>>(Json.Options))!.Single().Number);
        }

        numbers.Order().ShouldBe([$"68-{Today.Year}-0001", $"68-{Today.Year}-0002", $"68-{Today.Year}-0003"]);
        // The same batch decided twice at once: one decision stands, the other is told so.
        var again = await Task.WhenAll(Enumerable.Range(0, 2).Select(_ => DecideAsync(rounds[0], "39/QĐ-UBND", Today, rounds[0].EntryId)));
        again.ShouldAllBe(a => a.StatusCode == HttpStatusCode.BadRequest);
    }

    [Theory]
    [ClassData(typeof(Engines))]
    public async Task NationalCouncilBelow90_TheProvinceRecognisesFourStars_FromThatResult(Engine engine)
    {
        await using var app = await OcopApp.StartAsync(engine);
        var round = await Round.StartAsync(app);
        (await round.ScoreAndCloseAsync(stars: 5, target: 100)).Entries.Single().IsNationalCandidate.ShouldBeTrue();

        var (_, national, seats, entryId) = await NationalRoundAsync(app, round.DossierId);
        var answers = ScoreAnswers.ForStars(round.Definition, 4, 88);
        foreach (var seat in seats)
        {
            (await seat.PutAsJsonAsync($"/api/v1/council/entries/{entryId}/sheet", new SheetInput(answers, true, null), Json.Options)).StatusCode.ShouldBe(HttpStatusCode.OK);
        }

        var closed = await seats[1].PostAsync($"/api/v1/council/batches/{national.Id}/close", null);
        var result = (await closed.Content.ReadFromJsonAsync<BatchDetails>(Json.Options))!.Entries.Single();
        (result.Stars, result.Average < 90).ShouldBe((4, true));

        // Điều 7.4g: not "not recognised": the province may recognise it 4★ from the national result.
        var page = await round.Applicant.Officer.GetStringAsync($"/admin/dossiers/{round.DossierId}");
        page.ShouldContain("Công nhận theo kết quả cấp trung ương (Điều 7.4g)");
        var url = $"/api/v1/dossiers/{round.DossierId}/provincial-recognition";
        (await round.Applicant.Producer.PostAsJsonAsync(url, new DecisionInput("1/QĐ-UBND", Today, "x", null, null), Json.Options)).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await (await Registry.OfficerAsync(app, Registry.HoChiMinh)).PostAsJsonAsync(url, new DecisionInput("1/QĐ-UBND", Today, "x", null, null), Json.Options))
            .StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await ProblemAsync(await round.Applicant.Officer.PostAsJsonAsync(url, new DecisionInput("61/QĐ-UBND", Today.AddDays(-1), "Phó Chủ tịch Trần Văn Ký", null, null), Json.Options)))
            .ShouldContain("không được trước ngày hội đồng cấp trung ương kết thúc phiên chấm");
        var recognised = await round.Applicant.Officer.PostAsJsonAsync(url, new DecisionInput("61/QĐ-UBND", Today, "Phó Chủ tịch Trần Văn Ký", null, null), Json.Options);
        recognised.StatusCode.ShouldBe(HttpStatusCode.Created, await recognised.Content.ReadAsStringAsync());
        var certificate = (await recognised.Content.ReadFromJsonAsync<CertificateItem>(Json.Options))!;
        (certificate.Stars, certificate.Points, certificate.DecisionNumber, certificate.IssuingAuthority).ShouldBe((4, result.Average!.Value, "61/QĐ-UBND", "Ủy ban nhân dân tỉnh Lâm Đồng"));
        certificate.Number.ShouldStartWith($"68-{Today.Year}-");
        var dossier = await round.Applicant.Producer.GetFromJsonAsync<DossierDetails>($"/api/v1/dossiers/{round.DossierId}", Json.Options);
        dossier!.Status.ShouldBe(DossierStatus.Recognised);
        (await ProblemAsync(await round.Applicant.Officer.PostAsJsonAsync(url, new DecisionInput("62/QĐ-UBND", Today, "Phó Chủ tịch", null, null), Json.Options)))
            .ShouldContain("không có kết quả cấp trung ương");
    }
}

