using PdfSharp.Drawing;
using PdfSharp.Pdf;

namespace Ocop.Web.Infrastructure.Pdf;

/// <summary>
/// A simple A4 report written top to bottom in Vietnamese (Noto Sans): a title, lines of text and ruled
/// tables whose first column wraps; a new page starts when the next block would not fit.
/// </summary>
public sealed class PdfReport : IDisposable
{
    private const double Margin = 36;
    private readonly PdfDocument _document;
    private readonly bool _landscape;
    private PdfPage _page;
    private XGraphics _gfx;
    private double _y = Margin;
    private bool _saved;

    public PdfReport(string title, bool landscape)
    {
        NotoFontResolver.EnsureInstalled(); // also declares the licence, which PDFsharp checks when a document is created
        _document = new PdfDocument();
        _landscape = landscape;
        _document.Info.Title = title;
        (_page, _gfx) = NewPage();
        Text = new XFont(NotoFontResolver.Family, 9);
        Bold = new XFont(NotoFontResolver.Family, 9, XFontStyleEx.Bold);
        var heading = new XFont(NotoFontResolver.Family, 14, XFontStyleEx.Bold);
        _gfx.DrawString(title, heading, XBrushes.Black, new XRect(Margin, _y, Width, 20), XStringFormats.TopCenter);
        _y += 28;
    }

    public XFont Text { get; }
    public XFont Bold { get; }
    public double Width => _page.Width.Point - (2 * Margin);

    public void Line(string text, bool bold = false)
    {
        var font = bold ? Bold : Text;
        Room(font.Height + 3);
        _gfx.DrawString(text, font, XBrushes.Black, Margin, _y + font.Height);
        _y += font.Height + 3;
    }

    public void Gap(double points) => _y += points;

    /// <summary>
    /// One table row: the first column wraps onto as many lines as it needs, the others are one line each,
    /// left-aligned up to <paramref name="leftColumns"/>, right-aligned after (figures).
    /// </summary>
    public void Row(IReadOnlyList<string> cells, IReadOnlyList<double> widths, bool bold = false, bool shaded = false, int leftColumns = 1)
    {
        var font = bold ? Bold : Text;
        var nameLines = Wrap(cells[0], font, widths[0] - 6);
        var height = (nameLines.Count * font.Height) + 8;
        Room(height);
        if (shaded)
        {
            _gfx.DrawRectangle(XBrushes.WhiteSmoke, Margin, _y, widths.Sum(), height);
        }

        var x = Margin;
        for (var i = 0; i < cells.Count; i++)
        {
            if (i == 0)
            {
                for (var k = 0; k < nameLines.Count; k++)
                {
                    _gfx.DrawString(nameLines[k], font, XBrushes.Black, new XRect(x + 3, _y + 4 + (k * font.Height), widths[0] - 6, font.Height), XStringFormats.TopLeft);
                }
            }
            else
            {
                _gfx.DrawString(cells[i], font, XBrushes.Black, new XRect(x + 3, _y + 4, widths[i] - 6, font.Height), i < leftColumns ? XStringFormats.TopLeft : XStringFormats.TopRight);
            }

            _gfx.DrawRectangle(XPens.Gray, x, _y, widths[i], height);
            x += widths[i];
        }

        _y += height;
    }

    /// <summary>Column widths from fixed ones, the first column taking what is left of the page width.</summary>
    public double[] Columns(params double[] fixedAfterFirst) => [Width - fixedAfterFirst.Sum(), .. fixedAfterFirst];

    /// <summary>Signature headings side by side, kept on one page.</summary>
    public void Signatures(params string[] titles)
    {
        _y += 30;
        Room(60);
        var each = Width / titles.Length;
        for (var i = 0; i < titles.Length; i++)
        {
            _gfx.DrawString(titles[i], Bold, XBrushes.Black, new XRect(Margin + (i * each), _y, each, 14), XStringFormats.TopCenter);
        }

        _y += 60;
    }

    public byte[] ToArray()
    {
        _gfx.Dispose();
        _saved = true;
        using var stream = new MemoryStream();
        _document.Save(stream);
        return stream.ToArray();
    }

    public void Dispose()
    {
        if (!_saved)
        {
            _gfx.Dispose();
        }

        _document.Dispose();
    }

    private void Room(double height)
    {
        if (_y + height > _page.Height.Point - Margin)
        {
            _gfx.Dispose();
            (_page, _gfx) = NewPage();
            _y = Margin;
        }
    }

    private (PdfPage, XGraphics) NewPage()
    {
        var page = _document.AddPage();
        page.Size = PdfSharp.PageSize.A4;
        page.Orientation = _landscape ? PdfSharp.PageOrientation.Landscape : PdfSharp.PageOrientation.Portrait;
        return (page, XGraphics.FromPdfPage(page));
    }

    private List<string> Wrap(string value, XFont font, double width) => PdfLines.Wrap(_gfx, value, font, width);
}
