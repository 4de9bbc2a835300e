using Ocop.Web.Infrastructure.Pdf;
using PdfSharp.Drawing;
using PdfSharp.Pdf;

namespace Ocop.Web.Features.Evaluation.Batches;

/// <summary>
/// The results list as an A4 landscape PDF: heading, a table that wraps long names and repeats
/// its header on every page, the members' legend and the signature block.
/// </summary>
public static class BatchResultsPdf
{
    private const double Margin = 32;
    private const double Padding = 3;
    private static readonly string[] Headers = ["STT", "Tên sản phẩm", "Chủ thể", "Địa chỉ", "Bộ sản phẩm", "Điểm các thành viên", "Điểm TB", "Chênh lệch", "Hạng", "Ghi chú"];
    private static readonly double[] Widths = [28, 150, 105, 95, 80, 82, 44, 44, 50, 0];

    public static byte[] Render(BatchResultsReport report)
    {
        NotoFontResolver.EnsureInstalled();
        using var document = new PdfDocument();
        document.Info.Title = report.Title;
        var writer = new PageWriter(document);
        writer.Heading(report);
        writer.Table(report.Rows.Select(r => (IReadOnlyList<string>)
        [
            r.Number.ToString(System.Globalization.CultureInfo.InvariantCulture), r.ProductName, r.ProducerName, r.Address, r.ProductSet,
            string.Join(" · ", r.MemberTotals.Select(t => t?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "—")),
            r.AverageText, r.Spread?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "", r.StarsText, r.Remarks,
        ]).ToList());
        writer.Footer(report);
        writer.Dispose();
        using var stream = new MemoryStream();
        document.Save(stream);
        return stream.ToArray();
    }

    /// <summary>Keeps the current page and the next line's position; opens a new page when a block does not fit.</summary>
    private sealed class PageWriter(PdfDocument document) : IDisposable
    {
        private readonly XFont text = new(NotoFontResolver.Family, 8.5);
        private readonly XFont bold = new(NotoFontResolver.Family, 8.5, XFontStyleEx.Bold);
        private readonly XFont heading = new(NotoFontResolver.Family, 11, XFontStyleEx.Bold);
        private readonly XFont title = new(NotoFontResolver.Family, 14, XFontStyleEx.Bold);
        private XGraphics? gfx;
        private PdfPage? page;
        private double y;

        private double Width => page!.Width.Point;

        private double Bottom => page!.Height.Point - Margin;

        private double[] Columns
        {
            get
            {
                var widths = (double[])Widths.Clone();
                widths[^1] = Width - (2 * Margin) - widths[..^1].Sum();
                return widths;
            }
        }

        public void Heading(BatchResultsReport report)
        {
            NewPage();
            Centered(report.Authority, heading);
            Centered(report.CouncilName, heading);
            y += 10;
            Centered(report.Title, title);
            Centered(report.Subtitle, text);
            y += 8;
        }

        public void Table(IReadOnlyList<IReadOnlyList<string>> rows)
        {
            HeaderRow();
            foreach (var row in rows)
            {
                var lines = row.Select((cell, i) => Wrap(cell, text, Columns[i] - (2 * Padding))).ToList();
                var height = (lines.Max(l => l.Count) * text.Height) + (2 * Padding);
                if (y + height > Bottom)
                {
                    NewPage();
                    HeaderRow();
                }

                DrawRow(lines, height, text);
            }
        }

        public void Footer(BatchResultsReport report)
        {
            var legend = report.Members.Select((m, i) => $"{i + 1}. {m}").ToList();
            var notes = new List<string> { $"Điểm các thành viên theo thứ tự: {string.Join("; ", legend)}.", report.ClosedNote };
            foreach (var note in notes.Where(n => n.Length > 0))
            {
                foreach (var line in Wrap(note, text, Width - (2 * Margin)))
                {
                    Ensure(text.Height);
                    gfx!.DrawString(line, text, XBrushes.Black, new XRect(Margin, y, Width - (2 * Margin), text.Height), XStringFormats.TopLeft);
                    y += text.Height;
                }
            }

            Ensure(90);
            y += 16;
            var half = (Width - (2 * Margin)) / 2;
            foreach (var (label, x) in new[] { ("THƯ KÝ HỘI ĐỒNG", Margin), ("CHỦ TỊCH HỘI ĐỒNG", Margin + half) })
            {
                gfx!.DrawString(label, heading, XBrushes.Black, new XRect(x, y, half, heading.Height), XStringFormats.TopCenter);
                gfx.DrawString("(Ký, ghi rõ họ tên)", text, XBrushes.Black, new XRect(x, y + heading.Height + 2, half, text.Height), XStringFormats.TopCenter);
            }

            y += 80;
        }

        public void Dispose() => gfx?.Dispose();

        private void HeaderRow()
        {
            var lines = Headers.Select((h, i) => Wrap(h, bold, Columns[i] - (2 * Padding))).ToList();
            DrawRow(lines, (lines.Max(l => l.Count) * bold.Height) + (2 * Padding), bold, XBrushes.Gainsboro);
        }

        private void DrawRow(List<List<string>> cells, double height, XFont font, XBrush? fill = null)
        {
            var x = Margin;
            for (var i = 0; i < cells.Count; i++)
            {
                var width = Columns[i];
                if (fill is not null)
                {
                    gfx!.DrawRectangle(fill, x, y, width, height);
                }

                gfx!.DrawRectangle(new XPen(XColors.Black, 0.5), x, y, width, height);
                for (var line = 0; line < cells[i].Count; line++)
                {
                    gfx.DrawString(cells[i][line], font, XBrushes.Black, new XRect(x + Padding, y + Padding + (line * font.Height), width - (2 * Padding), font.Height), XStringFormats.TopLeft);
                }

                x += width;
            }

            y += height;
        }

        private void Centered(string line, XFont font)
        {
            foreach (var part in Wrap(line, font, Width - (2 * Margin)))
            {
                gfx!.DrawString(part, font, XBrushes.Black, new XRect(Margin, y, Width - (2 * Margin), font.Height), XStringFormats.TopCenter);
                y += font.Height + 2;
            }
        }

        private void Ensure(double height)
        {
            if (y + height > Bottom)
            {
                NewPage();
            }
        }

        private void NewPage()
        {
            gfx?.Dispose();
            page = document.AddPage();
            page.Size = PdfSharp.PageSize.A4;
            page.Orientation = PdfSharp.PageOrientation.Landscape;
            gfx = XGraphics.FromPdfPage(page);
            y = Margin;
        }

        /// <summary>Greedy word wrap to the width; a word longer than the width is cut by characters.</summary>
        private List<string> Wrap(string value, XFont font, double width)
        {
            var lines = new List<string>();
            var current = "";
            foreach (var word in value.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            {
                var candidate = current.Length == 0 ? word : $"{current} {word}";
                if (gfx!.MeasureString(candidate, font).Width <= width)
                {
                    current = candidate;
                    continue;
                }

                if (current.Length > 0)
                {
                    lines.Add(current);
                }

                current = word;
                while (current.Length > 1 && gfx.MeasureString(current, font).Width > width)
                {
                    var cut = current.Length - 1;
                    while (cut > 1 && gfx.MeasureString(current[..cut], font).Width > width)
                    {
                        cut--;
                    }

                    lines.Add(current[..cut]);
                    current = current[cut..];
                }
            }

            lines.Add(current);
            return lines;
        }
    }
}
