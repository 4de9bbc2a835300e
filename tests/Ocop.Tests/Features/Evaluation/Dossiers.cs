using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using Ocop.Web.Features.Accounts;
using Ocop.Web.Features.Evaluation.Criteria;
using Ocop.Web.Features.Evaluation.Dossiers;
using Ocop.Web.Features.Products;
using Ocop.Web.Infrastructure;

namespace Ocop.Tests.Features.Evaluation;

/// <summary>Helpers for dossier tests: a producer with a product, documents, a full self-assessment.</summary>
internal static class Dossiers
{
    public static readonly byte[] Pdf = "%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n"u8.ToArray();

    public sealed record Applicant(HttpClient Officer, HttpClient Producer, int ProducerId, int ProductId, string SetCode = "148-09");

    /// <summary>A Lâm Đồng producer (signed in) with one product in <paramref name="setCode"/>, made by a province officer.</summary>
    public static async Task<Applicant> ApplicantAsync(OcopApp app, string setCode = "148-09", int? stars = null, string name = "Nước mắm Cá Đen")
    {
        var officer = await Registry.OfficerAsync(app, Registry.LamDong);
        var producer = await Registry.CreateProducerAsync(officer, Registry.Producer($"Công ty {Guid.NewGuid():N}"[..30]));
        var product = await Registry.CreateProductAsync(officer, new ProductInput
        {
            ProducerId = producer.Id, Name = name, ProductSetId = await Registry.ProductSetIdAsync(app, setCode),
            Status = ProductStatus.Active, Stars = stars,
        });
        var client = await app.SignInAsync(new NewAccount($"p{Guid.NewGuid():N}@test.vn", Roles.Producer, ProducerId: producer.Id));
        return new Applicant(officer, client, producer.Id, product.Id, setCode);
    }

    public static async Task<DossierDetails> CreateAsync(HttpClient client, int productId, DossierKind kind = DossierKind.New)
    {
        var response = await client.PostAsJsonAsync("/api/v1/dossiers", new DossierInput(productId, kind, "Xin đánh giá đợt 1"), Json.Options);
        response.StatusCode.ShouldBe(HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        return (await response.Content.ReadFromJsonAsync<DossierDetails>(Json.Options))!;
    }

    public static async Task<HttpResponseMessage> UploadAsync(HttpClient client, int dossierId, DossierDocumentType? type, byte[] bytes, string fileName = "tai-lieu.pdf")
    {
        using var form = new MultipartFormDataContent();
        var file = new ByteArrayContent(bytes);
        file.Headers.ContentType = new MediaTypeHeaderValue("application/pdf");
        form.Add(file, "file", fileName);
        if (type is not null)
        {
            form.Add(new StringContent(type.ToString()!), "type");
        }

        return await client.PostAsync($"/api/v1/dossiers/{dossierId}/documents", form);
    }

    public static async Task<ScorecardDefinition> ScorecardAsync(HttpClient officer, OcopApp app, string setCode = "148-09") =>
        (await officer.GetFromJsonAsync<ScorecardDetails>($"/api/v1/scorecards/{await Registry.ProductSetIdAsync(app, setCode)}", Json.Options))!.Definition;

    /// <summary>The scorecard the dossier is scored on (its own set: 26-09 for a 148-09 product under 26/2026).</summary>
    public static async Task<ScorecardDefinition> ScorecardOfAsync(HttpClient officer, DossierDetails dossier) =>
        (await officer.GetFromJsonAsync<ScorecardDetails>($"/api/v1/scorecards/{dossier.ProductSetId}", Json.Options))!.Definition;

    /// <summary>
    /// Takes an action; an Accept answers the regime's pre-assessment with every check met unless told otherwise, and
    /// where the regime asks for the commune's report (26/2026 Mẫu 03) writes one dated the filing day.
    /// </summary>
    public static async Task<DossierDetails> ActAsync(
        HttpClient client, int id, DossierAction action, int version, string? comment = null, HttpStatusCode expected = HttpStatusCode.OK,
        IReadOnlyDictionary<string, bool>? checks = null, CommuneReportInput? report = null)
    {
        if (action == DossierAction.Accept && (checks is null || report is null))
        {
            var dossier = (await client.GetFromJsonAsync<DossierDetails>($"/api/v1/dossiers/{id}", Json.Options))!;
            checks ??= dossier.IntakeChecks.ToDictionary(c => c.Code, _ => true);
            report ??= dossier.ReportRule is null || dossier.SubmittedAt is not { } filed ? null : Report(dossier, VietnamTime.ToDate(filed));
        }

        var response = await client.PostAsJsonAsync($"/api/v1/dossiers/{id}/actions", new DossierActionInput(action, comment, version, checks, report), Json.Options);
        response.StatusCode.ShouldBe(expected, await response.Content.ReadAsStringAsync());
        return expected == HttpStatusCode.OK ? (await response.Content.ReadFromJsonAsync<DossierDetails>(Json.Options))! : null!;
    }

    /// <summary>A commune report on every check of the dossier's intake, signed on <paramref name="on"/>.</summary>
    public static CommuneReportInput Report(DossierDetails dossier, DateOnly on) =>
        new("12/BC-UBND", on, "Chủ tịch UBND xã", dossier.IntakeChecks.ToDictionary(c => c.Code, c => $"Xã xác nhận: {c.Text.ToLowerInvariant()} đạt yêu cầu."));

    /// <summary>
    /// The commune accepts the dossier and, under a regime with the province's receiving check, the province receives it:
    /// it is then ready for a batch. <paramref name="officer"/> must be a province-level officer.
    /// </summary>
    public static async Task<DossierDetails> AcceptedAsync(HttpClient officer, DossierDetails submitted)
    {
        var accepted = await ActAsync(officer, submitted.Id, DossierAction.Accept, submitted.Version);
        return accepted.Status == DossierStatus.Forwarded ? await ActAsync(officer, accepted.Id, DossierAction.Receive, accepted.Version) : accepted;
    }

    /// <summary>Creates (or takes) a draft dossier, adds the required documents and a full self-assessment, and submits it.</summary>
    public static async Task<DossierDetails> SubmittedAsync(OcopApp app, Applicant applicant, DossierDetails? draft = null)
    {
        var dossier = draft ?? await CreateAsync(applicant.Producer, applicant.ProductId);
        foreach (var type in DossierDocumentRules.RequiredFor(DossierKind.New))
        {
            (await UploadAsync(applicant.Producer, dossier.Id, type, Pdf)).StatusCode.ShouldBe(HttpStatusCode.OK);
        }

        var current = await applicant.Producer.GetFromJsonAsync<DossierDetails>($"/api/v1/dossiers/{dossier.Id}", Json.Options);
        var answers = ScoreAnswers.Best(await ScorecardOfAsync(applicant.Officer, current!));
        var saved = await applicant.Producer.PutAsJsonAsync($"/api/v1/dossiers/{dossier.Id}/self-assessment", new SelfAssessmentInput(answers, current!.Version), Json.Options);
        saved.StatusCode.ShouldBe(HttpStatusCode.OK, await saved.Content.ReadAsStringAsync());
        var version = (await saved.Content.ReadFromJsonAsync<DossierDetails>(Json.Options))!.Version;
        return await ActAsync(applicant.Producer, dossier.Id, DossierAction.Submit, version);
    }
}
