using System.Net;
using Ocop.Web.Features.Accounts;
using Ocop.Web.Features.Evaluation.Dossiers;
using Ocop.Web.Infrastructure;
using static Ocop.Tests.Features.Registry;

namespace Ocop.Tests.Features.Evaluation;

/// <summary>26/2026 Phụ lục III: the registration form (Mẫu 01), self-assessment report (Mẫu 02) and commune report (Mẫu 03) printed from a dossier.</summary>
public sealed class DossierFormsTests
{
    [Theory]
    [ClassData(typeof(Engines))]
    public async Task Forms_CarryTheDossier_TheCommuneReportOnceWritten_OnlyForThoseWhoReadTheDossier(Engine engine)
    {
        await using var app = await OcopApp.StartAsync(engine);
        var applicant = await Dossiers.ApplicantAsync(app);
        var filed = await Dossiers.SubmittedAsync(app, applicant);

        var registration = await PdfText.ExtractAsync(await PdfAsync(applicant.Producer, filed.Id, 1));
        registration.ShouldContain("PHIẾU ĐĂNG KÝ");
        registration.ShouldContain("của tỉnh Lâm Đồng năm 2026");
        registration.ShouldContain("Nước mắm Cá Đen");
        registration.ShouldContain("Lần đầu [x]");
        registration.ShouldContain("Phương án/kế hoạch kinh doanh: tai-lieu.pdf");
        registration.ShouldContain($"{filed.Id}/PĐK-{LamDong}-{PhuThuy}-2026");

        var self = await PdfText.ExtractAsync(await PdfAsync(applicant.Producer, filed.Id, 2));
        self.ShouldContain("BÁO CÁO TỰ ĐÁNH GIÁ VỀ SẢN PHẨM");
        self.ShouldContain("Tổng điểm tự đánh giá: 100/100");
        self.ShouldContain("Tự đánh giá");

        // Mẫu 03 exists once the commune wrote its report; then it carries each assessment and who signed.
        (await RefusedAsync(await applicant.Officer.GetAsync($"/api/v1/dossiers/{filed.Id}/forms/3"))).ShouldContain("chưa lập báo cáo (Mẫu 03)");
        var report = Dossiers.Report(filed, VietnamTime.ToDate(filed.SubmittedAt!.Value)) with { Signer = "Phó Chủ tịch Lê Văn Xã" };
        await Dossiers.ActAsync(applicant.Officer, filed.Id, DossierAction.Accept, filed.Version, report: report);
        var commune = await PdfText.ExtractAsync(await PdfAsync(applicant.Officer, filed.Id, 3));
        commune.ShouldContain("Số: 12/BC-UBND");
        commune.ShouldContain("Đánh giá một số nội dung của hồ sơ đăng ký");
        commune.ShouldContain("2. Sử dụng lao động địa phương:");
        commune.ShouldContain("Xã xác nhận: sử dụng lao động địa phương đạt yêu cầu. (Đạt)");
        commune.ShouldContain("T.M ỦY BAN NHÂN DÂN PHƯỜNG PHÚ THỦY");
        commune.ShouldContain("Ủy ban nhân dân phường Phú Thủy đề nghị Ủy ban nhân dân tỉnh Lâm Đồng");
        commune.ShouldContain("Phó Chủ tịch Lê Văn Xã");

        // The same forms as Word documents officials edit: valid Office Open XML carrying the same text.
        foreach (var number in new[] { 1, 2, 3 })
        {
            var word = await applicant.Officer.GetAsync($"/api/v1/dossiers/{filed.Id}/forms/{number}?format=docx");
            word.StatusCode.ShouldBe(HttpStatusCode.OK, await word.Content.ReadAsStringAsync());
            word.Content.Headers.ContentDisposition!.FileNameStar.ShouldBe($"mau-{number:00}-ho-so-{filed.Id}.docx");
            using var document = DocumentFormat.OpenXml.Packaging.WordprocessingDocument.Open(new MemoryStream(await word.Content.ReadAsByteArrayAsync()), false);
            new DocumentFormat.OpenXml.Validation.OpenXmlValidator().Validate(document).Select(e => e.Description).ShouldBeEmpty();
            var text = document.MainDocumentPart!.Document.Body!.InnerText;
            text.ShouldContain(number switch { 1 => "PHIẾU ĐĂNG KÝ", 2 => "BÁO CÁO TỰ ĐÁNH GIÁ VỀ SẢN PHẨM", _ => "T.M ỦY BAN NHÂN DÂN PHƯỜNG PHÚ THỦY" });
        }

        (await RefusedAsync(await applicant.Officer.GetAsync($"/api/v1/dossiers/{filed.Id}/forms/3?format=odt"))).ShouldContain("pdf hoặc docx");
        (await applicant.Officer.GetAsync($"/api/v1/dossiers/{filed.Id}/forms/4")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        var hcm = await OfficerAsync(app, HoChiMinh);
        (await hcm.GetAsync($"/api/v1/dossiers/{filed.Id}/forms/1")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        var stranger = await app.SignInAsync(new NewAccount($"p{Guid.NewGuid():N}@test.vn", Roles.Producer, ProducerId: (await CreateProducerAsync(applicant.Officer, Producer("Hộ Lạ"))).Id));
        (await stranger.GetAsync($"/api/v1/dossiers/{filed.Id}/forms/3")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    private static async Task<byte[]> PdfAsync(HttpClient client, int id, int number)
    {
        var response = await client.GetAsync($"/api/v1/dossiers/{id}/forms/{number}");
        response.StatusCode.ShouldBe(HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        response.Content.Headers.ContentType!.MediaType.ShouldBe("application/pdf");
        return await response.Content.ReadAsByteArrayAsync();
    }
}
