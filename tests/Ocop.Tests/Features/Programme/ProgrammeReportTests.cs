using System.Net;
using System.Net.Http.Json;
using Ocop.Web.Features.Programme;
using Ocop.Web.Infrastructure;

namespace Ocop.Tests.Features.Programme;

/// <summary>The year's programme report as a workbook (read back by LibreOffice) and a PDF (read back by pdftotext), against <see cref="ProgrammeData"/>.</summary>
public sealed class ProgrammeReportTests
{
    [Theory]
    [ClassData(typeof(Engines))]
    public async Task Report_SaysWhatTheDashboardSays_InExcelAndPdf(Engine engine)
    {
        await using var app = await OcopApp.StartAsync(engine);
        var data = await ProgrammeData.SeedAsync(app);
        var year = ProgrammeData.Today.Year;
        (await data.Officer.PostAsJsonAsync("/api/v1/programme/targets",
            new TargetInput { MetricKey = "products.certified", Kind = TargetKind.Minimum, Value = 161, Year = year, Title = "161 sản phẩm" }, Json.Options)).StatusCode.ShouldBe(HttpStatusCode.Created);
        (await data.Officer.PostAsJsonAsync("/api/v1/programme/targets",
            new TargetInput { MetricKey = "products.fiveStar", Kind = TargetKind.Minimum, Value = 1, Year = year }, Json.Options)).StatusCode.ShouldBe(HttpStatusCode.Created);

        var xlsx = await data.Officer.GetAsync("/api/v1/programme/report.xlsx");
        xlsx.StatusCode.ShouldBe(HttpStatusCode.OK);
        xlsx.Content.Headers.ContentType!.MediaType.ShouldBe(Xlsx.ContentType);
        var sheet = (await LibreOffice.SheetsAsync(await xlsx.Content.ReadAsByteArrayAsync()))["Bao cao"];
        sheet[0][0].ShouldBe($"BÁO CÁO KẾT QUẢ THỰC HIỆN CHƯƠNG TRÌNH OCOP NĂM {year} — TỈNH LÂM ĐỒNG");
        sheet[1][..2].ShouldBe(["Số liệu đến ngày", VietnamTime.Format(ProgrammeData.Today)]);
        var rated = sheet.Single(r => r[0] == "Sản phẩm OCOP còn hiệu lực" && r[1] == "Toàn tỉnh");
        (rated[3], rated[4], rated[6], rated[7]).ShouldBe(("tối thiểu 161", "4", "2", "Có nguy cơ"));
        sheet.Single(r => r[0] == "Sản phẩm 5 sao" && r[1] == "Toàn tỉnh")[7].ShouldBe("Đã đạt");
        sheet.ShouldContain(r => r[0] == "Đạt 1/2 chỉ tiêu");
        sheet.Single(r => r[0] == "Tổng cộng")[1..5].ShouldBe(["1", "2", "1", "4"]); // by group: 3★ A, 4★ B and C, 5★ D

        var pdf = await data.Officer.GetAsync("/api/v1/programme/report.pdf");
        pdf.Content.Headers.ContentType!.MediaType.ShouldBe("application/pdf");
        var text = await PdfText.ExtractAsync(await pdf.Content.ReadAsByteArrayAsync());
        text.ShouldContain("BÁO CÁO KẾT QUẢ THỰC HIỆN CHƯƠNG TRÌNH OCOP NĂM");
        text.ShouldContain("Sản phẩm OCOP còn hiệu lực");
        text.ShouldContain("Có nguy cơ");
        text.ShouldContain("Đạt 1/2 chỉ tiêu.");
        text.ShouldContain("THỦ TRƯỞNG ĐƠN VỊ");

        (await data.HcmOfficer.GetAsync($"/api/v1/programme/report.pdf?province={Registry.LamDong}")).StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await data.Officer.GetAsync("/api/v1/programme/report.doc")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }
}
