using System.Net;
using System.Net.Http.Json;
using Ocop.Web.Features.Evaluation.Batches;
using Ocop.Web.Features.Evaluation.Certificates;
using Ocop.Web.Features.Evaluation.Dossiers;
using Ocop.Web.Features.Products;

namespace Ocop.Tests.Features.Evaluation;

/// <summary>
/// Decision 26/2026 Điều 11–12 as data (criteria-versions.json): dossiers filed before 22 May 2026 finish under
/// 1489/148 within 60 days (re-evaluations 30), later ones take 26/2026; a batch takes one regime; certificates
/// issued before keep their validity. The app's clock is moved to the days the clauses name.
/// </summary>
public sealed class RegimeTransitionTests
{
    private static readonly DateOnly May20 = new(2026, 5, 20);
    private static readonly DateOnly May23 = new(2026, 5, 23);

    private static async Task<string> ProblemAsync(HttpResponseMessage response)
    {
        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest, await response.Content.ReadAsStringAsync());
        return await response.Content.ReadAsStringAsync();
    }

    private static Task<HttpResponseMessage> DecideAsync(Round round, string number, DateOnly signedOn) =>
        round.Applicant.Officer.PostAsJsonAsync($"/api/v1/batches/{round.Batch.Id}/decision",
            new DecisionInput(number, signedOn, "Phó Chủ tịch Trần Văn Ký", null, [round.EntryId]), Json.Options);

    [Theory]
    [ClassData(typeof(Engines))]
    public async Task FiledOn20May_FinishesUnder148_FiledOn23May_Under26(Engine engine)
    {
        await using var app = await OcopApp.StartAsync(engine);
        app.Clock.MoveTo(May20);
        var before = await Round.StartAsync(app);
        var beforeDossier = await before.Applicant.Officer.GetFromJsonAsync<DossierDetails>($"/api/v1/dossiers/{before.DossierId}", Json.Options);
        (beforeDossier!.RegimeCode, beforeDossier.CriteriaVersion, beforeDossier.ProductSetName, beforeDossier.IntakeChecks.Count)
            .ShouldBe(("1489/2025", "148/2023", "Tương, nước mắm, gia vị dạng lỏng khác", 3));
        before.Batch.RegimeCode.ShouldBe("1489/2025");
        beforeDossier.FinishBy.ShouldBe(new DateOnly(2026, 7, 21));
        // A draft made under 1489 but not filed by 21 May cannot be filed under it afterwards.
        var late = await Dossiers.ApplicantAsync(app, name: "Nước mắm Phan Thiết");
        var lateDraft = await Dossiers.CreateAsync(late.Producer, late.ProductId);
        lateDraft.RegimeCode.ShouldBe("1489/2025");

        app.Clock.MoveTo(May23);
        var after = await Round.StartAsync(app);
        var afterDossier = await after.Applicant.Officer.GetFromJsonAsync<DossierDetails>($"/api/v1/dossiers/{after.DossierId}", Json.Options);
        (afterDossier!.RegimeCode, afterDossier.CriteriaVersion, afterDossier.ProductSetName, afterDossier.IntakeChecks.Count)
            .ShouldBe(("26/2026", "26/2026", "Tương, nước mắm, gia vị dạng lỏng khác", 4));
        afterDossier.FinishBy.ShouldBeNull();
        after.Definition.Parts.Select(p => p.MaxPoints).ShouldBe([40, 25, 35]);
        before.Definition.Parts.Select(p => p.MaxPoints).ShouldBe([40, 25, 35]);
        after.Batch.RegimeCode.ShouldBe("26/2026");

        var filedLate = await ProblemAsync(await late.Producer.PostAsJsonAsync($"/api/v1/dossiers/{lateDraft.Id}/actions",
            new DossierActionInput(DossierAction.Submit, null, lateDraft.Version), Json.Options));
        filedLate.ShouldContain("hồ sơ chỉ được nộp đến hết ngày 21/05/2026");

        // A batch takes the dossiers of its own regime only.
        (await before.Applicant.Officer.GetFromJsonAsync<List<AssignableDossier>>($"/api/v1/batches/{before.Batch.Id}/assignable", Json.Options))!
            .ShouldNotContain(d => d.Id == after.DossierId);
        var other = await Dossiers.ApplicantAsync(app, name: "Tương ớt Đà Lạt");
        var otherDossier = await Dossiers.SubmittedAsync(app, other);
        await Dossiers.AcceptedAsync(other.Officer, otherDossier);
        (await ProblemAsync(await other.Officer.PostAsJsonAsync($"/api/v1/batches/{before.Batch.Id}/entries", new AssignInput(otherDossier.Id), Json.Options)))
            .ShouldContain("không thể đưa vào đợt");

        // Each finishes under its own rules; a decision is not dated before its round closed.
        await before.ScoreAndCloseAsync(stars: 4, target: 80);
        (await ProblemAsync(await DecideAsync(before, "40/QĐ-UBND", May20))).ShouldContain("không được trước ngày kết thúc phiên chấm điểm (23/05/2026)");
        (await ProblemAsync(await DecideAsync(before, "40/QĐ-UBND", May23.AddYears(-3)))).ShouldContain("23/05/2026");
        var decided148 = await DecideAsync(before, "40/QĐ-UBND", May23);
        decided148.StatusCode.ShouldBe(HttpStatusCode.Created, await decided148.Content.ReadAsStringAsync());
        var certificate148 = (await decided148.Content.ReadFromJsonAsync<List<CertificateItem>>(Json.Options))!.Single();
        certificate148.CriteriaVersion.ShouldBe("148/2023");

        await after.ScoreAndCloseAsync(stars: 4, target: 80);
        var decided26 = await DecideAsync(after, "41/QĐ-UBND", May23);
        decided26.StatusCode.ShouldBe(HttpStatusCode.Created, await decided26.Content.ReadAsStringAsync());
        (await decided26.Content.ReadFromJsonAsync<List<CertificateItem>>(Json.Options))!.Single().CriteriaVersion.ShouldBe("26/2026");
        // Recognised under 26/2026, the product is now classified in 26/2026's set.
        var product = await after.Applicant.Officer.GetFromJsonAsync<ProductDetails>($"/api/v1/products/{after.Applicant.ProductId}/record", Json.Options);
        product!.ProductSetId.ShouldBe(afterDossier.ProductSetId);

        // Certificates issued under the old rules keep their validity after those rules lapse (Điều 12.1).
        app.Clock.MoveTo(new DateOnly(2026, 8, 1));
        var verified = await app.CreateClient().GetFromJsonAsync<CertificateVerification>($"/api/v1/verify/{certificate148.Number}", Json.Options);
        (verified!.Status, verified.ExpiresOn).ShouldBe((CertificateStatus.Valid, new DateOnly(2029, 5, 23)));
    }

    [Theory]
    [ClassData(typeof(Engines))]
    public async Task ReEvaluationUnder148_AfterTheThirtyDays_IsRefusedWithTheReason(Engine engine)
    {
        await using var app = await OcopApp.StartAsync(engine);
        app.Clock.MoveTo(May20);
        var rated = await Dossiers.ApplicantAsync(app, stars: 4, name: "Mứt dâu Đà Lạt");
        var reEvaluation = await Dossiers.SubmittedAsync(app, rated, await Dossiers.CreateAsync(rated.Producer, rated.ProductId, DossierKind.ReEvaluation));
        var first = await Dossiers.ApplicantAsync(app, name: "Trà atiso");
        var firstEvaluation = await Dossiers.SubmittedAsync(app, first);

        // 22 June 2026: past the 30 days for re-evaluations, within the 60 for first evaluations. Sessions do not
        // last a month, so the officer signs in again.
        app.Clock.MoveTo(new DateOnly(2026, 6, 22));
        var officer = await Registry.OfficerAsync(app, Registry.LamDong);
        var refused = await ProblemAsync(await officer.PostAsJsonAsync($"/api/v1/dossiers/{reEvaluation.Id}/actions",
            new DossierActionInput(DossierAction.Accept, null, reEvaluation.Version, reEvaluation.IntakeChecks.ToDictionary(c => c.Code, _ => true)), Json.Options));
        refused.ShouldContain("phải hoàn thành đánh giá, phân hạng chậm nhất ngày 21/06/2026");
        refused.ShouldContain("Điều 12.2");
        var shown = await officer.GetFromJsonAsync<DossierDetails>($"/api/v1/dossiers/{reEvaluation.Id}", Json.Options);
        shown!.Status.ShouldBe(DossierStatus.Submitted);
        shown.Stopped.ShouldNotBeNull();
        (await officer.GetStringAsync($"/admin/dossiers/{reEvaluation.Id}")).ShouldContain("chậm nhất ngày 21/06/2026");

        var accepted = await Dossiers.ActAsync(officer, firstEvaluation.Id, DossierAction.Accept, firstEvaluation.Version);
        (accepted.Status, accepted.Stopped).ShouldBe((DossierStatus.Accepted, null));

        // After 21 July no batch can be opened under 1489, and its dossiers cannot join one.
        app.Clock.MoveTo(new DateOnly(2026, 7, 22));
        officer = await Registry.OfficerAsync(app, Registry.LamDong);
        var batch = await officer.PostAsJsonAsync("/api/v1/batches",
            new BatchInput("Đợt bổ sung", 2026, new DateOnly(2026, 7, 22), new DateOnly(2026, 8, 15), null, "1489/2025"), Json.Options);
        (await ProblemAsync(batch)).ShouldContain("hết thời hạn chuyển tiếp ngày 21/07/2026");
        (await officer.GetStringAsync("/admin/batches")).ShouldNotContain("1489/QĐ-TTg");
    }

    [Fact]
    public async Task WhileTwoRegimesRun_TheBatchFormOffersBoth()
    {
        await using var app = await OcopApp.StartAsync();
        app.Clock.MoveTo(new DateOnly(2026, 6, 1));
        var officer = await Registry.OfficerAsync(app, Registry.LamDong);
        var page = await officer.GetStringAsync("/admin/batches");
        page.ShouldContain("Quyết định 26/2026/QĐ-TTg (từ 22/5/2026)");
        page.ShouldContain("Quyết định 1489/QĐ-TTg");
        var created = await officer.PostAsJsonAsync("/api/v1/batches",
            new BatchInput("Đợt chuyển tiếp", 2026, new DateOnly(2026, 6, 1), new DateOnly(2026, 6, 30), null, "1489/2025"), Json.Options);
        created.StatusCode.ShouldBe(HttpStatusCode.Created, await created.Content.ReadAsStringAsync());
        (await created.Content.ReadFromJsonAsync<BatchDetails>(Json.Options))!.RegimeCode.ShouldBe("1489/2025");
    }
}
