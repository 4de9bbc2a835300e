using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using Ocop.Web.Features.Evaluation.Dossiers;

namespace Ocop.Tests.Features.Evaluation;

/// <summary>A withdrawn dossier is taken up again as a draft while its round allows it, and only then.</summary>
public sealed class DossierResumeTests
{
    private static Task<HttpResponseMessage> ResumeAsync(HttpClient client, DossierDetails dossier) =>
        client.PostAsJsonAsync($"/api/v1/dossiers/{dossier.Id}/actions", new DossierActionInput(DossierAction.Resume, null, dossier.Version), Json.Options);

    [Fact]
    public async Task AWithdrawnFiling_IsTakenUpAgain_AsADraft_FiledAnewOnItsNextSubmission()
    {
        await using var app = await OcopApp.StartAsync();
        var applicant = await Dossiers.ApplicantAsync(app);
        var submitted = await Dossiers.SubmittedAsync(app, applicant);
        var withdrawn = await Dossiers.ActAsync(applicant.Producer, submitted.Id, DossierAction.Withdraw, submitted.Version);
        withdrawn.Status.ShouldBe(DossierStatus.Withdrawn);

        // The page offers it, and says when.
        var page = await applicant.Producer.GetStringAsync($"/admin/dossiers/{submitted.Id}");
        page.ShouldContain("data-testid=\"resume-hint\"");
        page.ShouldContain("value=\"Resume\"");

        var resumed = await OcopApp.PostFormAsync(applicant.Producer, $"/admin/dossiers/{submitted.Id}?handler=Act",
            new() { ["action"] = "Resume", ["version"] = withdrawn.Version.ToString(CultureInfo.InvariantCulture) }, $"/admin/dossiers/{submitted.Id}");
        resumed.StatusCode.ShouldBe(HttpStatusCode.Redirect, await resumed.Content.ReadAsStringAsync());
        var draft = (await applicant.Producer.GetFromJsonAsync<DossierDetails>($"/api/v1/dossiers/{submitted.Id}", Json.Options))!;
        draft.Status.ShouldBe(DossierStatus.Draft);
        draft.SubmittedAt.ShouldBeNull();
        draft.Documents.Count.ShouldBe(submitted.Documents.Count);
        draft.Events.Select(e => e.ToStatus).ShouldBe([DossierStatus.Draft, DossierStatus.Submitted, DossierStatus.Withdrawn, DossierStatus.Draft]);
        (await applicant.Producer.GetStringAsync($"/admin/dossiers/{submitted.Id}")).ShouldContain("Hồ sơ đã trở lại bản nháp");

        var again = await Dossiers.ActAsync(applicant.Producer, draft.Id, DossierAction.Submit, draft.Version);
        again.Status.ShouldBe(DossierStatus.Submitted);
    }

    [Fact]
    public async Task AWithdrawnDossier_IsNotTakenUp_BesideAnotherOpenOne_OrAfterItsFilingClosed()
    {
        await using var app = await OcopApp.StartAsync();
        var applicant = await Dossiers.ApplicantAsync(app);
        var first = await Dossiers.CreateAsync(applicant.Producer, applicant.ProductId);
        var withdrawn = await Dossiers.ActAsync(applicant.Producer, first.Id, DossierAction.Withdraw, first.Version);
        var second = await Dossiers.CreateAsync(applicant.Producer, applicant.ProductId);

        var refused = await ResumeAsync(applicant.Producer, withdrawn);
        refused.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await refused.Content.ReadAsStringAsync()).ShouldContain("đã có một hồ sơ khác đang xử lý");
        (await applicant.Producer.GetFromJsonAsync<DossierDetails>($"/api/v1/dossiers/{first.Id}", Json.Options))!.Status.ShouldBe(DossierStatus.Withdrawn);
        await Dossiers.ActAsync(applicant.Producer, second.Id, DossierAction.Withdraw, second.Version);

        // A draft of 1489's regime, withdrawn on 20 May 2026: after 21 May that regime takes no filing, so the round is over for it.
        app.Clock.MoveTo(new DateOnly(2026, 5, 20));
        var late = await Dossiers.ApplicantAsync(app, name: "Nước mắm Phan Thiết");
        var old = await Dossiers.CreateAsync(late.Producer, late.ProductId);
        old.RegimeCode.ShouldBe("1489/2025");
        var oldWithdrawn = await Dossiers.ActAsync(late.Producer, old.Id, DossierAction.Withdraw, old.Version);
        app.Clock.MoveTo(new DateOnly(2026, 5, 23));
        var closed = await ResumeAsync(late.Producer, oldWithdrawn);
        closed.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await closed.Content.ReadAsStringAsync()).ShouldContain("21/05/2026");

        // Another province's officer cannot see it at all.
        var hcm = await Registry.OfficerAsync(app, Registry.HoChiMinh);
        (await ResumeAsync(hcm, oldWithdrawn)).StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }
}
