using System.Diagnostics;
using System.Globalization;

namespace Ocop.Tests.Infrastructure;

/// <summary>A PDF read back by poppler's tools: its text (proof that the words, with their marks, are really in the file), its structure and its pictures.</summary>
public static class PdfText
{
    public static Task<string> ExtractAsync(byte[] pdf) =>
        PopplerAsync("pdftotext", pdf, file => ["-layout", "-enc", "UTF-8", file, "-"]);

    /// <summary>poppler's pdfinfo on the file, with <paramref name="options"/> (e.g. "-struct-text": the tagged structure with its text).</summary>
    public static Task<string> InfoAsync(byte[] pdf, params string[] options) =>
        PopplerAsync("pdfinfo", pdf, file => [.. options, file]);

    /// <summary>Every picture embedded in a PDF, as poppler's pdfimages lists it: its width and height in pixels.</summary>
    public static async Task<IReadOnlyList<(int Width, int Height)>> ImagesAsync(byte[] pdf)
    {
        var listing = await PopplerAsync("pdfimages", pdf, file => ["-list", file]);
        // "page num type width height color comp bpc enc interp object ID …", a rule of dashes, then a line per picture.
        return [.. listing.Split('\n', StringSplitOptions.RemoveEmptyEntries).Skip(2)
            .Select(line => line.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            .Where(fields => fields[2] == "image")
            .Select(fields => (int.Parse(fields[3], CultureInfo.InvariantCulture), int.Parse(fields[4], CultureInfo.InvariantCulture)))];
    }

    /// <summary>A region of a PDF page as a PNG (poppler's pdftoppm), e.g. one label to decode its QR code.</summary>
    public static async Task<string> CropToPngAsync(byte[] pdf, int dpi, int x, int y, int width, int height, int page = 1)
    {
        var stem = Path.Combine(TestPaths.Root, Guid.NewGuid().ToString("N"));
        await PopplerAsync("pdftoppm", pdf, file =>
            ["-r", $"{dpi}", "-png", "-singlefile", "-f", $"{page}", "-l", $"{page}", "-x", $"{x}", "-y", $"{y}", "-W", $"{width}", "-H", $"{height}", file, stem]);
        return stem + ".png";
    }

    /// <summary>Runs one of poppler's tools on the PDF (written to a file first) and returns what it printed; it must succeed.</summary>
    private static async Task<string> PopplerAsync(string tool, byte[] pdf, Func<string, string[]> arguments)
    {
        var path = $"/usr/bin/{tool}";
        Assert.SkipUnless(File.Exists(path), $"{tool} (poppler-utils) is not installed; .ci/run installs it.");
        var file = Path.Combine(TestPaths.Root, Guid.NewGuid().ToString("N") + ".pdf");
        await File.WriteAllBytesAsync(file, pdf);
        using var process = Process.Start(new ProcessStartInfo(path, arguments(file)) { RedirectStandardOutput = true })!;
        var output = await process.StandardOutput.ReadToEndAsync();
        await process.WaitForExitAsync();
        process.ExitCode.ShouldBe(0);
        return output;
    }
}
