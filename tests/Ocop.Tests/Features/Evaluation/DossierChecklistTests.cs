using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Ocop.Web.Features.Evaluation.Dossiers;

namespace Ocop.Tests.Features.Evaluation;

/// <summary>
/// The dossier's "still missing" list and the submission's refusal come from one rule: after part of the
/// self-assessment is saved the list still names every unanswered criterion (it once dropped the self-assessment
/// altogether, and submission named only five of them), each linked to where it is answered.
/// </summary>
public sealed class DossierChecklistTests
{
    [Fact]
    public async Task AfterAPartialSelfAssessment_TheChecklistAndTheRefusal_NameEveryGap_WithLinks()
    {
        await using var app = await OcopApp.StartAsync();
        var applicant = await Dossiers.ApplicantAsync(app);
        var draft = await Dossiers.CreateAsync(applicant.Producer, applicant.ProductId);
        var best = ScoreAnswers.Best(await Dossiers.ScorecardOfAsync(applicant.Officer, draft));
        var partial = best.Take(5).ToDictionary(); // in sheet order: the first criteria of the first section
        var saved = await applicant.Producer.PutAsJsonAsync($"/api/v1/dossiers/{draft.Id}/self-assessment", new SelfAssessmentInput(partial, draft.Version), Json.Options);
        saved.StatusCode.ShouldBe(HttpStatusCode.OK, await saved.Content.ReadAsStringAsync());
        var dossier = (await saved.Content.ReadFromJsonAsync<DossierDetails>(Json.Options))!;

        var gaps = dossier.Gaps!;
        var documents = DossierDocumentRules.RequiredFor(DossierKind.New);
        gaps.Count(g => g.Field == "Documents").ShouldBe(documents.Count);
        gaps.Where(g => g.Field == "Documents").ShouldAllBe(g => g.Link == "#upload");
        var unanswered = gaps.Where(g => g.Field == "SelfAssessment").ToList();
        unanswered.Count.ShouldBeGreaterThan(20, "every unanswered criterion, not the first five");
        unanswered.ShouldAllBe(g => g.Link.StartsWith($"/admin/dossiers/{draft.Id}/self-assessment#", StringComparison.Ordinal));
        var criterionLinks = unanswered.Select(g => g.Link.Split('#')[1]).Where(a => a.StartsWith("criterion-", StringComparison.Ordinal)).ToList();
        criterionLinks.Select(a => a["criterion-".Length..]).ShouldBeSubsetOf(best.Keys.Skip(5));
        var someCriterion = criterionLinks[^1]["criterion-".Length..];

        // Submitting is refused with exactly the same gaps.
        var refused = await applicant.Producer.PostAsJsonAsync($"/api/v1/dossiers/{draft.Id}/actions",
            new DossierActionInput(DossierAction.Submit, null, dossier.Version), Json.Options);
        refused.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        var errors = JsonDocument.Parse(await refused.Content.ReadAsStringAsync()).RootElement.GetProperty("errors");
        errors.GetProperty("selfAssessment").GetArrayLength().ShouldBe(unanswered.Count + 1, "the heading and every criterion");
        errors.GetProperty("documents").GetArrayLength().ShouldBe(documents.Count);

        // The page lists them, each a link to where it is put right, and the links land on something.
        var page = await applicant.Producer.GetStringAsync($"/admin/dossiers/{draft.Id}");
        page.ShouldContain($"({gaps.Count} mục; bấm vào từng mục để sửa)");
        page.ShouldContain($"href=\"/admin/dossiers/{draft.Id}/self-assessment#criterion-{someCriterion}\"");
        page.ShouldContain("id=\"upload\"");
        (await applicant.Producer.GetStringAsync($"/admin/dossiers/{draft.Id}/self-assessment")).ShouldContain($"id=\"criterion-{someCriterion}\"");

        // Once everything is there, nothing is listed and submission goes through.
        var submitted = await Dossiers.SubmittedAsync(app, applicant, dossier);
        submitted.Status.ShouldBe(DossierStatus.Submitted);
    }

    [Fact]
    public async Task ANewDossier_WithoutAChosenKind_IsAFirstEvaluation_OrAsksForARatedProduct()
    {
        await using var app = await OcopApp.StartAsync();
        var officer = await Registry.OfficerAsync(app, Registry.LamDong);
        var producer = await Registry.CreateProducerAsync(officer, Registry.Producer());
        var rated = await Registry.ProductAsync(app, officer, producer.Id, "Nước mắm Cá Đen", listedStars: 4);
        var unrated = await Registry.ProductAsync(app, officer, producer.Id, "Nước mắm nhỉ Phú Thủy");

        // A rated product: nothing is created, and the page says which kinds apply (it used to submit "first evaluation" and fail).
        var asked = await OcopApp.PostFormAsync(officer, "/admin/dossiers/new", new() { ["ProductId"] = rated.Id.ToString(System.Globalization.CultureInfo.InvariantCulture) });
        asked.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await asked.Content.ReadAsStringAsync()).ShouldContain("Sản phẩm đã có hạng sao: hãy chọn “Đánh giá lại”");
        (await officer.GetStringAsync($"/admin/dossiers/new?product={rated.Id}")).ShouldContain("id=\"kind-ReEvaluation\" value=\"ReEvaluation\" checked=\"checked\"");

        // An unrated product needs no choice: a first evaluation.
        var created = await OcopApp.PostFormAsync(officer, "/admin/dossiers/new", new() { ["ProductId"] = unrated.Id.ToString(System.Globalization.CultureInfo.InvariantCulture) });
        created.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var id = int.Parse(created.Headers.Location!.OriginalString.Split('/')[^1], System.Globalization.CultureInfo.InvariantCulture);
        (await officer.GetFromJsonAsync<DossierDetails>($"/api/v1/dossiers/{id}", Json.Options))!.Kind.ShouldBe(DossierKind.New);
    }
}
