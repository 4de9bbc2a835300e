using System.Diagnostics;
using Microsoft.Data.Sqlite;

namespace Ocop.Tests.Features.Import;

/// <summary>The `import`, `export` and `report` verbs of the app's own CLI, run as a scheduled job would: separate processes on a migrated database.</summary>
public sealed class CliTests
{
    private static async Task<(int Exit, string Out, string Err)> RunAsync(string dataFolder, string database, params string[] args)
    {
        var start = new ProcessStartInfo("dotnet", [Path.Combine(AppContext.BaseDirectory, "Ocop.Web.dll"), .. args])
        {
            RedirectStandardOutput = true, RedirectStandardError = true, WorkingDirectory = dataFolder,
        };
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        // A scheduled job runs with the deployment's settings, which outside Development name the public address.
        start.Environment["Ocop__PublicBaseUrl"] = "https://ocop.example.vn";
        start.Environment["AllowedHosts"] = "ocop.example.vn";
        start.Environment["Logging__LogLevel__Default"] = "Warning";
        start.Environment["Database__Provider"] = "Sqlite";
        start.Environment["ConnectionStrings__Ocop"] = $"Data Source={database}";
        start.Environment["Ocop__DataPath"] = dataFolder;
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        return (process.ExitCode, await output, await error);
    }

    [Fact]
    public async Task ImportExportReportVerbs_WorkAsScheduledJobsWould()
    {
        var folder = Path.Combine(TestPaths.Root, "cli-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        var database = Path.Combine(folder, "ocop.db");
        (await RunAsync(folder, database, "db", "migrate")).Exit.ShouldBe(0);

        var good = Path.Combine(folder, "good.csv");
        await File.WriteAllBytesAsync(good, ImportFiles.Csv(
        [
            ["1", "Nước mắm Cá Đen", "Công ty TNHH Cá Đen", "", "", "Phường Phú Thủy", "148-09", "", "4", "QĐ 1520/QĐ-UBND", "15/03/2024"],
            ["2", "Mắm ruốc Cá Đen", "Công ty TNHH Cá Đen", "", "", "Phường Phú Thủy", "148-09", "", "", "", ""],
        ]));
        var (exit, output, error) = await RunAsync(folder, database, "import", "--province", "68", "--file", good);
        exit.ShouldBe(0, error);
        output.ShouldContain("good.csv: producers 1 new, 0 updated; products 2 new, 0 updated.");
        error.ShouldContain("100% 2/2", customMessage: "the terminal progress bar");

        var bad = Path.Combine(folder, "bad.csv");
        await File.WriteAllBytesAsync(bad, ImportFiles.Csv([["1", "Trà atiso", "Hộ Ba Lan", "", "", "Xã Không Có", "148-09", "", "", "", ""]]));
        (exit, _, error) = await RunAsync(folder, database, "import", "--province", "68", "--file", bad);
        exit.ShouldBe(1);
        error.ShouldContain("row 2 [Commune] Không tìm thấy xã/phường “Xã Không Có” trong tỉnh");
        error.ShouldContain("1 error(s): nothing imported.");
        (await RunAsync(folder, database, "import", "--province", "68")).Exit.ShouldBe(2, "usage");

        // The same list back out, and the year's report, as a scheduled job would write them.
        var xlsx = Path.Combine(folder, "san-pham.xlsx");
        (exit, output, error) = await RunAsync(folder, database, "export", "products", "--province", "68", "--out", xlsx);
        exit.ShouldBe(0, error);
        output.ShouldContain($"2 products of Tỉnh Lâm Đồng → {xlsx}");
        await using (var stream = File.OpenRead(xlsx))
        {
            Ocop.Web.Infrastructure.Xlsx.ReadFirstSheet(stream).Skip(1).Select(r => r[6]).Order().ShouldBe(["Mắm ruốc Cá Đen", "Nước mắm Cá Đen"]);
        }

        var csv = Path.Combine(folder, "san-pham.csv");
        (await RunAsync(folder, database, "export", "products", "--province", "68", "--out", csv)).Exit.ShouldBe(0);
        (await File.ReadAllTextAsync(csv)).ShouldContain("Nước mắm Cá Đen,148-09,,4,QĐ 1520/QĐ-UBND,15/03/2024");
        var producers = Path.Combine(folder, "chu-the.csv");
        (exit, output, _) = await RunAsync(folder, database, "export", "producers", "--province", "68", "--out", producers);
        exit.ShouldBe(0);
        output.ShouldContain($"1 producers of Tỉnh Lâm Đồng → {producers}");
        (await File.ReadAllLinesAsync(producers))[1].ShouldStartWith("Công ty TNHH Cá Đen,");
        var certificates = Path.Combine(folder, "chung-nhan.xlsx");
        (await RunAsync(folder, database, "export", "certificates", "--province", "68", "--out", certificates)).Out.ShouldContain("0 certificates of Tỉnh Lâm Đồng");
        File.Exists(certificates).ShouldBeTrue();
        (await RunAsync(folder, database, "export", "dossiers", "--province", "68", "--out", csv)).Exit.ShouldBe(2, "not a list the CLI exports");
        var pdf = Path.Combine(folder, "bao-cao.pdf");
        (await RunAsync(folder, database, "report", "--province", "68", "--year", "2024", "--out", pdf)).Exit.ShouldBe(0);
        (await PdfText.ExtractAsync(await File.ReadAllBytesAsync(pdf))).ShouldContain("NĂM 2024");
        (await RunAsync(folder, database, "report", "--province", "68", "--out", Path.Combine(folder, "bao-cao.doc"))).Exit.ShouldBe(1);
        (await RunAsync(folder, database, "export", "products", "--province", "99", "--out", csv)).Err.ShouldContain("Unknown province: 99");

        await using var connection = new SqliteConnection($"Data Source={database}");
        await connection.OpenAsync();
        await using var count = connection.CreateCommand();
        count.CommandText = "SELECT COUNT(*) FROM \"Products\"";
        Convert.ToInt32(await count.ExecuteScalarAsync(), System.Globalization.CultureInfo.InvariantCulture).ShouldBe(2);

        // `users create` bootstraps the first national administrator only; everyone else is invited on screen.
        (await RunAsync(folder, database, "users", "create", "--email", "p@test.vn", "--role", "ProvinceOfficer", "--province", "68")).Exit.ShouldBe(2, "usage");
        (exit, output, _) = await RunAsync(folder, database, "users", "create", "--email", "admin@ocop.gov.vn", "--name", "Quản trị");
        exit.ShouldBe(0);
        output.ShouldContain("Created admin@ocop.gov.vn (NationalAdmin). Password, shown only now: ");
        (exit, _, error) = await RunAsync(folder, database, "users", "create", "--email", "admin2@ocop.gov.vn");
        exit.ShouldBe(1);
        error.ShouldContain("A national administrator exists already");
    }
}
