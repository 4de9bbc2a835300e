using System.Net;
using System.Net.Http.Json;
using Ocop.Web.Features.Evaluation.Dossiers;
using Ocop.Web.Infrastructure;

namespace Ocop.Tests.Features.Evaluation;

/// <summary>Dossiers over HTTP: the producer's path from draft to accepted, who sees what, and every refusal.</summary>
public sealed class DossierApiTests
{
    private static async Task<string> ProblemAsync(HttpResponseMessage response)
    {
        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        response.Content.Headers.ContentType!.MediaType.ShouldBe("application/problem+json");
        return await response.Content.ReadAsStringAsync();
    }

    [Theory]
    [ClassData(typeof(Engines))]
    public async Task Producer_SubmitsOnceComplete_OfficerReturnsWithAComment_ThenAccepts(Engine engine)
    {
        await using var app = await OcopApp.StartAsync(engine);
        var applicant = await Dossiers.ApplicantAsync(app);
        var dossier = await Dossiers.CreateAsync(applicant.Producer, applicant.ProductId);
        dossier.Status.ShouldBe(DossierStatus.Draft);
        dossier.RegimeCode.ShouldBe("26/2026");
        dossier.MissingDocuments.ShouldBe([DossierDocumentType.RegistrationForm, DossierDocumentType.BusinessPlan, DossierDocumentType.BusinessRegistration]);

        // Submitting an empty draft lists what is missing.
        var refused = await applicant.Producer.PostAsJsonAsync($"/api/v1/dossiers/{dossier.Id}/actions", new DossierActionInput(DossierAction.Submit, null, dossier.Version), Json.Options);
        var problem = await ProblemAsync(refused);
        problem.ShouldContain("Còn thiếu Phiếu đăng ký sản phẩm.");
        problem.ShouldContain("Chưa có bản tự đánh giá");

        var submitted = await Dossiers.SubmittedAsync(app, applicant, dossier);
        submitted.Status.ShouldBe(DossierStatus.Submitted);
        submitted.SelfAssessmentTotal.ShouldBe(100);
        submitted.SubmittedAt.ShouldNotBeNull();

        // The producer cannot accept their own dossier; the officer must give a reason to return it.
        await Dossiers.ActAsync(applicant.Producer, submitted.Id, DossierAction.Accept, submitted.Version, expected: HttpStatusCode.BadRequest);
        var noReason = await applicant.Officer.PostAsJsonAsync($"/api/v1/dossiers/{submitted.Id}/actions", new DossierActionInput(DossierAction.Return, "  ", submitted.Version), Json.Options);
        (await ProblemAsync(noReason)).ShouldContain("Hãy ghi rõ lý do");
        var returned = await Dossiers.ActAsync(applicant.Officer, submitted.Id, DossierAction.Return, submitted.Version, "Bổ sung phiếu kiểm nghiệm còn hiệu lực.");

        var seen = await applicant.Producer.GetFromJsonAsync<DossierDetails>($"/api/v1/dossiers/{submitted.Id}", Json.Options);
        seen!.Status.ShouldBe(DossierStatus.Returned);
        seen.Events[^1].Comment.ShouldBe("Bổ sung phiếu kiểm nghiệm còn hiệu lực.");
        (await Dossiers.UploadAsync(applicant.Producer, seen.Id, DossierDocumentType.LabTestResults, Dossiers.Pdf, "kiem-nghiem.pdf")).StatusCode.ShouldBe(HttpStatusCode.OK);

        var again = await applicant.Producer.GetFromJsonAsync<DossierDetails>($"/api/v1/dossiers/{seen.Id}", Json.Options);
        var resubmitted = await Dossiers.ActAsync(applicant.Producer, seen.Id, DossierAction.Submit, again!.Version);
        // The commune's assessment of four points (26/2026 Điều 7.2a): every one answered and met, or no acceptance.
        resubmitted.IntakeChecks.Select(c => (c.Code, c.Passed)).ShouldBe([("local-origin", null), ("local-labour", null), ("idea-origin", null), ("local-identity", null)]);
        var unanswered = await applicant.Officer.PostAsJsonAsync($"/api/v1/dossiers/{seen.Id}/actions", new DossierActionInput(DossierAction.Accept, null, resubmitted.Version,
            new Dictionary<string, bool> { ["local-origin"] = true }), Json.Options);
        var missing = await ProblemAsync(unanswered);
        missing.ShouldContain("Hãy trả lời đủ các câu hỏi tiền đánh giá");
        missing.ShouldContain("Nguồn gốc ý tưởng sản phẩm");
        var failed = await applicant.Officer.PostAsJsonAsync($"/api/v1/dossiers/{seen.Id}/actions", new DossierActionInput(DossierAction.Accept, null, resubmitted.Version,
            new Dictionary<string, bool> { ["local-origin"] = true, ["local-labour"] = false, ["idea-origin"] = true, ["local-identity"] = true }), Json.Options);
        var failure = await ProblemAsync(failed);
        failure.ShouldContain("chưa đạt tiền đánh giá");
        failure.ShouldContain("Sử dụng lao động địa phương");
        var unknown = await applicant.Officer.PostAsJsonAsync($"/api/v1/dossiers/{seen.Id}/actions", new DossierActionInput(DossierAction.Accept, null, resubmitted.Version,
            resubmitted.IntakeChecks.ToDictionary(c => c.Code, _ => true).Append(new("bonus", true)).ToDictionary()), Json.Options);
        (await ProblemAsync(unknown)).ShouldContain("không thuộc quy trình");
        (await applicant.Officer.GetFromJsonAsync<DossierDetails>($"/api/v1/dossiers/{seen.Id}", Json.Options))!.Status.ShouldBe(DossierStatus.Submitted);

        var accepted = await Dossiers.ActAsync(applicant.Officer, seen.Id, DossierAction.Accept, resubmitted.Version);
        // Under 26/2026 the commune forwards the dossier with its report; the province's receiving check comes next.
        accepted.Status.ShouldBe(DossierStatus.Forwarded);
        accepted.IntakeChecks.ShouldAllBe(c => c.Passed == true);
        accepted.Events[^1].Comment.ShouldBe("Đạt tiền đánh giá");
        accepted.Events.Select(e => e.ToStatus).ShouldBe([DossierStatus.Draft, DossierStatus.Submitted, DossierStatus.Returned, DossierStatus.Submitted, DossierStatus.Forwarded]);
        accepted.Events.ShouldAllBe(e => e.UserName != null);

        // Accepted: documents and self-assessment are frozen.
        (await ProblemAsync(await Dossiers.UploadAsync(applicant.Producer, seen.Id, DossierDocumentType.Awards, Dossiers.Pdf))).ShouldContain("không sửa được");
        returned.Status.ShouldBe(DossierStatus.Returned);
    }

