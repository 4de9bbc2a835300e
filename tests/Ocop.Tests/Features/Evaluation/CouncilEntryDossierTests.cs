using System.Net;
using System.Net.Http.Json;
using System.Text.RegularExpressions;
using Ocop.Web.Features.Evaluation.Advisory;
using Ocop.Web.Features.Evaluation.Dossiers;
using Ocop.Web.Infrastructure;

namespace Ocop.Tests.Features.Evaluation;

/// <summary>A council member scores with the dossier beside the sheet: documents opened in place, the producer's own score per criterion, the advisory group's findings.</summary>
public sealed partial class CouncilEntryDossierTests
{
    [Fact]
    public async Task TheScoreSheet_ShowsTheDossierBesideIt_OnlyToTheCouncil()
    {
        await using var app = await OcopApp.StartAsync();
        var round = await Round.StartAsync(app);
        var officer = round.Applicant.Officer;
        var survey = await officer.PostAsJsonAsync($"/api/v1/dossiers/{round.DossierId}/advisory", new AdvisoryInput(AdvisoryRecordKind.FieldSurvey,
            VietnamTime.Today(app.Clock), "Nguyễn Văn A (Sở NN&MT)", "Xưởng chế biến, thôn 3, xã Phú Thủy", "Nhà xưởng đạt điều kiện an toàn thực phẩm."), Json.Options);
        survey.StatusCode.ShouldBe(HttpStatusCode.Created, await survey.Content.ReadAsStringAsync());
        var record = (await survey.Content.ReadFromJsonAsync<AdvisoryItem>(Json.Options))!;
        using (var photo = new MultipartFormDataContent { { new StringContent("Ảnh nhà xưởng"), "title" }, { new ByteArrayContent(Products.ProductApiTests.Png), "file", "nha-xuong.png" } })
        {
            (await officer.PostAsync($"/api/v1/advisory-records/{record.Id}/files", photo)).StatusCode.ShouldBe(HttpStatusCode.Created);
        }

        var dossier = (await officer.GetFromJsonAsync<DossierDetails>($"/api/v1/dossiers/{round.DossierId}", Json.Options))!;
        var fileId = (await officer.GetFromJsonAsync<List<AdvisoryItem>>($"/api/v1/dossiers/{round.DossierId}/advisory", Json.Options))!.Single().Files.Single().Id;
        var entryUrl = $"/council/entries/{round.EntryId}";

        var page = await round.Member.GetAsync(entryUrl);
        page.Headers.GetValues("X-Frame-Options").ShouldBe(["DENY"]);
        var html = await page.Content.ReadAsStringAsync();
        foreach (var document in dossier.Documents)
        {
            html.ShouldContain($"href=\"{entryUrl}/documents/{document.Id}\" target=\"entry-viewer\"");
        }

        html.ShouldContain("<iframe name=\"entry-viewer\" srcdoc=");
        html.ShouldContain("Nhà xưởng đạt điều kiện an toàn thực phẩm.");
        html.ShouldContain($"href=\"{entryUrl}/advisory-files/{fileId}\" target=\"entry-viewer\"");
        html.ShouldContain($"{dossier.SelfAssessmentTotal}/100");
        var leaves = round.Definition.Parts.SelectMany(p => p.Sections).SelectMany(s => s.Criteria.SelectMany(c => c.SelfAndDescendants())).Where(c => c.IsLeaf).ToList();
        var own = SelfAssessed().Matches(html).ToDictionary(m => m.Groups[1].Value, m => int.Parse(m.Groups[2].Value, System.Globalization.CultureInfo.InvariantCulture));
        own.Keys.Order().ShouldBe(leaves.Select(c => c.Code).Order());
        own.ShouldBe(dossier.SelfAssessment!.ToDictionary(), ignoreOrder: true);

        // The document opens in place: inline, in a frame of our own pages only.
        var file = await round.Member.GetAsync($"{entryUrl}/documents/{dossier.Documents[0].Id}");
        file.StatusCode.ShouldBe(HttpStatusCode.OK);
        file.Content.Headers.ContentType!.MediaType.ShouldBe("application/pdf");
        file.Content.Headers.ContentDisposition!.DispositionType.ShouldBe("inline");
        file.Headers.GetValues("X-Frame-Options").ShouldBe(["SAMEORIGIN"]);
        string.Join(";", file.Headers.GetValues("Content-Security-Policy")).ShouldContain("frame-ancestors 'self'");
        (await file.Content.ReadAsByteArrayAsync()).ShouldBe(Dossiers.Pdf);
        var picture = await round.Member.GetAsync($"{entryUrl}/advisory-files/{fileId}");
        picture.Content.Headers.ContentType!.MediaType.ShouldBe("image/png");

        // A council member of no seat on this batch sees none of it; nor does a file of another dossier answer through this entry.
        var stranger = await Round.CouncilMemberAsync(app, $"la{Guid.NewGuid():N}@test.vn");
        (await stranger.GetAsync(entryUrl)).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await stranger.GetAsync($"{entryUrl}/documents/{dossier.Documents[0].Id}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await stranger.GetAsync($"{entryUrl}/advisory-files/{fileId}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        var other = await Dossiers.SubmittedAsync(app, await Dossiers.ApplicantAsync(app, name: "Nước mắm Phan Thiết"));
        (await round.Member.GetAsync($"{entryUrl}/documents/{other.Documents[0].Id}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        var producer = await round.Applicant.Producer.GetAsync($"{entryUrl}/documents/{dossier.Documents[0].Id}");
        producer.Headers.Location!.AbsolutePath.ShouldBe("/account/access-denied");
    }

    [GeneratedRegex("data-self-assessed=\"([^\"]+)\">[^<]*<strong>(\\d+) điểm</strong>")]
    private static partial Regex SelfAssessed();
}
