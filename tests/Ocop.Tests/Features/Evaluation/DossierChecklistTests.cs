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
}
