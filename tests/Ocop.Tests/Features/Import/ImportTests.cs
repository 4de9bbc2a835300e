using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Ocop.Web.Data;
using Ocop.Web.Features.Import;
using Ocop.Web.Features.Producers;

namespace Ocop.Tests.Features.Import;

/// <summary>A province's list imported over HTTP: preview with row errors, all or nothing, re-import updates, bad files answered clearly.</summary>
public sealed class ImportTests
{
    private static async Task<HttpResponseMessage> UploadAsync(HttpClient officer, byte[] content, string fileName)
    {
        using var form = new MultipartFormDataContent();
        var file = new ByteArrayContent(content);
        file.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");
        form.Add(file, "file", fileName);
        return await officer.PostAsync("/api/v1/imports", form);
    }

    private static async Task<ImportSummary> UploadedAsync(HttpClient officer, byte[] content, string fileName = "danh-sach.xlsx")
    {
        var response = await UploadAsync(officer, content, fileName);
        response.StatusCode.ShouldBe(HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        return (await response.Content.ReadFromJsonAsync<ImportSummary>(Json.Options))!;
    }

    private static async Task<string> RefusedFileAsync(HttpClient officer, byte[] content, string fileName)
    {
        var response = await UploadAsync(officer, content, fileName);
        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        using var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        return problem.RootElement.GetProperty("errors").GetProperty("file")[0].GetString()!;
    }

    private static object?[] Row(int n, string product, string producer, string commune, string set = "148-09", string? type = null, string? tax = null, string? gtin = null, string? stars = null, string? number = null, string? date = null) =>
        [n, product, producer, type, tax, commune, set, gtin, stars, number, date];

    private static Task<(int Producers, int Products)> CountAsync(OcopApp app) =>
        app.WithScopeAsync(async s =>
        {
            var db = s.GetRequiredService<OcopDbContext>();
            return (await db.Producers.CountAsync(), await db.Products.CountAsync());
        });

    [Fact]
    public async Task AFileThatUnpacksToMegabytes_IsRefusedUnread_AndLongCellsAreQuotedShort()
    {
        await using var app = await OcopApp.StartAsync();
        var officer = await Registry.OfficerAsync(app, Registry.LamDong);

        // One 45 MB cell compresses to a few dozen kilobytes: refused from the archive's own sizes, before any XML is read.
        var bomb = ImportFiles.Xlsx([Row(1, new string('A', 45 * 1024 * 1024), "Công ty TNHH Cá Đen", "Phường Phú Thủy")]);
        bomb.Length.ShouldBeLessThan(300_000);
        var refused = await UploadAsync(officer, bomb, "bom.xlsx");
        var body = await Registry.RefusedAsync(refused);
        body.ShouldContain("giải nén ra quá lớn");
        body.Length.ShouldBeLessThan(2_000);

        // A long wrong cell is named in the error by its first characters only.
        var longCommune = "Xã " + new string('x', 20_000);
        var preview = await UploadedAsync(officer, ImportFiles.Xlsx([Row(1, "Nước mắm Cá Đen", "Công ty TNHH Cá Đen", longCommune)]));
        var error = preview.Errors.Single(e => e.Field == "Commune");
        error.Value!.Length.ShouldBeLessThanOrEqualTo(41);
        error.Message.Length.ShouldBeLessThan(300);
    }

    [Theory]
    [ClassData(typeof(Engines))]
    public async Task AnImport_CommitsOnce_EvenWhenTwoCommitsRace(Engine engine)
    {
        await using var app = await OcopApp.StartAsync(engine);
        var officer = await Registry.OfficerAsync(app, Registry.LamDong);
        object?[][] rows = [.. Enumerable.Range(1, 10).Select(i => Row(i, $"Sản phẩm {i}", "Công ty TNHH Cá Đen", "Phường Phú Thủy", tax: "3400123456", gtin: null))];
        var preview = await UploadedAsync(officer, ImportFiles.Xlsx(rows));
        var second = await Registry.OfficerAsync(app, Registry.LamDong);

        var answers = await Task.WhenAll(officer.PostAsync($"/api/v1/imports/{preview.Id}/commit", null), second.PostAsync($"/api/v1/imports/{preview.Id}/commit", null));
        answers.Select(a => a.StatusCode).ShouldBe([HttpStatusCode.OK, HttpStatusCode.Conflict], ignoreOrder: true);
        (await CountAsync(app)).ShouldBe((1, 10), "every row once");
        (await officer.PostAsync($"/api/v1/imports/{preview.Id}/commit", null)).StatusCode.ShouldBe(HttpStatusCode.Conflict, "an imported list is not imported again");
        (await CountAsync(app)).ShouldBe((1, 10));
    }

    [Theory]
    [ClassData(typeof(Engines))]
    public async Task List_IsPreviewed_ImportedWhole_AndReimportedWithoutDuplicates(Engine engine)
    {
        await using var app = await OcopApp.StartAsync(engine);
        var officer = await Registry.OfficerAsync(app, Registry.LamDong);
        object?[][] rows =
        [
            Row(1, "Nước mắm Cá Đen", "Công ty TNHH Cá Đen", "Phường Phú Thủy", tax: "3400123456", gtin: "8930000000019", stars: "4 sao", number: "QĐ 1520/QĐ-UBND", date: "15/03/2024"),
            Row(2, "Mắm ruốc Cá Đen", "Công ty TNHH Cá Đen", "phu thuy", tax: "3400123456"),
            Row(3, "Thanh long ruột đỏ", "HTX Thanh long Hàm Minh", "Xã Hàm Minh", stars: "3", number: "QĐ 88/QĐ-UBND", date: "45123"),
            Row(4, "Bánh tráng mè", "Hộ kinh doanh Bảy Hòa", "Phường Phú Thủy", set: "148-09"),
        ];
        var preview = await UploadedAsync(officer, ImportFiles.Xlsx(rows, title: "DANH SÁCH SẢN PHẨM OCOP TỈNH BÌNH THUẬN"));
        (preview.HeaderRow, preview.CanImport, preview.ErrorCount).ShouldBe((2, true, 0), string.Join("; ", preview.Errors.Select(e => $"{e.Row} {e.Field} {e.Message}")));
        (preview.ProducersCreated, preview.ProductsCreated, preview.ProductsUpdated).ShouldBe((3, 4, 0));
        preview.Ignored.ShouldBe(["STT"]);
        (await CountAsync(app)).ShouldBe((0, 0), "a preview writes nothing");

        var imported = await officer.PostAsync($"/api/v1/imports/{preview.Id}/commit", null);
        imported.StatusCode.ShouldBe(HttpStatusCode.OK, await imported.Content.ReadAsStringAsync());
        (await CountAsync(app)).ShouldBe((3, 4));
        // Afterwards the batch says what it made, and offers nothing more to import (it used to offer "Nhập 4 dòng" again).
        var after = (await officer.GetFromJsonAsync<ImportSummary>($"/api/v1/imports/{preview.Id}", Json.Options))!;
        (after.Status, after.CanImport, after.ProducersCreated, after.ProductsCreated, after.ProductsUpdated).ShouldBe((ImportStatus.Imported, false, 3, 4, 0));
        after.ImportedAt.ShouldNotBeNull();
        var page = await officer.GetStringAsync($"/admin/import/{preview.Id}");
        page.ShouldContain("data-testid=\"import-result\"");
        page.ShouldContain("Sản phẩm: tạo mới 4, cập nhật 0, 0 không đổi");
        page.ShouldNotContain("data-testid=\"import-commit\"");
        var (fishSauce, dragonFruit, coop) = await app.WithScopeAsync(async s =>
        {
            var db = s.GetRequiredService<OcopDbContext>();
            return (await db.Products.SingleAsync(p => p.Gtin == "08930000000019"), await db.Products.SingleAsync(p => p.Name == "Thanh long ruột đỏ"),
                await db.Producers.SingleAsync(p => p.Name == "HTX Thanh long Hàm Minh"));
        });
        (fishSauce.Stars, fishSauce.CertificateReference, fishSauce.LegacyValidUntil).ShouldBe((4, "QĐ 1520/QĐ-UBND", new DateOnly(2027, 3, 15)));
        dragonFruit.LegacyValidUntil.ShouldBe(DateOnly.FromDateTime(DateTime.FromOADate(45123)).AddMonths(36), "an Excel date serial");
        // "Xã Hàm Minh" is a commune name from before July 2025: resolved to its successor, the old unit recorded.
        (coop.Type, coop.OldUnitName).ShouldBe((ProducerType.Cooperative, "Xã Hàm Minh"));
        coop.CommuneCode.ShouldNotBeNullOrEmpty();

        // The same file again: nothing new; with one change: that one row updates.
        var again = await UploadedAsync(officer, ImportFiles.Xlsx(rows, title: "DANH SÁCH SẢN PHẨM OCOP TỈNH BÌNH THUẬN"));
        (again.ProducersCreated, again.ProductsCreated, again.ProductsUpdated, again.Unchanged).ShouldBe((0, 0, 0, 4));
        rows[1] = Row(2, "Mắm ruốc Cá Đen", "Công ty TNHH Cá Đen", "Phường Phú Thủy", tax: "3400123456", stars: "3", number: "QĐ 9/QĐ-UBND", date: "01/06/2025");
        var changed = await UploadedAsync(officer, ImportFiles.Xlsx(rows));
        (changed.ProductsCreated, changed.ProductsUpdated, changed.Unchanged).ShouldBe((0, 1, 3));
        (await officer.PostAsync($"/api/v1/imports/{changed.Id}/commit", null)).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await CountAsync(app)).ShouldBe((3, 4));
    }

