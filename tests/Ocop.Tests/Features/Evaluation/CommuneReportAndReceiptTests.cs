using System.Net;
using System.Net.Http.Json;
using Ocop.Web.Features.Accounts;
using Ocop.Web.Features.Attachments;
using Ocop.Web.Features.Evaluation.Advisory;
using Ocop.Web.Features.Evaluation.Batches;
using Ocop.Web.Features.Evaluation.Dossiers;
using Ocop.Web.Infrastructure;
using static Ocop.Tests.Features.Registry;

namespace Ocop.Tests.Features.Evaluation;

/// <summary>
/// 26/2026 Điều 7.2–7.3: the commune takes a dossier in with its written report (Mẫu 03) and forwards it; the province's OCOP
/// office checks it and receives it or asks for it to be completed; the advisory group records its reviews, field surveys
/// (with photos) and quality-test requests before the council scores.
/// </summary>
public sealed class CommuneReportAndReceiptTests
{
    [Theory]
    [ClassData(typeof(Engines))]
    public async Task Commune_ReportsOnTheFourPoints_AndForwards_ProvinceReceivesOrAsksToComplete(Engine engine)
    {
        await using var app = await OcopApp.StartAsync(engine);
        var applicant = await Dossiers.ApplicantAsync(app);
        var filed = await Dossiers.SubmittedAsync(app, applicant);
        filed.ReportRule!.Form.ShouldBe("Mẫu số 03 Phụ lục III");
        var commune = await app.SignInAsync(new NewAccount($"xa{Guid.NewGuid():N}@test.vn", Roles.CommuneOfficer, ProvinceCode: LamDong, CommuneCode: PhuThuy));
        var filedOn = VietnamTime.ToDate(filed.SubmittedAt!.Value);
        var checks = filed.IntakeChecks.ToDictionary(c => c.Code, _ => true);

        // No report, then a report with holes: each refusal names what is missing, and nothing is kept.
        (await RefusedAsync(await ActAsync(commune, filed, checks, null))).ShouldContain("Hãy lập báo cáo đánh giá của UBND cấp xã (Mẫu 03)");
        var holes = new CommuneReportInput(new string('9', 51), filedOn.AddDays(-1), " ",
            new Dictionary<string, string> { ["local-origin"] = "Nguyên liệu cá cơm mua của ngư dân xã Phú Thủy.", ["local-labour"] = "  " });
        var refused = await RefusedAsync(await ActAsync(commune, filed, checks, holes));
        refused.ShouldContain($"Ngày báo cáo không được trước ngày nộp hồ sơ ({VietnamTime.Format(filedOn)})");
        refused.ShouldContain("Hãy nhập người ký báo cáo");
        refused.ShouldContain("Số báo cáo tối đa 50 ký tự");
        refused.ShouldContain("Hãy ghi nhận xét, đánh giá của xã về: Sử dụng lao động địa phương");
        refused.ShouldContain("Hãy ghi nhận xét, đánh giá của xã về: Bản sắc, trí tuệ địa phương");
        refused.ShouldNotContain("Nguồn gốc sản phẩm, nguyên liệu địa phương");
        (await RefusedAsync(await ActAsync(commune, filed, checks, Dossiers.Report(filed, VietnamTime.Today(app.Clock).AddDays(1)))))
            .ShouldContain("Ngày báo cáo không được ở tương lai");
        (await commune.GetFromJsonAsync<DossierDetails>($"/api/v1/dossiers/{filed.Id}", Json.Options))!.Status.ShouldBe(DossierStatus.Submitted);

        // The report kept as written; the dossier waits for the province. The commune cannot receive it for the province.
        var forwarded = await Dossiers.ActAsync(commune, filed.Id, DossierAction.Accept, filed.Version, report: Dossiers.Report(filed, filedOn));
        forwarded.Status.ShouldBe(DossierStatus.Forwarded);
        forwarded.Report.ShouldBe(new CommuneReport("12/BC-UBND", filedOn, "Chủ tịch UBND xã", forwarded.Report!.Findings));
        forwarded.IntakeChecks.Single(c => c.Code == "local-labour").Finding.ShouldBe("Xã xác nhận: sử dụng lao động địa phương đạt yêu cầu.");
        forwarded.ReceiptBasis.ShouldBe("Điều 7.3a Quyết định 26/2026/QĐ-TTg");
        await Dossiers.ActAsync(commune, filed.Id, DossierAction.Receive, forwarded.Version, expected: HttpStatusCode.BadRequest);
        await Dossiers.ActAsync(applicant.Producer, filed.Id, DossierAction.Receive, forwarded.Version, expected: HttpStatusCode.BadRequest);
        var page = await applicant.Officer.GetStringAsync($"/admin/dossiers/{filed.Id}");
        page.ShouldContain("chờ cơ quan tham mưu OCOP cấp tỉnh kiểm tra");
        page.ShouldContain("Báo cáo số 12/BC-UBND");
        page.ShouldContain("Đề nghị hoàn thiện hồ sơ");
        (await commune.GetStringAsync($"/admin/dossiers/{filed.Id}")).ShouldNotContain("Tiếp nhận tại tỉnh");

        // A forwarded dossier cannot join a batch before the province receives it.
        var batch = await CreateBatchAsync(applicant.Officer);
        (await applicant.Officer.GetFromJsonAsync<List<AssignableDossier>>($"/api/v1/batches/{batch.Id}/assignable", Json.Options))!
            .ShouldNotContain(d => d.Id == filed.Id);

        // The province asks for the dossier to be completed (a reason is required); the producer completes and files again.
        await Dossiers.ActAsync(applicant.Officer, filed.Id, DossierAction.RequestCompletion, forwarded.Version, expected: HttpStatusCode.BadRequest);
        var returned = await Dossiers.ActAsync(applicant.Officer, filed.Id, DossierAction.RequestCompletion, forwarded.Version, "Bổ sung phiếu kiểm nghiệm còn hiệu lực.");
        returned.Status.ShouldBe(DossierStatus.Returned);
        var again = await Dossiers.ActAsync(applicant.Producer, filed.Id, DossierAction.Submit, returned.Version);
        again.SubmittedAt.ShouldBe(filed.SubmittedAt);
        var forwardedAgain = await Dossiers.ActAsync(commune, filed.Id, DossierAction.Accept, again.Version);
        var received = await Dossiers.ActAsync(applicant.Officer, filed.Id, DossierAction.Receive, forwardedAgain.Version);
        received.Status.ShouldBe(DossierStatus.Accepted);
        received.Events.Select(e => e.ToStatus).ShouldBe([
            DossierStatus.Draft, DossierStatus.Submitted, DossierStatus.Forwarded, DossierStatus.Returned, DossierStatus.Submitted, DossierStatus.Forwarded, DossierStatus.Accepted]);
        (await applicant.Officer.GetFromJsonAsync<List<AssignableDossier>>($"/api/v1/batches/{batch.Id}/assignable", Json.Options))!
            .ShouldContain(d => d.Id == filed.Id);
    }

