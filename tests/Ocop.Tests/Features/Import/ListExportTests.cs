using System.Globalization;
using System.Net;
using System.Text;
using Ocop.Tests.Features.Integration;
using Ocop.Tests.Features.Programme;
using Ocop.Web.Features.Import;
using Ocop.Web.Infrastructure;

namespace Ocop.Tests.Features.Import;

/// <summary>
/// Producers and certificates as their own formatted lists, over the hand-counted Lâm Đồng history of
/// <see cref="ProgrammeData"/>: read back through LibreOffice (the workbooks) and as text (the CSV).
/// </summary>
public sealed class ListExportTests
{
    private static readonly string Today = VietnamTime.Format(ProgrammeData.Today);

    private static string[] CsvLines(byte[] bytes)
    {
        bytes.Take(3).ShouldBe(Encoding.UTF8.GetPreamble());
        return Encoding.UTF8.GetString(bytes, 3, bytes.Length - 3).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
    }

    [Theory]
    [ClassData(typeof(Engines))]
    public async Task Producers_ListedWithTheirProductsAndRatings_TotalsAndSummary(Engine engine)
    {
        await using var app = await OcopApp.StartAsync(engine);
        var data = await ProgrammeData.SeedAsync(app);

        var sheets = await LibreOffice.SheetsAsync(await data.Officer.GetByteArrayAsync("/api/v1/exports/producers.xlsx"));

        var list = sheets["Chủ thể"];
        list[0].ShouldBe(ProducerExport.Headers);
        list.Count.ShouldBe(1 + 4 + 1, "header, four producers, totals");
        var coop = list.Single(r => r[0] == "HTX Thanh long Hàm Thuận");
        (coop[1], coop[5], coop[8], coop[11], coop[12], coop[13]).ShouldBe(("Hợp tác xã", "Phường Phú Thủy", "Hoạt động", "3", "3", Today));
        var household = list.Single(r => r[0] == "Hộ kinh doanh Bánh tráng Phú Thủy");
        (household[1], household[11], household[12]).ShouldBe(("Hộ sản xuất", "2", "0"), "E lapsed yesterday, F was never rated");
        var suspended = list.Single(r => r[0] == "Hộ kinh doanh tạm ngừng");
        (suspended[8], suspended[11], suspended[12]).ShouldBe(("Tạm ngừng", "0", "0"));
        var enterprise = list.Single(r => r[1] == "Doanh nghiệp");
        (enterprise[11], enterprise[12]).ShouldBe(("1", "1"));
        list[^1][0].ShouldBe("Tổng cộng: 4 chủ thể");
        (list[^1][11], list[^1][12]).ShouldBe(("6", "4"));
        list.ShouldAllBe(r => r[0] != "Công ty Bánh pía Sài Gòn", "another province's producer");

        var summary = sheets["Tổng hợp"];
        summary.Single(r => r[0] == "Hộ sản xuất")[1..4].ShouldBe(["2", "1", "0"]);
        summary.Single(r => r[0] == "Hợp tác xã")[1..4].ShouldBe(["1", "1", "1"]);
        summary.Single(r => r[0] == "Doanh nghiệp")[1..4].ShouldBe(["1", "1", "1"]);
        summary.Single(r => r[0] == "Tổng cộng")[1..4].ShouldBe(["4", "3", "2"]);
        summary.Single(r => r[0] == "Ngày xuất")[1].ShouldBe(Today);

        var csv = CsvLines(await data.Officer.GetByteArrayAsync("/api/v1/exports/producers.csv"));
        csv.Length.ShouldBe(1 + 4);
        csv[0].ShouldBe(string.Join(',', ProducerExport.Headers));
        csv.Single(l => l.StartsWith("HTX Thanh long Hàm Thuận,", StringComparison.Ordinal)).ShouldEndWith($",Hoạt động,,,3,3,{Today}");
    }