    [Theory]
    [ClassData(typeof(Engines))]
    public async Task RowErrors_AreListed_AndNothingIsImported(Engine engine)
    {
        await using var app = await OcopApp.StartAsync(engine);
        var officer = await Registry.OfficerAsync(app, Registry.LamDong);
        var preview = await UploadedAsync(officer, ImportFiles.Csv(
        [
            ["1", "Nước mắm Cá Đen", "Công ty TNHH Cá Đen", "", "12345", "Phường Phú Thủy", "148-09", "", "", "", ""],
            ["2", "Mứt thanh long", "HTX Hàm Đức", "", "", "Xã Không Có", "148-09", "", "", "", ""],
            ["3", "Rượu vang", "HTX Hàm Đức", "", "", "Phường Phú Thủy", "148-09", "8930000000018", "", "", ""],
            ["4", "Nước mắm Cá Đen", "Công ty TNHH Cá Đen", "", "", "Phường Phú Thủy", "148-09", "", "", "", ""],
            ["5", "Nước mắm Cá Đen", "Công ty TNHH Cá Đen", "", "", "Phường Phú Thủy", "148-09", "", "", "", ""],
            ["6", "Trà atiso", "Hộ Ba Lan", "", "", "Phường Phú Thủy", "148-09", "", "6", "", "ngày 3 tháng 5"],
        ]), "danh-sach.csv");
        preview.CanImport.ShouldBeFalse();
        var errors = preview.Errors.Select(e => (e.Row, e.Field, e.Message)).ToList();
        errors.ShouldContain((2, "TaxCode", "Mã số thuế phải gồm 10 hoặc 13 chữ số."));
        errors.ShouldContain((3, "Commune", "Không tìm thấy xã/phường “Xã Không Có” trong tỉnh (kể cả tên trước 1/7/2025)."));
        errors.ShouldContain((4, "Gtin", "Mã GTIN “8930000000018” không hợp lệ (8, 12, 13 hoặc 14 chữ số, số kiểm tra đúng)."));
        errors.ShouldContain((6, "ProductName", "Trùng với dòng 5."));
        errors.ShouldContain((7, "Stars", "Hạng sao “6” phải là 3, 4 hoặc 5."));
        errors.ShouldContain((7, "CertificateDate", "Ngày “ngày 3 tháng 5” không đọc được (ghi dạng 15/03/2023)."));

        var refused = await officer.PostAsync($"/api/v1/imports/{preview.Id}/commit", null);
        refused.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await refused.Content.ReadAsStringAsync()).ShouldContain("chưa nhập dòng nào");
        (await CountAsync(app)).ShouldBe((0, 0));
    }

    [Theory]
    [ClassData(typeof(Engines))]
    public async Task BadFiles_GetAClearAnswer(Engine engine)
    {
        await using var app = await OcopApp.StartAsync(engine);
        var officer = await Registry.OfficerAsync(app, Registry.LamDong);
        var good = ImportFiles.Xlsx([Row(1, "Nước mắm Cá Đen", "Công ty TNHH Cá Đen", "Phường Phú Thủy")]);

        (await RefusedFileAsync(officer, "%PDF-1.7\n"u8.ToArray().Concat(new byte[] { 0, 1, 2, 0xFF }).ToArray(), "danh-sach.xlsx")).ShouldBe("Tệp không phải bảng tính .xlsx hay .csv.");
        (await RefusedFileAsync(officer, [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1], "danh-sach.xls")).ShouldStartWith("Tệp Excel 97-2003 (.xls)");
        (await RefusedFileAsync(officer, [0x50, 0x4B, 0x03, 0x04, 1, 2, 3], "hong.xlsx")).ShouldBe("Tệp không phải bảng tính .xlsx hay .csv.");

        var formula = await UploadedAsync(officer, ImportFiles.WithFormulaOrMerge(good, "A2", null));
        formula.Errors.Single().Message.ShouldBe("Các ô có công thức: A2. Hãy dán giá trị (Paste Special → Values) rồi tải lên lại.");
        var merged = await UploadedAsync(officer, ImportFiles.WithFormulaOrMerge(good, null, "B2:C2"));
        merged.Errors.Single().Message.ShouldBe("Bảng có ô gộp: B2:C2. Hãy bỏ gộp ô (Unmerge) rồi tải lên lại.");

        // A sheet without the product-set column: the missing field is named; extra columns are listed as ignored.
        var missing = await UploadedAsync(officer, System.Text.Encoding.UTF8.GetBytes("Tên sản phẩm;Tên chủ thể;Xã, phường;Ghi chú\r\nNước mắm;Cá Đen;Phú Thủy;x"), "thieu.csv");
        missing.Errors.Select(e => e.Message).ShouldBe(["Chưa chọn cột cho “Bộ sản phẩm”."]);
        missing.Ignored.ShouldBe(["Ghi chú"]);

        // Choosing the column by hand fixes it, and the choice is offered again for the same headers.
        var mapped = await officer.PutAsJsonAsync($"/api/v1/imports/{missing.Id}/mapping",
            new Dictionary<ImportField, int> { [ImportField.ProductName] = 0, [ImportField.ProducerName] = 1, [ImportField.Commune] = 2, [ImportField.ProductSet] = 3 }, Json.Options);
        var remapped = (await mapped.Content.ReadFromJsonAsync<ImportSummary>(Json.Options))!;
        remapped.Errors.Single().Message.ShouldBe("Không nhận ra bộ sản phẩm “x” (ghi mã như 148-09 hoặc tên bộ sản phẩm).");
        var reuploaded = await UploadedAsync(officer, System.Text.Encoding.UTF8.GetBytes("Tên sản phẩm;Tên chủ thể;Xã, phường;Ghi chú\r\nNước mắm;Cá Đen;Phú Thủy;148-09"), "thieu.csv");
        (reuploaded.Mapping[ImportField.ProductSet], reuploaded.CanImport).ShouldBe((3, true));
        (await officer.PutAsJsonAsync($"/api/v1/imports/{missing.Id}/mapping", new Dictionary<ImportField, int> { [ImportField.ProductName] = 0, [ImportField.ProducerName] = 0 }, Json.Options))
            .StatusCode.ShouldBe(HttpStatusCode.BadRequest);

        // 50,000 rows: refused before checking a single one (the limit is 20,000 per file).
        var many = ImportFiles.Csv(Enumerable.Range(1, 50_000).Select(i => new[] { i.ToString(System.Globalization.CultureInfo.InvariantCulture), $"Sản phẩm {i}", "Cá Đen", "", "", "Phường Phú Thủy", "148-09", "", "", "", "" }));
        (await UploadedAsync(officer, many, "lon.csv")).Errors.Single().Message.ShouldBe("Tệp có 50000 dòng, quá 20.000 dòng mỗi lần nhập; hãy chia thành nhiều tệp.");

        // Other provinces' officers do not see the batch; commune officers and the national admin do not import.
        var hcm = await Registry.OfficerAsync(app, Registry.HoChiMinh);
        (await hcm.GetAsync($"/api/v1/imports/{missing.Id}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await hcm.PostAsync($"/api/v1/imports/{missing.Id}/commit", null)).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await hcm.GetAsync($"/api/v1/imports/{missing.Id}/progress")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        var national = await app.SignInAsync(new Ocop.Web.Features.Accounts.NewAccount("tw@test.vn", Ocop.Web.Features.Accounts.Roles.NationalAdmin));
        (await RefusedFileAsync(national, good, "danh-sach.xlsx")).ShouldBe("Chỉ cán bộ cấp tỉnh nhập danh sách của tỉnh.");
    }

    [Theory]
    [ClassData(typeof(Engines))]
    public async Task ACrashHalfWay_LeavesNothingImported(Engine engine)
    {
        await using var app = await OcopApp.StartAsync(engine);
        var officer = await Registry.OfficerAsync(app, Registry.LamDong);
        var preview = await UploadedAsync(officer, ImportFiles.Csv(Enumerable.Range(1, 2500).Select(i => new[]
            { i.ToString(System.Globalization.CultureInfo.InvariantCulture), $"Sản phẩm {i}", $"HTX số {i % 50}", "", "", "Phường Phú Thủy", "148-09", "", "", "", "" })), "lon.csv");
        preview.CanImport.ShouldBeTrue();

        // The import stops after its first chunk of products is written (as when the server stops): all is rolled back.
        using var cancel = new CancellationTokenSource();
        var stop = new StopAfterFirstChunk(cancel);
        var crashed = await Record.ExceptionAsync(() => app.WithScopeAsync(async s =>
        {
            var scope = new Ocop.Web.Features.Accounts.UserScope(false, Registry.LamDong, null, null, true, "test", "test");
            return await s.GetRequiredService<ImportService>().CommitAsync(preview.Id, scope, stop, cancel.Token);
        }));
        crashed.ShouldBeAssignableTo<OperationCanceledException>();
        stop.Reports.ShouldContain(r => r.Done == 1000);
        (await CountAsync(app)).ShouldBe((0, 0));
        (await officer.GetFromJsonAsync<ImportSummary>($"/api/v1/imports/{preview.Id}", Json.Options))!.Status.ShouldBe(ImportStatus.Uploaded);
    }

    /// <summary>
    /// The import is held after each chunk it writes until the test has read the progress endpoint,
    /// so every step is seen whatever the machine's speed. On PostgreSQL the progress is read from a second app on the
    /// same database (another node): the browser's polls need not reach the node that imports.
    /// </summary>
    [Theory]
    [ClassData(typeof(Engines))]
    public async Task ProgressEndpoint_FollowsARunningImport(Engine engine)
    {
        await using var app = await OcopApp.StartAsync(engine);
        await using var otherNode = engine == Engine.Postgres
            ? await OcopApp.StartAsync(engine, new Dictionary<string, string?> { ["ConnectionStrings:Ocop"] = app.ConnectionString, ["Ocop:DataPath"] = app.DataPath })
            : null;
        var uploader = await Registry.OfficerAsync(app, Registry.LamDong);
        var officer = otherNode is null ? uploader : await Registry.OfficerAsync(otherNode, Registry.LamDong);
        var preview = await UploadedAsync(uploader, ImportFiles.Csv(Enumerable.Range(1, 2500).Select(i => new[]
            { i.ToString(System.Globalization.CultureInfo.InvariantCulture), $"Sản phẩm {i}", $"HTX số {i % 300}", "", "", "Phường Phú Thủy", "148-09", "", "", "", "" })), "lon.csv");
        async Task<(bool Running, int Done, int Total)> ProgressAsync()
        {
            using var progress = JsonDocument.Parse(await officer.GetStringAsync($"/api/v1/imports/{preview.Id}/progress"));
            var root = progress.RootElement;
            return (root.GetProperty("running").GetBoolean(), root.GetProperty("done").GetInt32(), root.GetProperty("total").GetInt32());
        }

        using var gate = new HoldAfterEachChunk();
        var scope = new Ocop.Web.Features.Accounts.UserScope(false, Registry.LamDong, null, null, true, "test", "test");
        var import = Task.Run(() => app.WithScopeAsync(s => s.GetRequiredService<ImportService>().CommitAsync(preview.Id, scope, gate, CancellationToken.None)));

        foreach (var written in new[] { 1000, 2000, 2500 })
        {
            (await gate.NextChunkAsync()).ShouldBe(written);
            (await ProgressAsync()).ShouldBe((true, written, 2500), $"while the import is held after {written} rows");
            gate.Release();
        }

        (await import).IsOk.ShouldBeTrue();
        (await ProgressAsync()).Running.ShouldBeFalse();
        (await CountAsync(app)).ShouldBe((300, 2500));
    }

    /// <summary>Holds the writer (reports arrive synchronously on its thread) after each written chunk until released.</summary>
    private sealed class HoldAfterEachChunk : IProgress<(int Done, int Total)>, IDisposable
    {
        private static readonly TimeSpan Patience = TimeSpan.FromMinutes(2);
        private readonly System.Threading.Channels.Channel<int> _reached = System.Threading.Channels.Channel.CreateUnbounded<int>();
        private readonly SemaphoreSlim _go = new(0);

        public void Report((int Done, int Total) value)
        {
            if (value.Done == 0)
            {
                return;
            }

            _reached.Writer.TryWrite(value.Done);
            if (!_go.Wait(Patience))
            {
                throw new TimeoutException("the test never released the import");
            }
        }

        public async Task<int> NextChunkAsync() => await _reached.Reader.ReadAsync().AsTask().WaitAsync(Patience);

        public void Release() => _go.Release();

        public void Dispose() => _go.Dispose();
    }

    /// <summary>Cancels the import when it reports its first written chunk (reports arrive synchronously).</summary>
    private sealed class StopAfterFirstChunk(CancellationTokenSource cancel) : IProgress<(int Done, int Total)>
    {
        public List<(int Done, int Total)> Reports { get; } = [];

        public void Report((int Done, int Total) value)
        {
            Reports.Add(value);
            if (value.Done > 0)
            {
                cancel.Cancel();
            }
        }
    }
}
