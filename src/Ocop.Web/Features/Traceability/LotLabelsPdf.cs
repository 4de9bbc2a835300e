using PdfSharp.Drawing;
using PdfSharp.Pdf;
using Ocop.Web.Infrastructure;
using Ocop.Web.Infrastructure.Pdf;

namespace Ocop.Web.Features.Traceability;

/// <summary>
/// A4 sheets of square labels for one lot: a vector QR code of the lot's Digital Link, the product
/// name and the lot code, laid out in a grid with cut margins, as many pages as the count needs.
/// </summary>
public static class LotLabelsPdf
{
    public const int MinSizeMm = 25;
    public const int MaxSizeMm = 80;
    public const int MaxCount = 1000;
    private const double PointsPerMm = 72 / 25.4;
    private const double MarginMm = 10;
    private const double GapMm = 3;

    public static byte[] Render(string productName, string lotCode, string link, int count, int sizeMm)
    {
        NotoFontResolver.EnsureInstalled();
        using var document = new PdfDocument();
        document.Info.Title = $"Nhãn lô {lotCode} — {productName}";
        var size = sizeMm * PointsPerMm;
        var gap = GapMm * PointsPerMm;
        var margin = MarginMm * PointsPerMm;
        var modules = QrCodes.Modules(link);
        var font = new XFont(NotoFontResolver.Family, Math.Max(5, sizeMm / 7.0));
        var bold = new XFont(NotoFontResolver.Family, Math.Max(5, sizeMm / 7.0), XFontStyleEx.Bold);
        PdfPage? page = null;
        XGraphics? gfx = null;
        int columns = 0, rows = 0, onPage = 0;
        try
        {
            for (var i = 0; i < count; i++)
            {
                if (page is null || onPage == columns * rows)
                {
                    gfx?.Dispose();
                    page = document.AddPage();
                    page.Size = PdfSharp.PageSize.A4;
                    gfx = XGraphics.FromPdfPage(page);
                    columns = (int)((page.Width.Point - (2 * margin) + gap) / (size + gap));
                    rows = (int)((page.Height.Point - (2 * margin) + gap) / (size + gap));
                    onPage = 0;
                }

                var x = margin + (onPage % columns * (size + gap));
                var y = margin + (onPage / columns * (size + gap));
                DrawLabel(gfx!, x, y, size, modules, productName, lotCode, font, bold);
                onPage++;
            }
        }
        finally
        {
            gfx?.Dispose();
        }

        using var stream = new MemoryStream();
        document.Save(stream);
        return stream.ToArray();
    }

    private static void DrawLabel(XGraphics gfx, double x, double y, double size, bool[][] modules, string productName, string lotCode, XFont font, XFont bold)
    {
        gfx.DrawRectangle(new XPen(XColors.LightGray, 0.3) { DashStyle = XDashStyle.Dash }, x, y, size, size);
        var textHeight = (font.Height * 2) + 2;
        var qrSize = size - textHeight - 4;
        var qrX = x + ((size - qrSize) / 2);
        PdfQr.Draw(gfx, modules, qrX, y + 2, qrSize);

        // A long name is shortened with an ellipsis to the label's width.
        var name = productName;
        for (var keep = productName.Length - 1; keep > 1 && gfx.MeasureString(name, font).Width > size - 4; keep--)
        {
            name = productName[..keep].TrimEnd() + "…";
        }

        gfx.DrawString(name, font, XBrushes.Black, new XRect(x, y + size - textHeight - 1, size, font.Height), XStringFormats.TopCenter);
        gfx.DrawString($"Lô {lotCode}", bold, XBrushes.Black, new XRect(x, y + size - font.Height - 2, size, font.Height), XStringFormats.TopCenter);
    }
}
