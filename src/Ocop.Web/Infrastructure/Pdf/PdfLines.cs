using PdfSharp.Drawing;

namespace Ocop.Web.Infrastructure.Pdf;

/// <summary>Text broken into lines for PDFsharp, which draws one line at a time.</summary>
public static class PdfLines
{
    /// <summary>The text in lines no wider than the column, keeping its own line breaks (an over-long word keeps its own line).</summary>
    public static List<string> Wrap(XGraphics gfx, string value, XFont font, double width)
    {
        var lines = new List<string>();
        foreach (var paragraph in value.Replace("\r", "", StringComparison.Ordinal).Split('\n'))
        {
            var current = string.Empty;
            foreach (var word in paragraph.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            {
                var candidate = current.Length == 0 ? word : $"{current} {word}";
                if (current.Length > 0 && gfx.MeasureString(candidate, font).Width > width)
                {
                    lines.Add(current);
                    current = word;
                }
                else
                {
                    current = candidate;
                }
            }

            lines.Add(current);
        }

        return lines;
    }
}
