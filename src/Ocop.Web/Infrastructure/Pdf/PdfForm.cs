using PdfSharp.Drawing;
using PdfSharp.Pdf;

namespace Ocop.Web.Infrastructure.Pdf;

/// <summary>
/// An administrative form on A4 portrait in the layout of Vietnamese official documents (Nghị định 30/2020): the issuing
/// body and the national motto side by side, a centred title, numbered paragraphs that wrap, ruled tables and a signature
/// block on the right. Written top to bottom; a new page starts when the next block does not fit.
/// </summary>
public sealed class PdfForm : Forms.IFormWriter
{
    private const double Margin = 56;
    private readonly PdfDocument _document;
    private readonly XFont _text;
    private readonly XFont _bold;
    private readonly XFont _italic;
    private readonly XFont _title;
    private PdfPage _page;
    private XGraphics _gfx;
    private double _y = Margin;
    private bool _saved;

    public PdfForm(string title)
    {
        // The fonts come after the resolver is installed (field initialisers would run before it).
        NotoFontResolver.EnsureInstalled();
        _text = new XFont(NotoFontResolver.Family, 11);
        _bold = new XFont(NotoFontResolver.Family, 11, XFontStyleEx.Bold);
        _italic = new XFont(NotoFontResolver.Family, 11, XFontStyleEx.Italic);
        _title = new XFont(NotoFontResolver.Family, 13, XFontStyleEx.Bold);
        _document = new PdfDocument();
        _document.Info.Title = title;
        (_page, _gfx) = NewPage();
    }

    private double Width => _page.Width.Point - (2 * Margin);

    /// <summary>The issuing body on the left (empty for a producer's form) and the national motto on the right.</summary>
    public void Header(IReadOnlyList<string> body)
    {
        var half = Width / 2;
        var top = _y;
        var left = top;
        foreach (var line in body)
        {
            Centred(line, _bold, Margin, half - 10, left);
            left += _bold.Height + 1;
        }

        // Without an issuing body (a producer's form) the motto stands alone, centred.
        var (x, width) = body.Count == 0 ? (Margin, Width) : (Margin + half - 20, half + 20);
        var right = top;
        Centred("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", _bold, x, width, right);
        right += _bold.Height + 1;
        Centred("Độc lập - Tự do - Hạnh phúc", _bold, x, width, right);
        right += _bold.Height + 2;
        _gfx.DrawLine(XPens.Black, x + (width / 2) - 60, right, x + (width / 2) + 60, right);
        _y = Math.Max(left, right) + 18;
    }

    /// <summary>A centred title of one or more lines (the first in bold capitals).</summary>
    public void Title(string title, params string[] subtitle)
    {
        Room(40);
        Centred(title, _title, Margin, Width, _y);
        _y += _title.Height + 2;
        foreach (var line in subtitle)
        {
            foreach (var wrapped in Wrap(line, _bold, Width - 40))
            {
                Centred(wrapped, _bold, Margin, Width, _y);
                _y += _bold.Height + 1;
            }
        }

        _y += 12;
    }

    /// <summary>A paragraph that wraps; <paramref name="label"/>, if any, is set in bold before the text.</summary>
    public void Paragraph(string text, string? label = null, double indent = 0, bool italic = false)
    {
        var font = italic ? _italic : _text;
        var full = label is null ? text : $"{label} {text}";
        var lines = Wrap(full, font, Width - indent);
        foreach (var (line, i) in lines.Select((l, i) => (l, i)))
        {
            Room(font.Height + 3);
            var x = Margin + indent;
            if (i == 0 && label is not null && line.StartsWith(label, StringComparison.Ordinal))
            {
                _gfx.DrawString(label, _bold, XBrushes.Black, x, _y + font.Height);
                x += _gfx.MeasureString(label + " ", _bold).Width;
                _gfx.DrawString(line[label.Length..].TrimStart(), font, XBrushes.Black, x, _y + font.Height);
            }
            else
            {
                _gfx.DrawString(line, font, XBrushes.Black, x, _y + font.Height);
            }

            _y += font.Height + 3;
        }

        _y += 3;
    }

    /// <summary>A ruled table; every column wraps. <paramref name="widths"/> are shares of the page width.</summary>
    public void Table(IReadOnlyList<string> headers, IReadOnlyList<IReadOnlyList<string>> rows, IReadOnlyList<double> widths)
    {
        var columns = widths.Select(w => w / widths.Sum() * Width).ToArray();
        Row(headers, columns, _bold);
        foreach (var row in rows)
        {
            Row(row, columns, _text);
        }

        _y += 8;
    }

    /// <summary>The place and date line, the signing capacity and the signer's name, on the right half.</summary>
    public void Signature(string placeAndDate, string capacity, string? note, string? name)
    {
        Room(110);
        _y += 6;
        // The right 55 % of the line, wide enough for "T.M ỦY BAN NHÂN DÂN" and a commune's name.
        var x = Margin + (Width * 0.45);
        var half = Width * 0.55;
        Centred(placeAndDate, _italic, x, half, _y);
        _y += _italic.Height + 2;
        foreach (var line in Wrap(capacity, _bold, half))
        {
            Centred(line, _bold, x, half, _y);
            _y += _bold.Height + 1;
        }

        if (note is not null)
        {
            Centred(note, _italic, x, half, _y);
        }

        _y += 56;
        if (name is not null)
        {
            Centred(name, _bold, x, half, _y);
            _y += _bold.Height + 4;
        }
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

    private void Row(IReadOnlyList<string> cells, double[] columns, XFont font)
    {
        var wrapped = cells.Select((c, i) => Wrap(c, font, columns[i] - 8)).ToList();
        var height = (wrapped.Max(w => w.Count) * (font.Height + 1)) + 8;
        Room(height);
        var x = Margin;
        for (var i = 0; i < cells.Count; i++)
        {
            for (var k = 0; k < wrapped[i].Count; k++)
            {
                _gfx.DrawString(wrapped[i][k], font, XBrushes.Black, new XRect(x + 4, _y + 4 + (k * (font.Height + 1)), columns[i] - 8, font.Height), XStringFormats.TopLeft);
            }

            _gfx.DrawRectangle(XPens.Black, x, _y, columns[i], height);
            x += columns[i];
        }

        _y += height;
    }

    private void Centred(string text, XFont font, double x, double width, double y) =>
        _gfx.DrawString(text, font, XBrushes.Black, new XRect(x, y, width, font.Height + 2), XStringFormats.TopCenter);

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
        return (page, XGraphics.FromPdfPage(page));
    }

    private List<string> Wrap(string value, XFont font, double width) => PdfLines.Wrap(_gfx, value, font, width);
}
