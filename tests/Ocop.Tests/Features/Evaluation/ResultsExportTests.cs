using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using Ocop.Web.Features.Evaluation.Batches;
using Ocop.Web.Infrastructure;

namespace Ocop.Tests.Features.Evaluation;

/// <summary>The results list of a closed round as Excel and PDF, for the batch's officers and its council only.</summary>
public sealed class ResultsExportTests
{
    [Theory]
    [ClassData(typeof(Engines))]
    public async Task ClosedRound_ExportsTheResultsList_AsExcelAndPdf(Engine engine)
    {
        await using var app = await OcopApp.StartAsync(engine);
        var round = await Round.StartAsync(app);
        var xlsxUrl = $"/api/v1/batches/{round.Batch.Id}/results/xlsx";

        // An open round has no results list yet: a clear 409 for the officer, nothing for the council.
        var early = await round.Applicant.Officer.GetAsync(xlsxUrl);
        early.StatusCode.ShouldBe(HttpStatusCode.Conflict);
        (await early.Content.ReadAsStringAsync()).ShouldContain("thư ký hội đồng cần kết thúc vòng chấm");
        (await round.Chair.GetAsync($"/api/v1/council/batches/{round.Batch.Id}/results/pdf")).StatusCode.ShouldBe(HttpStatusCode.NotFound);

        // Five of the seven score (a quorum); the list has a column for each member who scored, none for the absent.
        const int Scorers = 5;
        foreach (var (member, lowered) in round.Council.Take(Scorers).Zip([0, 1, 2, 0, 1]))
        {
            (await round.SaveAsync(member, round.Answers(lowered), submit: true)).StatusCode.ShouldBe(HttpStatusCode.OK);
        }

        var closed = await round.Secretary.PostAsync($"/api/v1/council/batches/{round.Batch.Id}/close", null);
        closed.StatusCode.ShouldBe(HttpStatusCode.OK, await closed.Content.ReadAsStringAsync());
        var entry = (await closed.Content.ReadFromJsonAsync<BatchDetails>(Json.Options))!.Entries.Single();
        var average = entry.Average!.Value.ToString("0.00", CultureInfo.InvariantCulture);

        var xlsx = await round.Applicant.Officer.GetAsync(xlsxUrl);
        xlsx.StatusCode.ShouldBe(HttpStatusCode.OK, await xlsx.Content.ReadAsStringAsync());
        xlsx.Content.Headers.ContentType!.MediaType.ShouldBe(Xlsx.ContentType);
        var sheet = Xlsx.ReadFirstSheet(await xlsx.Content.ReadAsStreamAsync());
        sheet[0][0].ShouldBe("ỦY BAN NHÂN DÂN TỈNH LÂM ĐỒNG");
        sheet[3][0].ShouldBe("DANH SÁCH KẾT QUẢ ĐÁNH GIÁ, PHÂN HẠNG SẢN PHẨM OCOP");
        var header = sheet[BatchResultsExcel.HeaderRow];
        header.ShouldContain("Điểm trung bình");
        header.Count(h => h.StartsWith("Điểm của ", StringComparison.Ordinal)).ShouldBe(Scorers);
        var row = sheet[BatchResultsExcel.HeaderRow + 1];
        row[1].ShouldBe("Nước mắm Cá Đen");
        row[2].ShouldStartWith("Công ty ");
        row[3].ShouldEndWith("Lâm Đồng");
        row.Skip(5).Take(Scorers).Select(int.Parse).Order().ShouldBe(entry.MemberTotals.Select(m => m.Total).Order());
        decimal.Parse(row[5 + Scorers], CultureInfo.InvariantCulture).ShouldBe(entry.Average.Value);
        row[6 + Scorers].ShouldBe(entry.Spread.ToString());
        row[7 + Scorers].ShouldBe($"{entry.Stars} sao");

        var pdf = await round.Applicant.Officer.GetAsync($"/api/v1/batches/{round.Batch.Id}/results/pdf");
        pdf.StatusCode.ShouldBe(HttpStatusCode.OK);
        pdf.Content.Headers.ContentType!.MediaType.ShouldBe("application/pdf");
        var text = await PdfText.ExtractAsync(await pdf.Content.ReadAsByteArrayAsync());
        text.ShouldContain("DANH SÁCH KẾT QUẢ ĐÁNH GIÁ, PHÂN HẠNG SẢN PHẨM OCOP");
        text.ShouldContain("Nước mắm Cá Đen");
        text.ShouldContain(average);
        text.ShouldContain("CHỦ TỊCH HỘI ĐỒNG");

        // The council reads the same list once closed; nobody else does.
        (await round.Member.GetAsync($"/api/v1/council/batches/{round.Batch.Id}/results/xlsx")).StatusCode.ShouldBe(HttpStatusCode.OK);
        var outsider = await Round.CouncilMemberAsync(app, $"outsider{Guid.NewGuid():N}@test.vn");
        (await outsider.GetAsync($"/api/v1/council/batches/{round.Batch.Id}/results/pdf")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        var otherProvince = await Registry.OfficerAsync(app, Registry.HoChiMinh);
        (await otherProvince.GetAsync(xlsxUrl)).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await round.Applicant.Producer.GetAsync(xlsxUrl)).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await app.CreateClient().GetAsync(xlsxUrl)).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task LongList_RunsOverPages_WithTheHeaderRepeated()
    {
        var rows = Enumerable.Range(1, 60).Select(i => new BatchResultsRow(
            i, $"Sản phẩm số {i} có tên rất dài để phải xuống dòng trong ô của bảng kết quả", "Hợp tác xã Nông nghiệp Đức Trọng", "Xã Phú Thủy, Tỉnh Lâm Đồng",
            "Nước mắm", [80, 82, 84], 82m, 4, 4, i % 10 == 0 ? "Điểm giữa các thành viên chênh lệch lớn: cần thảo luận" : "")).ToList();
        var report = new BatchResultsReport("ỦY BAN NHÂN DÂN TỈNH LÂM ĐỒNG", "HỘI ĐỒNG", "DANH SÁCH KẾT QUẢ", "Đợt 1", ["Chủ tịch", "Thư ký", "Thành viên"], rows, "Kết thúc vòng chấm.");

        var text = await PdfText.ExtractAsync(BatchResultsPdf.Render(report));

        var pages = text.Split('\f', StringSplitOptions.RemoveEmptyEntries);
        pages.Length.ShouldBeGreaterThan(2);
        pages.ShouldAllBe(p => p.Contains("Tên sản phẩm"));
        text.ShouldContain("Sản phẩm số 60");
        text.ShouldContain("THƯ KÝ HỘI ĐỒNG");
    }
}
