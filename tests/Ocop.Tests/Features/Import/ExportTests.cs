using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Ocop.Tests.Features.Evaluation;
using Ocop.Web.Data;
using Ocop.Web.Features.Import;
using Ocop.Web.Infrastructure;

namespace Ocop.Tests.Features.Import;

/// <summary>Export, re-import, nothing changes; and the workbook opens in LibreOffice with the same values.</summary>
public sealed class ExportTests
{
    private static async Task<ImportSummary> UploadAsync(HttpClient officer, byte[] content, string fileName)
    {
        using var form = new MultipartFormDataContent();
        var file = new ByteArrayContent(content);
        file.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");
        form.Add(file, "file", fileName);
        var response = await officer.PostAsync("/api/v1/imports", form);
        response.StatusCode.ShouldBe(HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        return (await response.Content.ReadFromJsonAsync<ImportSummary>(Json.Options))!;
    }

    /// <summary>Every column of every producer and product, with its version: equal snapshots mean nothing was written.</summary>
    private static Task<List<string>> SnapshotAsync(OcopApp app) =>
        app.WithScopeAsync(async s =>
        {
            var db = s.GetRequiredService<OcopDbContext>();
            var producers = (await db.Producers.AsNoTracking().OrderBy(p => p.Id).ToListAsync())
                .Select(p => string.Join("|", p.Id, p.Name, p.Type, p.TaxCode, p.CommuneCode, p.AddressLine, p.Phone, p.OldUnitName, p.OldUnitCode, p.Version));
            var products = (await db.Products.AsNoTracking().OrderBy(p => p.Id).ToListAsync())
                .Select(p => string.Join("|", p.Id, p.ProducerId, p.Name, p.ProductSetId, p.Gtin, p.Stars, p.CertificateReference, p.LegacyValidUntil, p.Version));
            return producers.Concat(products).ToList();
        });

    private static async Task<HttpClient> SeedAsync(OcopApp app)
    {
        var certified = await Certified.ProductAsync(app); // a platform certificate issued today
        var officer = certified.Officer;
        var list = ImportFiles.Xlsx(
        [
            [1, "Mứt thanh long", "HTX Thanh long Hàm Minh", "Hợp tác xã", "3400123456", "Xã Hàm Minh", "148-09", "8930000000019", "4", "QĐ 1520/QĐ-UBND", "15/03/2024"],
            [2, "Rượu vang thanh long", "HTX Thanh long Hàm Minh", "Hợp tác xã", "3400123456", "Xã Hàm Minh", "148-09", null, "3", "QĐ 88/QĐ-UBND", "29/02/2024"],
            [3, "Bánh tráng mè", "Hộ kinh doanh Bảy Hòa", null, null, "Phường Phú Thủy", "148-09", null, null, null, null],
        ]);
        var preview = await UploadAsync(officer, list, "ds.xlsx");
        preview.CanImport.ShouldBeTrue(string.Join("; ", preview.Errors.Select(e => e.Message)));
        (await officer.PostAsync($"/api/v1/imports/{preview.Id}/commit", null)).StatusCode.ShouldBe(HttpStatusCode.OK);
        return officer;
    }

    [Theory]
    [ClassData(typeof(Engines))]
    public async Task ExportedList_ReimportsWithoutAnyChange(Engine engine)
    {
        await using var app = await OcopApp.StartAsync(engine);
        var officer = await SeedAsync(app);
        var before = await SnapshotAsync(app);
        before.Count.ShouldBe(3 + 4);

        foreach (var (url, name) in new[] { ("/api/v1/exports/products.xlsx", "export.xlsx"), ("/api/v1/exports/products.csv", "export.csv") })
        {
            var exported = await officer.GetAsync(url);
            exported.StatusCode.ShouldBe(HttpStatusCode.OK);
            var again = await UploadAsync(officer, await exported.Content.ReadAsByteArrayAsync(), name);
            (again.CanImport, again.ProducersCreated, again.ProducersUpdated, again.ProductsCreated, again.ProductsUpdated, again.Unchanged)
                .ShouldBe((true, 0, 0, 0, 0, 4), $"{name}: " + string.Join("; ", again.Errors.Select(e => $"{e.Row} {e.Message}")));
            (await officer.PostAsync($"/api/v1/imports/{again.Id}/commit", null)).StatusCode.ShouldBe(HttpStatusCode.OK);
            (await SnapshotAsync(app)).ShouldBe(before, name);
        }

        var hcm = await Registry.OfficerAsync(app, Registry.HoChiMinh);
        var other = await hcm.GetAsync("/api/v1/exports/products.csv");
        (await other.Content.ReadAsStringAsync()).Split("\r\n", StringSplitOptions.RemoveEmptyEntries).Length.ShouldBe(1, "only the header: no Lâm Đồng product");
        (await hcm.GetAsync($"/api/v1/exports/products.xlsx?province={Registry.LamDong}")).StatusCode.ShouldBe(HttpStatusCode.BadRequest);
    }

    [Theory]
    [ClassData(typeof(Engines))]
    public async Task ExportedWorkbook_OpensInLibreOfficeWithTheSameValues(Engine engine)
    {
        await using var app = await OcopApp.StartAsync(engine);
        var officer = await SeedAsync(app);
        var sheets = await LibreOffice.SheetsAsync(await officer.GetByteArrayAsync("/api/v1/exports/products.xlsx"));

        var list = sheets["Sản phẩm"];
        list[0].ShouldBe([.. ImportFields.Headers.Values]);
        list.Count.ShouldBe(1 + 4);
        var jam = list.Single(r => r[6] == "Mứt thanh long");
        jam.ShouldBe(["HTX Thanh long Hàm Minh", "Hợp tác xã", "3400123456", "Xã Hàm Thuận Nam", "", "", "Mứt thanh long", "148-09", "08930000000019", "4", "QĐ 1520/QĐ-UBND", "15/03/2024"]);
        list.Single(r => r[6] == "Rượu vang thanh long")[11].ShouldBe("28/02/2024", "a 29 February rating lapses on 28 February three years on; the date is read back from that");
        var certified = list.Single(r => r[10].StartsWith("68-", StringComparison.Ordinal)); // the platform certificate's number and issue date
        (certified[9], certified[11]).ShouldBe(("4", VietnamTime.Format(VietnamTime.Today(TimeProvider.System))));
        list.Single(r => r[6] == "Bánh tráng mè")[9..].ShouldBe(["", "", ""]);

        var summary = sheets["Tổng hợp"];
        summary.Single(r => r[0] == "Tổng cộng")[1].ShouldBe("4");
        summary.Single(r => r[0] == "4 sao")[1].ShouldBe("2");
        summary.Single(r => r[0] == "Chưa xếp hạng")[1].ShouldBe("1");
        summary.Single(r => r[0] == "Ngày xuất")[1].ShouldBe(VietnamTime.Format(VietnamTime.Today(TimeProvider.System)));
    }
}
