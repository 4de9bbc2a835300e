using System.Net;
using System.Net.Http.Json;
using Ocop.Tests.Features.Evaluation;
using Ocop.Web.Features.Accounts;
using Ocop.Web.Features.Attachments;
using Ocop.Web.Features.Evaluation.Certificates;
using Ocop.Web.Features.Inspections;
using Ocop.Web.Features.Programme;
using Ocop.Web.Infrastructure;

namespace Ocop.Tests.Features.Inspections;

/// <summary>
/// 26/2026 Điều 9 over HTTP: the province plans an inspection of a recognised product, concludes it once with findings and
/// documents, a violation proposes the revocation that the revocation decision then answers; the year's plan and what it
/// found reach the summary and the programme's metrics.
/// </summary>
public sealed class InspectionTests
{
    private static async Task<string> ProblemAsync(HttpResponseMessage response)
    {
        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest, await response.Content.ReadAsStringAsync());
        return await response.Content.ReadAsStringAsync();
    }

    [Theory]
    [ClassData(typeof(Engines))]
    public async Task Inspection_FindsAViolation_ProposesRevocation_AndTheDecisionAnswersIt(Engine engine)
    {
        await using var app = await OcopApp.StartAsync(engine);
        var applicant = await Certified.ProductAsync(app);
        var officer = applicant.Officer;
        var certificate = (await officer.GetFromJsonAsync<PagedResult<CertificateItem>>($"/api/v1/certificates?product={applicant.ProductId}", Json.Options))!.Items.Single();
        var today = app.Clock.Today;

        // Only the province's OCOP body (or the Ministry) inspects; its input is checked field by field.
        var commune = await app.SignInAsync(new NewAccount($"xa{Guid.NewGuid():N}@test.vn", Roles.CommuneOfficer, ProvinceCode: Registry.LamDong, CommuneCode: Registry.PhuThuy));
        var plan = new InspectionInput(certificate.Number, InspectionKind.Periodic, today, null, ChecksCriteria: true, ChecksMark: true, ChecksPromotion: false,
            Team: "Chi cục Phát triển nông thôn; Sở Công Thương");
        (await ProblemAsync(await commune.PostAsJsonAsync("/api/v1/inspections", plan, Json.Options))).ShouldContain("Điều 9.4");
        var refused = await ProblemAsync(await officer.PostAsJsonAsync("/api/v1/inspections",
            new InspectionInput("68-0000-9999", InspectionKind.AdHoc, today, null, false, false, false, " "), Json.Options));
        foreach (var expected in new[] { "Không tìm thấy giấy chứng nhận OCOP còn hiệu lực", "Chọn ít nhất một nội dung kiểm tra", "Kiểm tra đột xuất cần ghi lý do", "thành phần đoàn kiểm tra" })
        {
            refused.ShouldContain(expected);
        }

        var hcm = await Registry.OfficerAsync(app, Registry.HoChiMinh);
        (await ProblemAsync(await hcm.PostAsJsonAsync("/api/v1/inspections", plan, Json.Options))).ShouldContain("Không tìm thấy giấy chứng nhận", Case.Sensitive, "another province's certificate");
        var created = await officer.PostAsJsonAsync("/api/v1/inspections", plan, Json.Options);
        created.StatusCode.ShouldBe(HttpStatusCode.Created, await created.Content.ReadAsStringAsync());
        var inspection = (await created.Content.ReadFromJsonAsync<InspectionDetails>(Json.Options))!;
        (inspection.Year, inspection.ProvinceCode, inspection.CertificateNumber, inspection.Conclusion).ShouldBe((today.Year, Registry.LamDong, certificate.Number, null));
        (await hcm.GetAsync($"/api/v1/inspections/{inspection.Id}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await applicant.Producer.GetFromJsonAsync<InspectionDetails>($"/api/v1/inspections/{inspection.Id}", Json.Options))!.Id.ShouldBe(inspection.Id);

        // The conclusion: checked, then recorded once.
        var url = $"/api/v1/inspections/{inspection.Id}/conclusion";
        var bad = await ProblemAsync(await officer.PutAsJsonAsync(url, new ConclusionInput(today.AddDays(1), "", null, false, null, inspection.Version), Json.Options));
        foreach (var expected in new[] { "không được sau hôm nay", "Hãy ghi kết quả kiểm tra", "Hãy chọn kết luận" })
        {
            bad.ShouldContain(expected);
        }

        (await ProblemAsync(await officer.PutAsJsonAsync(url, new ConclusionInput(today, "Đạt", InspectionConclusion.Compliant, true, RevocationGround.MarkMisused, inspection.Version), Json.Options)))
            .ShouldContain("Chỉ đề nghị thu hồi khi kết luận là vi phạm");
        (await ProblemAsync(await officer.PutAsJsonAsync(url, new ConclusionInput(today, "Nhãn sai", InspectionConclusion.Violation, true, null, inspection.Version), Json.Options)))
            .ShouldContain("Đề nghị thu hồi cần nêu căn cứ");
        (await officer.PutAsJsonAsync(url, new ConclusionInput(today, "x", InspectionConclusion.Compliant, false, null, inspection.Version + 7), Json.Options))
            .StatusCode.ShouldBe(HttpStatusCode.Conflict);
        const string Findings = "Bao bì in nhãn OCOP 5 sao trong khi sản phẩm được công nhận 4 sao.";
        var concluded = await officer.PutAsJsonAsync(url, new ConclusionInput(today, Findings, InspectionConclusion.Violation, true, RevocationGround.MarkMisused, inspection.Version), Json.Options);
        concluded.StatusCode.ShouldBe(HttpStatusCode.OK, await concluded.Content.ReadAsStringAsync());
        inspection = (await concluded.Content.ReadFromJsonAsync<InspectionDetails>(Json.Options))!;
        (inspection.Conclusion, inspection.ProposedGround, inspection.RevokeBy).ShouldBe((InspectionConclusion.Violation, RevocationGround.MarkMisused, today.AddDays(15)));
        (await ProblemAsync(await officer.PutAsJsonAsync(url, new ConclusionInput(today, "Lần hai", InspectionConclusion.Compliant, false, null, inspection.Version), Json.Options)))
            .ShouldContain("đã có kết luận");

        // The minutes and a photo are filed with it; the producer reads them, another province does not.
        using var form = new MultipartFormDataContent { { new StringContent("Biên bản kiểm tra"), "title" }, { new ByteArrayContent(Dossiers.Pdf), "file", "bien-ban.pdf" } };
        (await officer.PostAsync($"/api/v1/inspections/{inspection.Id}/documents", form)).StatusCode.ShouldBe(HttpStatusCode.Created);
        (await applicant.Producer.GetFromJsonAsync<List<AttachmentItem>>($"/api/v1/inspections/{inspection.Id}/documents", Json.Options))!.Single().Title.ShouldBe("Biên bản kiểm tra");
        (await hcm.GetAsync($"/api/v1/inspections/{inspection.Id}/documents")).StatusCode.ShouldBe(HttpStatusCode.NotFound);

        // The certificate's page carries the proposal and starts the revocation from it.
        var page = await officer.GetStringAsync($"/admin/certificates/{certificate.Id}");
        page.ShouldContain("data-testid=\"revocation-proposal\"");
        page.ShouldContain("<option value=\"MarkMisused\" selected=\"selected\">");
        page.ShouldContain(Findings);
        var summary = (await officer.GetFromJsonAsync<InspectionSummary>("/api/v1/inspections/summary", Json.Options))!;
        summary.ShouldBe(new InspectionSummary(today.Year, 1, 1, 0, 1, 0, 0, 1, 1, 0));

        var revoked = await officer.PostAsJsonAsync($"/api/v1/certificates/{certificate.Id}/revoke",
            new RevokeInput(Findings, today, certificate.Version, RevocationGround.MarkMisused, "90/QĐ-UBND", "Phó Chủ tịch Trần Văn Ký"), Json.Options);
        revoked.StatusCode.ShouldBe(HttpStatusCode.OK, await revoked.Content.ReadAsStringAsync());
        (await officer.GetFromJsonAsync<InspectionDetails>($"/api/v1/inspections/{inspection.Id}", Json.Options))!.CertificateRevokedOn.ShouldBe(today);
        (await officer.GetFromJsonAsync<InspectionSummary>("/api/v1/inspections/summary", Json.Options))!.Revoked.ShouldBe(1);
        (await officer.GetStringAsync($"/admin/certificates/{certificate.Id}")).ShouldNotContain("data-testid=\"revocation-proposal\"");

        // The programme's metrics count the plan and what it found.
        var metrics = (await officer.GetFromJsonAsync<List<MetricValue>>("/api/v1/programme/metrics", Json.Options))!.ToDictionary(m => m.Key, m => m.Value);
        (metrics["inspections.planned"], metrics["inspections.done"], metrics["inspections.violations"]).ShouldBe((1m, 1m, 1m));
        var hcmMetrics = (await hcm.GetFromJsonAsync<List<MetricValue>>("/api/v1/programme/metrics", Json.Options))!.ToDictionary(m => m.Key, m => m.Value);
        hcmMetrics["inspections.planned"].ShouldBe(0m);
    }
}