    [Theory]
    [ClassData(typeof(Engines))]
    public async Task Certificates_ListedWithStatus_TotalsAndSummary(Engine engine)
    {
        await using var app = await OcopApp.StartAsync(engine);
        var data = await ProgrammeData.SeedAsync(app);

        var sheets = await LibreOffice.SheetsAsync(await data.Officer.GetByteArrayAsync("/api/v1/exports/certificates.xlsx"));

        var list = sheets["Giấy chứng nhận"];
        list[0].ShouldBe(CertificateExport.Headers);
        list.Count.ShouldBe(1 + 1 + 1, "header, C's certificate, totals");
        var c = list[1];
        c[0].ShouldStartWith("68-");
        (c[3], c[5], c[6], c[9], c[11], c[12]).ShouldBe(("4", "15/QĐ-UBND", Today, Today, "Còn hiệu lực", ""));
        decimal.Parse(c[4], CultureInfo.InvariantCulture).ShouldBeInRange(70m, 84.99m, "4★ points, as a number");
        DateOnly.ParseExact(c[10], "dd/MM/yyyy", CultureInfo.InvariantCulture).ShouldBeGreaterThan(ProgrammeData.Today.AddMonths(35));
        list[^1][0].ShouldBe("Tổng cộng: 1 giấy chứng nhận");

        var summary = sheets["Tổng hợp"];
        summary.Single(r => r[0] == "Hạng")[1..].ShouldBe(["Còn hiệu lực", "Sắp hết hạn", "Hết hạn", "Đã thu hồi", "Tổng cộng"]);
        summary.Single(r => r[0] == "4 sao")[1..].ShouldBe(["1", "0", "0", "0", "1"]);
        summary.Single(r => r[0] == "Tổng cộng")[1..].ShouldBe(["1", "0", "0", "0", "1"]);

        CsvLines(await data.Officer.GetByteArrayAsync("/api/v1/exports/certificates.csv")).Length.ShouldBe(2);
        CsvLines(await data.Officer.GetByteArrayAsync("/api/v1/exports/certificates.csv?status=Revoked")).Length.ShouldBe(1, "one status only: none revoked");
    }

    [Fact]
    public async Task ListExports_StayInTheCallersArea()
    {
        await using var app = await OcopApp.StartAsync();
        var data = await ProgrammeData.SeedAsync(app);
        var national = await IntegrationTokens.NationalAdminAsync(app);

        CsvLines(await data.HcmOfficer.GetByteArrayAsync("/api/v1/exports/certificates.csv")).Length.ShouldBe(1, "no certificate in Hồ Chí Minh City");
        CsvLines(await data.HcmOfficer.GetByteArrayAsync("/api/v1/exports/producers.csv"))[1].ShouldStartWith("Công ty Bánh pía Sài Gòn,");
        foreach (var list in new[] { "producers", "certificates" })
        {
            (await data.HcmOfficer.GetAsync($"/api/v1/exports/{list}.xlsx?province={Registry.LamDong}")).StatusCode.ShouldBe(HttpStatusCode.BadRequest);
            (await national.GetAsync($"/api/v1/exports/{list}.csv")).StatusCode.ShouldBe(HttpStatusCode.BadRequest, "the national administrator names the province");
            (await app.CreateClient().GetAsync($"/api/v1/exports/{list}.csv")).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        }

        CsvLines(await national.GetByteArrayAsync($"/api/v1/exports/certificates.csv?province={Registry.LamDong}")).Length.ShouldBe(2);
        CsvLines(await national.GetByteArrayAsync($"/api/v1/exports/producers.csv?province={Registry.LamDong}")).Length.ShouldBe(5);
        var page = await data.Officer.GetStringAsync("/admin/certificates?status=Expired");
        page.ShouldContain("/api/v1/exports/certificates.xlsx?status=Expired");
        (await data.Officer.GetStringAsync("/admin/producers")).ShouldContain("/api/v1/exports/producers.xlsx");
    }
}
