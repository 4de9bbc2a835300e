using System.Diagnostics;
using System.Text;

namespace Ocop.Tests.Infrastructure;

/// <summary>A workbook as LibreOffice Calc reads it: each sheet converted headless to CSV (values as Calc displays them).</summary>
public static class LibreOffice
{
    private const string Tool = "/usr/bin/soffice";

    public static async Task<Dictionary<string, List<string[]>>> SheetsAsync(byte[] xlsx)
    {
        Assert.SkipUnless(File.Exists(Tool), "LibreOffice (libreoffice-calc-nogui) is not installed; .ci/run installs it.");
        var folder = Path.Combine(TestPaths.Root, "lo-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        var file = Path.Combine(folder, "book.xlsx");
        await File.WriteAllBytesAsync(file, xlsx);
        // 44 = comma, 34 = double quote, 76 = UTF-8, …, true = as shown (formatted), -1 = every sheet to its own file "book-<sheet>.csv".
        var start = new ProcessStartInfo(Tool, ["--headless", "--norestore", $"-env:UserInstallation=file://{folder}/profile",
            "--convert-to", "csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,true,false,false,-1", "--outdir", folder, file])
        { RedirectStandardOutput = true, RedirectStandardError = true };
        start.Environment["HOME"] = folder;
        using var process = Process.Start(start)!;
        var output = await process.StandardOutput.ReadToEndAsync() + await process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        process.ExitCode.ShouldBe(0, output);
        return Directory.GetFiles(folder, "book-*.csv").ToDictionary(
            f => Path.GetFileNameWithoutExtension(f)["book-".Length..],
            f => Parse(File.ReadAllText(f, Encoding.UTF8)));
    }

    private static List<string[]> Parse(string text)
    {
        var rows = new List<string[]>();
        var row = new List<string>();
        var cell = new StringBuilder();
        var quoted = false;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (quoted)
            {
                if (c == '"' && i + 1 < text.Length && text[i + 1] == '"') { cell.Append('"'); i++; }
                else if (c == '"') { quoted = false; }
                else { cell.Append(c); }
            }
            else if (c == '"') { quoted = true; }
            else if (c == ',') { row.Add(cell.ToString()); cell.Clear(); }
            else if (c == '\n') { row.Add(cell.ToString().TrimEnd('\r')); cell.Clear(); rows.Add([.. row]); row.Clear(); }
            else { cell.Append(c); }
        }

        if (cell.Length > 0 || row.Count > 0)
        {
            row.Add(cell.ToString());
            rows.Add([.. row]);
        }

        return rows;
    }
}