    [Theory]
    [ClassData(typeof(Engines))]
    public async Task AdvisoryGroup_RecordsReviewsAndFieldSurveysWithPhotos_ForTheProvincesDossiersBeforeTheCouncil(Engine engine)
    {
        await using var app = await OcopApp.StartAsync(engine);
        var applicant = await Dossiers.ApplicantAsync(app);
        var filed = await Dossiers.SubmittedAsync(app, applicant);
        var today = VietnamTime.Today(app.Clock);
        var survey = new AdvisoryInput(AdvisoryRecordKind.FieldSurvey, today, "Nguyễn Văn A (Sở NN&MT)\nTrần Thị B (Sở Y tế)", "Xưởng chế biến, thôn 3, xã Phú Thủy",
            "Nhà xưởng đạt điều kiện an toàn thực phẩm; vùng nguyên liệu đúng như hồ sơ.");

        // Before the commune forwards the dossier, the advisory group has nothing to do with it.
        (await RefusedAsync(await applicant.Officer.PostAsJsonAsync($"/api/v1/dossiers/{filed.Id}/advisory", survey, Json.Options)))
            .ShouldContain("chỉ làm việc với hồ sơ xã đã chuyển tỉnh");
        var forwarded = await Dossiers.ActAsync(applicant.Officer, filed.Id, DossierAction.Accept, filed.Version);

        // Field by field; a field survey needs its place.
        var blank = await RefusedAsync(await applicant.Officer.PostAsJsonAsync($"/api/v1/dossiers/{filed.Id}/advisory",
            new AdvisoryInput(AdvisoryRecordKind.FieldSurvey, today.AddDays(1), " ", null, ""), Json.Options));
        blank.ShouldContain("Ngày không được ở tương lai");
        blank.ShouldContain("Hãy nhập thành phần tham gia");
        blank.ShouldContain("Khảo sát thực tế cần địa điểm");
        blank.ShouldContain("Hãy nhập kết quả");
        (await RefusedAsync(await applicant.Officer.PostAsJsonAsync($"/api/v1/dossiers/{filed.Id}/advisory",
            survey with { Kind = null, On = null }, Json.Options))).ShouldContain("Hãy chọn nội dung công việc");

        // Commune officers, producers and other provinces do not record; other provinces do not even see the dossier.
        var commune = await app.SignInAsync(new NewAccount($"xa{Guid.NewGuid():N}@test.vn", Roles.CommuneOfficer, ProvinceCode: LamDong, CommuneCode: PhuThuy));
        (await RefusedAsync(await commune.PostAsJsonAsync($"/api/v1/dossiers/{filed.Id}/advisory", survey, Json.Options))).ShouldContain("Chỉ cơ quan tham mưu OCOP cấp tỉnh");
        (await RefusedAsync(await applicant.Producer.PostAsJsonAsync($"/api/v1/dossiers/{filed.Id}/advisory", survey, Json.Options))).ShouldContain("Chỉ cơ quan tham mưu OCOP cấp tỉnh");
        var hcm = await OfficerAsync(app, HoChiMinh);
        (await hcm.PostAsJsonAsync($"/api/v1/dossiers/{filed.Id}/advisory", survey, Json.Options)).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await hcm.GetAsync($"/api/v1/dossiers/{filed.Id}/advisory")).StatusCode.ShouldBe(HttpStatusCode.NotFound);

