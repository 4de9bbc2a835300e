using System.Globalization;
using Ocop.Web.Infrastructure;
using Ocop.Web.Infrastructure.Pdf;
using PdfSharp.Drawing;
using PdfSharp.Pdf;

namespace Ocop.Web.Features.MarketAccess;

/// <summary>The monthly settlement statement as Excel and as an A4 landscape PDF (Vietnamese, Noto Sans).</summary>
public static class SettlementExports
{
    private static readonly string[] Headers =
        ["Sản phẩm", "Đơn giá (đ)", "Tồn đầu kỳ", "Giao", "Bán", "Trả lại", "Tồn cuối kỳ", "Tiền bán (đ)", "Hoa hồng (đ)", "Thực nhận (đ)"];

    public static string Title(SettlementStatement s) => $"BẢNG QUYẾT TOÁN HÀNG KÝ GỬI THÁNG {s.Month:00}/{s.Year}";

    private static string[] Parties(SettlementStatement s) =>
    [
        $"Bên ký gửi: {s.ProducerName}",
        $"Bên nhận ký gửi: {s.OutletName}" + (s.Reference is null ? string.Empty : $" — hợp đồng số {s.Reference}"),
        $"Kỳ: từ {VietnamTime.Format(s.From)} đến {VietnamTime.Format(s.To)} · Hoa hồng: {s.CommissionPercent.ToString("0.##", CultureInfo.InvariantCulture)}% trên tiền bán",
    ];

    public static byte[] Excel(SettlementStatement s)
    {
        var rows = new List<IReadOnlyList<object?>> { new object?[] { Title(s) } };
        rows.AddRange(Parties(s).Select(p => (IReadOnlyList<object?>)new object?[] { p }));
        rows.Add([]);
        var header = rows.Count;
        rows.Add(Headers);
        rows.AddRange(s.Lines.Select(l => (IReadOnlyList<object?>)new object?[]
        {
            l.ProductName, l.UnitPrice, l.Opening, l.Delivered, l.Sold, l.Returned, l.Closing, l.Gross, l.Commission, l.Net,
        }));
        var total = rows.Count;
        rows.Add(new object?[] { "Tổng cộng", null, null, null, s.Sold, null, null, s.Gross, s.Commission, s.Net });
        return Xlsx.Write(new XlsxSheet($"{s.Month:00}-{s.Year}", rows, [40, 14, 12, 10, 10, 10, 12, 16, 16, 16], new HashSet<int> { 0, header, total }));
    }

    public static byte[] Pdf(SettlementStatement s)
    {
        NotoFontResolver.EnsureInstalled();
        using var document = new PdfDocument();
        document.Info.Title = Title(s);
        PdfPage NewPage()
        {
            var added = document.AddPage();
            added.Size = PdfSharp.PageSize.A4;
            added.Orientation = PdfSharp.PageOrientation.Landscape;
            return added;
        }

        var page = NewPage();
        var gfx = XGraphics.FromPdfPage(page);
        var text = new XFont(NotoFontResolver.Family, 9);
        var bold = new XFont(NotoFontResolver.Family, 9, XFontStyleEx.Bold);
        var title = new XFont(NotoFontResolver.Family, 14, XFontStyleEx.Bold);
        const double margin = 36;
        var width = page.Width.Point - (2 * margin);
        var y = margin;
        gfx.DrawString(Title(s), title, XBrushes.Black, new XRect(margin, y, width, 20), XStringFormats.TopCenter);
        y += 28;
        foreach (var line in Parties(s))
        {
            gfx.DrawString(line, text, XBrushes.Black, margin, y + text.Height);
            y += text.Height + 3;
        }

        y += 8;
        double[] widths = [0, 62, 56, 46, 46, 46, 56, 78, 72, 78];
        widths[0] = width - widths.Sum();
        string Amount(decimal? v) => v is { } m ? Money.Number(decimal.Round(m, 0, MidpointRounding.AwayFromZero)) : "";
        string Count(int v) => Money.Number(v);
        void Row(IReadOnlyList<string> cells, XFont font, bool shaded)
        {
            // The product name wraps onto as many lines as it needs; the figures are one line each.
            var nameLines = Wrap(gfx, cells[0], font, widths[0] - 6);
            var height = (nameLines.Count * font.Height) + 8;
            if (y + height > page.Height.Point - margin)
            {
                // A long agreement continues on the next page.
                gfx.Dispose();
                page = NewPage();
                gfx = XGraphics.FromPdfPage(page);
                y = margin;
            }

            if (shaded)
            {
                gfx.DrawRectangle(XBrushes.WhiteSmoke, margin, y, width, height);
            }

            var x = margin;
            for (var i = 0; i < cells.Count; i++)
            {
                if (i == 0)
                {
                    for (var k = 0; k < nameLines.Count; k++)
                    {
                        gfx.DrawString(nameLines[k], font, XBrushes.Black, new XRect(x + 3, y + 4 + (k * font.Height), widths[0] - 6, font.Height), XStringFormats.TopLeft);
                    }
                }
                else
                {
                    gfx.DrawString(cells[i], font, XBrushes.Black, new XRect(x + 3, y + 4, widths[i] - 6, font.Height), XStringFormats.TopRight);
                }

                gfx.DrawRectangle(XPens.Gray, x, y, widths[i], height);
                x += widths[i];
            }

            y += height;
        }

        Row(Headers, bold, shaded: true);
        foreach (var l in s.Lines)
        {
            Row([l.ProductName, Amount(l.UnitPrice), Count(l.Opening), Count(l.Delivered), Count(l.Sold), Count(l.Returned), Count(l.Closing), Amount(l.Gross), Amount(l.Commission), Amount(l.Net)], text, shaded: false);
        }

        Row(["Tổng cộng", "", "", "", Count(s.Sold), "", "", Amount(s.Gross), Amount(s.Commission), Amount(s.Net)], bold, shaded: true);
        y += 30;
        if (y + 60 > page.Height.Point - margin)
        {
            gfx.Dispose();
            page = NewPage();
            gfx = XGraphics.FromPdfPage(page);
            y = margin;
        }

        gfx.DrawString("ĐẠI DIỆN BÊN KÝ GỬI", bold, XBrushes.Black, new XRect(margin, y, width / 2, 14), XStringFormats.TopCenter);
        gfx.DrawString("ĐẠI DIỆN BÊN NHẬN KÝ GỬI", bold, XBrushes.Black, new XRect(margin + (width / 2), y, width / 2, 14), XStringFormats.TopCenter);
        gfx.Dispose();
        using var stream = new MemoryStream();
        document.Save(stream);
        return stream.ToArray();
    }

    /// <summary>The words of the text in lines no wider than the column (a single over-long word keeps its own line).</summary>
    private static List<string> Wrap(XGraphics gfx, string value, XFont font, double width)
    {
        var lines = new List<string>();
        var current = string.Empty;
        foreach (var word in value.Split(' ', StringSplitOptions.RemoveEmptyEntries))
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
        return lines;
    }
}
