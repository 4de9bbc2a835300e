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

    /// <summary>
    /// Draws the text wrapped to the area's width, one string per line, and stops at the area's bottom. XTextFormatter draws
    /// word by word without the spaces, so a tagged PDF's text ran together ("TràÔlongCầuĐất"); whole lines keep them.
    /// </summary>
    public static void Draw(XGraphics gfx, string value, XFont font, XBrush brush, XRect area, bool centre = false)
    {
        var lineHeight = font.GetHeight();
        var y = area.Y;
        foreach (var line in Wrap(gfx, value, font, area.Width))
        {
            if (y > area.Y && y + lineHeight > area.Bottom + 0.5)
            {
                break;
            }

            gfx.DrawString(line, font, brush, new XRect(area.X, y, area.Width, lineHeight), centre ? XStringFormats.TopCenter : XStringFormats.TopLeft);
            y += lineHeight;
        }
    }
}