    [Fact]
    public async Task Producer_SeesOnlyTheirOwnDossiers_OfficersOnlyTheirProvince()
    {
        await using var app = await OcopApp.StartAsync();
        var mine = await Dossiers.ApplicantAsync(app);
        var theirs = await Dossiers.ApplicantAsync(app, name: "Mật ong bạc hà");
        var myDossier = await Dossiers.CreateAsync(mine.Producer, mine.ProductId);
        var theirDossier = await Dossiers.CreateAsync(theirs.Producer, theirs.ProductId);

        var list = await mine.Producer.GetFromJsonAsync<PagedResult<DossierListItem>>("/api/v1/dossiers", Json.Options);
        list!.Items.Select(d => d.Id).ShouldBe([myDossier.Id]);
        (await mine.Producer.GetAsync($"/api/v1/dossiers/{theirDossier.Id}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await Dossiers.UploadAsync(mine.Producer, theirDossier.Id, DossierDocumentType.Other, Dossiers.Pdf)).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await mine.Producer.PostAsJsonAsync("/api/v1/dossiers", new DossierInput(theirs.ProductId, DossierKind.New, null), Json.Options))
            .StatusCode.ShouldBe(HttpStatusCode.BadRequest);

        var hcm = await Registry.OfficerAsync(app, Registry.HoChiMinh);
        (await hcm.GetFromJsonAsync<PagedResult<DossierListItem>>("/api/v1/dossiers", Json.Options))!.TotalCount.ShouldBe(0);
        (await hcm.GetAsync($"/api/v1/dossiers/{myDossier.Id}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await hcm.PostAsJsonAsync($"/api/v1/dossiers/{myDossier.Id}/actions", new DossierActionInput(DossierAction.Withdraw, null, myDossier.Version), Json.Options))
            .StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await mine.Officer.GetFromJsonAsync<PagedResult<DossierListItem>>("/api/v1/dossiers", Json.Options))!.TotalCount.ShouldBe(2);
        (await app.CreateClient().GetAsync("/api/v1/dossiers")).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task BadRegistrations_AreRefusedWithTheReason()
    {
        await using var app = await OcopApp.StartAsync();
        // Under 26/2026 a tea product (148-11) is scored on 26-11, complete; so is a coffee product (148-13 → 26-13).
        var tea = await Dossiers.ApplicantAsync(app, setCode: "148-11", name: "Chè Shan tuyết");
        (await Dossiers.CreateAsync(tea.Producer, tea.ProductId)).ProductSetName.ShouldBe("Chè tươi, chè chế biến");
        var coffee = await Dossiers.ApplicantAsync(app, setCode: "148-13", name: "Cà phê Robusta Di Linh");
        var coffeeDossier = await Dossiers.CreateAsync(coffee.Producer, coffee.ProductId);
        (coffeeDossier.ProductSetName, coffeeDossier.CriteriaVersion, coffeeDossier.RegimeCode).ShouldBe(("Cà phê, ca cao", "26/2026", "26/2026"));

        var retired = await Dossiers.ApplicantAsync(app, setCode: "1048-12", name: "Chè xanh cũ");
        (await ProblemAsync(await retired.Producer.PostAsJsonAsync("/api/v1/dossiers", new DossierInput(retired.ProductId, DossierKind.New, null), Json.Options)))
            .ShouldContain("bộ tiêu chí cũ");

        var starred = await Dossiers.ApplicantAsync(app, stars: 3, name: "Cà phê Cầu Đất");
        (await ProblemAsync(await starred.Producer.PostAsJsonAsync("/api/v1/dossiers", new DossierInput(starred.ProductId, DossierKind.New, null), Json.Options)))
            .ShouldContain("đánh giá lại hoặc nâng hạng");
        var upgrade = await Dossiers.CreateAsync(starred.Producer, starred.ProductId, DossierKind.Upgrade);
        upgrade.MissingDocuments.ShouldNotContain(DossierDocumentType.BusinessPlan);
        (await ProblemAsync(await starred.Producer.PostAsJsonAsync("/api/v1/dossiers", new DossierInput(starred.ProductId, DossierKind.Upgrade, null), Json.Options)))
            .ShouldContain("đã có hồ sơ đang xử lý");

        var fresh = await Dossiers.ApplicantAsync(app, name: "Tương ớt");
        (await ProblemAsync(await fresh.Producer.PostAsJsonAsync("/api/v1/dossiers", new DossierInput(fresh.ProductId, DossierKind.Upgrade, null), Json.Options)))
            .ShouldContain("chỉ đăng ký đánh giá lần đầu");

        // Under 1489 (before 22 May 2026) the same tea was scored on 148's tea sheet, whose transcription is incomplete.
        app.Clock.MoveTo(new DateOnly(2026, 5, 20));
        var earlier = await Dossiers.ApplicantAsync(app, setCode: "148-11", name: "Chè Shan tuyết");
        (await ProblemAsync(await earlier.Producer.PostAsJsonAsync("/api/v1/dossiers", new DossierInput(earlier.ProductId, DossierKind.New, null), Json.Options)))
            .ShouldContain("Phiếu đánh giá của bộ sản phẩm này chưa đầy đủ");
    }

    [Fact]
    public async Task SelfAssessment_RejectsPointsNotAmongTheOptions_AndStaleVersions()
    {
        await using var app = await OcopApp.StartAsync();
        var applicant = await Dossiers.ApplicantAsync(app);
        var dossier = await Dossiers.CreateAsync(applicant.Producer, applicant.ProductId);
        var answers = ScoreAnswers.Best(await Dossiers.ScorecardOfAsync(applicant.Officer, dossier));
        var first = answers.Keys.First();
        answers[first] = 37;
        answers["Z.1.1"] = 1;
        var response = await applicant.Producer.PutAsJsonAsync($"/api/v1/dossiers/{dossier.Id}/self-assessment", new SelfAssessmentInput(answers, dossier.Version), Json.Options);
        var problem = await ProblemAsync(response);
        problem.ShouldContain($"Tiêu chí {first}: 37 điểm không phải một mức của tiêu chí");
        problem.ShouldContain("Không có tiêu chí Z.1.1 trong phiếu này.");

        var partial = new Dictionary<string, int> { [first] = 0 };
        (await applicant.Producer.PutAsJsonAsync($"/api/v1/dossiers/{dossier.Id}/self-assessment", new SelfAssessmentInput(partial, dossier.Version + 3), Json.Options))
            .StatusCode.ShouldBe(HttpStatusCode.Conflict);
        var saved = await applicant.Producer.PutAsJsonAsync($"/api/v1/dossiers/{dossier.Id}/self-assessment", new SelfAssessmentInput(partial, dossier.Version), Json.Options);
        saved.StatusCode.ShouldBe(HttpStatusCode.OK, "a draft may be partial");
        (await saved.Content.ReadFromJsonAsync<DossierDetails>(Json.Options))!.SelfAssessmentTotal.ShouldBe(0);
    }

    [Fact]
    public async Task Documents_AreTypedAndCheckedByContentAndSize()
    {
        await using var app = await OcopApp.StartAsync();
        var applicant = await Dossiers.ApplicantAsync(app);
        var dossier = await Dossiers.CreateAsync(applicant.Producer, applicant.ProductId);

        (await ProblemAsync(await Dossiers.UploadAsync(applicant.Producer, dossier.Id, null, Dossiers.Pdf))).ShouldContain("Hãy chọn loại tài liệu");
        (await ProblemAsync(await Dossiers.UploadAsync(applicant.Producer, dossier.Id, DossierDocumentType.Other, "just text"u8.ToArray(), "ghi-chu.pdf")))
            .ShouldContain("Chỉ nhận tệp PDF");
        var large = new byte[300_001];
        Dossiers.Pdf.CopyTo(large, 0);
        (await ProblemAsync(await Dossiers.UploadAsync(applicant.Producer, dossier.Id, DossierDocumentType.Other, large))).ShouldContain("lớn hơn");

        var ok = await Dossiers.UploadAsync(applicant.Producer, dossier.Id, DossierDocumentType.RegistrationForm, Dossiers.Pdf, @"C:\Users\Lan\Phiếu đăng ký.pdf");
        ok.StatusCode.ShouldBe(HttpStatusCode.OK);
        var document = (await ok.Content.ReadFromJsonAsync<DossierDetails>(Json.Options))!.Documents.ShouldHaveSingleItem();
        document.FileName.ShouldBe("Phiếu đăng ký.pdf");
        var download = await applicant.Officer.GetAsync($"/api/v1/dossiers/{dossier.Id}/documents/{document.Id}");
        download.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await download.Content.ReadAsByteArrayAsync()).ShouldBe(Dossiers.Pdf);
        var hcm = await Registry.OfficerAsync(app, Registry.HoChiMinh);
        (await hcm.GetAsync($"/api/v1/dossiers/{dossier.Id}/documents/{document.Id}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);

        (await applicant.Producer.DeleteAsync($"/api/v1/dossiers/{dossier.Id}/documents/{document.Id}")).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await applicant.Officer.GetAsync($"/api/v1/dossiers/{dossier.Id}/documents/{document.Id}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }
}
