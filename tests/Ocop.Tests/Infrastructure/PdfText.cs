using System.Diagnostics;
using System.Globalization;

namespace Ocop.Tests.Infrastructure;

/// <summary>A PDF's text as poppler's pdftotext reads it: proof that the words (with their marks) are really in the file.</summary>
public static class PdfText
{
    private const string Tool = "/usr/bin/pdftotext";

    public static async Task<string> ExtractAsync(byte[] pdf)
    {
        Assert.SkipUnless(File.Exists(Tool), "pdftotext (poppler-utils) is not installed; .ci/run installs it.");
        var file = Path.Combine(TestPaths.Root, Guid.NewGuid().ToString("N") + ".pdf");
        await File.WriteAllBytesAsync(file, pdf);
        using var process = Process.Start(new ProcessStartInfo(Tool, ["-layout", "-enc", "UTF-8", file, "-"]) { RedirectStandardOutput = true })!;
        var text = await process.StandardOutput.ReadToEndAsync();
        await process.WaitForExitAsync();
        process.ExitCode.ShouldBe(0);
        return text;
    }

    /// <summary>poppler's pdfinfo on the file, with <paramref name="options"/> (e.g. "-struct-text": the tagged structure with its text).</summary>
    public static async Task<string> InfoAsync(byte[] pdf, params string[] options)
    {
        const string info = "/usr/bin/pdfinfo";
        Assert.SkipUnless(File.Exists(info), "pdfinfo (poppler-utils) is not installed; .ci/run installs it.");
        var file = Path.Combine(TestPaths.Root, Guid.NewGuid().ToString("N") + ".pdf");
        await File.WriteAllBytesAsync(file, pdf);
        using var process = Process.Start(new ProcessStartInfo(info, [.. options, file]) { RedirectStandardOutput = true })!;
        var text = await process.StandardOutput.ReadToEndAsync();
        await process.WaitForExitAsync();
        process.ExitCode.ShouldBe(0);
        return text;
    }

    /// <summary>Every picture embedded in a PDF, as poppler's pdfimages lists it: its width and height in pixels.</summary>
    public static async Task<IReadOnlyList<(int Width, int Height)>> ImagesAsync(byte[] pdf)
    {
        const string lister = "/usr/bin/pdfimages";
        Assert.SkipUnless(File.Exists(lister), "pdfimages (poppler-utils) is not installed; .ci/run installs it.");
        var file = Path.Combine(TestPaths.Root, Guid.NewGuid().ToString("N") + ".pdf");
        await File.WriteAllBytesAsync(file, pdf);
        using var process = Process.Start(new ProcessStartInfo(lister, ["-list", file]) { RedirectStandardOutput = true })!;
        var listing = await process.StandardOutput.ReadToEndAsync();
        await process.WaitForExitAsync();
        process.ExitCode.ShouldBe(0);
        // "page num type width height color comp bpc enc interp object ID …", a rule of dashes, then a line per picture.
        return [.. listing.Split('\n', StringSplitOptions.RemoveEmptyEntries).Skip(2)
            .Select(line => line.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            .Where(fields => fields[2] == "image")
            .Select(fields => (int.Parse(fields[3], CultureInfo.InvariantCulture), int.Parse(fields[4], CultureInfo.InvariantCulture)))];
    }

    /// <summary>A region of a PDF page as a PNG (poppler's pdftoppm), e.g. one label to decode its QR code.</summary>
    public static async Task<string> CropToPngAsync(byte[] pdf, int dpi, int x, int y, int width, int height, int page = 1)
    {
        const string renderer = "/usr/bin/pdftoppm";
        Assert.SkipUnless(File.Exists(renderer), "pdftoppm (poppler-utils) is not installed; .ci/run installs it.");
        var stem = Path.Combine(TestPaths.Root, Guid.NewGuid().ToString("N"));
        await File.WriteAllBytesAsync(stem + ".pdf", pdf);
        var arguments = new[] { "-r", $"{dpi}", "-png", "-singlefile", "-f", $"{page}", "-l", $"{page}", "-x", $"{x}", "-y", $"{y}", "-W", $"{width}", "-H", $"{height}", stem + ".pdf", stem };
        using var process = Process.Start(new ProcessStartInfo(renderer, arguments))!;
        await process.WaitForExitAsync();
        process.ExitCode.ShouldBe(0);
        return stem + ".png";
    }
}