        var created = await applicant.Officer.PostAsJsonAsync($"/api/v1/dossiers/{filed.Id}/advisory", survey, Json.Options);
        created.StatusCode.ShouldBe(HttpStatusCode.Created, await created.Content.ReadAsStringAsync());
        var record = (await created.Content.ReadFromJsonAsync<AdvisoryItem>(Json.Options))!;
        (record.Kind, record.Level, record.Place).ShouldBe((AdvisoryRecordKind.FieldSurvey, Ocop.Web.Features.Evaluation.Criteria.GovernmentLevel.Province, survey.Place));

        // A photo of the site: the group's officers file it; the producer and the commune read it; a stranger cannot file one.
        using (var photo = new MultipartFormDataContent { { new StringContent("Ảnh nhà xưởng"), "title" }, { new ByteArrayContent(Products.ProductApiTests.Png), "file", "nha-xuong.png" } })
        {
            (await commune.PostAsync($"/api/v1/advisory-records/{record.Id}/files", photo)).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        }

        using (var photo = new MultipartFormDataContent { { new StringContent("Ảnh nhà xưởng"), "title" }, { new ByteArrayContent(Products.ProductApiTests.Png), "file", "nha-xuong.png" } })
        {
            (await applicant.Officer.PostAsync($"/api/v1/advisory-records/{record.Id}/files", photo)).StatusCode.ShouldBe(HttpStatusCode.Created);
        }

        var seen = (await applicant.Producer.GetFromJsonAsync<List<AdvisoryItem>>($"/api/v1/dossiers/{filed.Id}/advisory", Json.Options))!.Single();
        seen.Files.Single().ShouldBe(new AttachmentItem(seen.Files[0].Id, "Ảnh nhà xưởng", "nha-xuong.png", "image/png", seen.Files[0].Length, seen.Files[0].UploadedAt));
        (await commune.GetAsync($"/api/v1/attachments/{seen.Files[0].Id}")).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await hcm.GetAsync($"/api/v1/attachments/{seen.Files[0].Id}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);

        // A quality-test request once the province received the dossier; the page shows both in order.
        await Dossiers.ActAsync(applicant.Officer, filed.Id, DossierAction.Receive, forwarded.Version);
        (await applicant.Officer.PostAsJsonAsync($"/api/v1/dossiers/{filed.Id}/advisory", new AdvisoryInput(AdvisoryRecordKind.QualityTestRequest, today, "Tổ tư vấn", null,
            "Bổ sung kết quả kiểm nghiệm chỉ tiêu histamin tại phòng thử nghiệm độc lập."), Json.Options)).StatusCode.ShouldBe(HttpStatusCode.Created);
        var page = await applicant.Officer.GetStringAsync($"/admin/dossiers/{filed.Id}");
        page.IndexOf("Khảo sát thực tế tại cơ sở", StringComparison.Ordinal).ShouldBeLessThan(page.IndexOf("Đề nghị bổ sung kết quả kiểm nghiệm", StringComparison.Ordinal));
        page.ShouldContain("Ảnh nhà xưởng");
    }

    private static Task<HttpResponseMessage> ActAsync(HttpClient client, DossierDetails dossier, Dictionary<string, bool> checks, CommuneReportInput? report) =>
        client.PostAsJsonAsync($"/api/v1/dossiers/{dossier.Id}/actions", new DossierActionInput(DossierAction.Accept, null, dossier.Version, checks, report), Json.Options);

    private static async Task<BatchDetails> CreateBatchAsync(HttpClient officer)
    {
        var created = await officer.PostAsJsonAsync("/api/v1/batches",
            new BatchInput("Đợt 2 năm 2026", 2026, new DateOnly(2026, 11, 1), new DateOnly(2026, 12, 15), "Tổ tư vấn"), Json.Options);
        created.StatusCode.ShouldBe(HttpStatusCode.Created, await created.Content.ReadAsStringAsync());
        return (await created.Content.ReadFromJsonAsync<BatchDetails>(Json.Options))!;
    }
}
