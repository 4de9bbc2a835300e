using PdfSharp.Drawing;
using PdfSharp.Pdf;
using PdfSharp.UniversalAccessibility;
using Ocop.Web.Infrastructure;
using Ocop.Web.Infrastructure.Pdf;

namespace Ocop.Web.Features.Catalogue;

/// <summary>
/// The printed e-handbook (A4): a cover with the selection, contents with page numbers, then three
/// products per page, each with its picture, stars, group, producer contact, certificate or confirmed
/// rating and a vector QR code of its Digital Link. Text in Noto Sans, so Vietnamese marks print right.
/// </summary>
public static class HandbookPdf
{
    private const int PerPage = 3;
    private const double Margin = 42;
    private const double LineHeight = 17;
    private static readonly XColor Green = XColor.FromArgb(31, 95, 63);
    private static readonly XColor Gold = XColor.FromArgb(201, 150, 0);

    /// <summary>Labels in the reader's language: title, contents, page, scan, printed on, products count.</summary>
    public sealed record Labels(string Title, string Contents, string Page, string Scan, string PrintedOn, string ProductCount, string Phone, string Email);

    public static byte[] Render(Handbook book, Labels text)
    {
        NotoFontResolver.EnsureInstalled();
        using var document = new PdfDocument();
        document.Info.Title = $"{text.Title} — {book.Selection}";
        // Tagged (PDFsharp's UAManager): headings, paragraphs, figures with descriptions; frames, dots and page footers are artifacts.
        var ua = UAManager.ForDocument(document);
        ua.SetDocumentLanguage(System.Globalization.CultureInfo.CurrentUICulture.TwoLetterISOLanguageName == "en" ? "en" : "vi-VN");
        var fonts = new Fonts(ua.StructureBuilder);
        var contentsLines = book.Products.Count + book.Products.Select(p => p.GroupName).Distinct().Count();
        var linesPerContentsPage = (int)((842 - (2 * Margin) - 60) / LineHeight);
        var contentsPages = Math.Max(1, (int)Math.Ceiling(contentsLines / (double)linesPerContentsPage));
        int PageOf(int index) => 1 + contentsPages + (index / PerPage) + 1;

        Cover(document, book, text, fonts);
        Contents(document, book, text, fonts, linesPerContentsPage, PageOf);
        for (var i = 0; i < book.Products.Count; i += PerPage)
        {
            var page = NewPage(document);
            using var gfx = XGraphics.FromPdfPage(page);
            for (var k = 0; k < PerPage && i + k < book.Products.Count; k++)
            {
                Block(gfx, book.Products[i + k], text, fonts, Margin + 10 + (k * 250));
            }

            Footer(gfx, text, fonts, document.PageCount);
        }

        using var stream = new MemoryStream();
        document.Save(stream);
        return stream.ToArray();
    }

    /// <summary>The fonts of the book, and its structure builder (every drawing is tagged as it is drawn).</summary>
    private sealed class Fonts(StructureBuilder tags)
    {
        public StructureBuilder Tags { get; } = tags;

        public XFont Title { get; } = new(NotoFontResolver.Family, 26, XFontStyleEx.Bold);
        public XFont Heading { get; } = new(NotoFontResolver.Family, 14, XFontStyleEx.Bold);
        public XFont Name { get; } = new(NotoFontResolver.Family, 13, XFontStyleEx.Bold);
        public XFont Body { get; } = new(NotoFontResolver.Family, 9.5);
        public XFont Bold { get; } = new(NotoFontResolver.Family, 9.5, XFontStyleEx.Bold);
        public XFont Small { get; } = new(NotoFontResolver.Family, 8);
    }

    private static void Tagged(Fonts fonts, PdfBlockLevelElementTag tag, Action draw)
    {
        fonts.Tags.BeginElement(tag);
        draw();
        fonts.Tags.End();
    }

    private static void Artifact(Fonts fonts, Action draw)
    {
        fonts.Tags.BeginArtifact();
        draw();
        fonts.Tags.End();
    }

    private static void Figure(Fonts fonts, string description, XRect area, Action draw)
    {
        fonts.Tags.BeginElement(PdfIllustrationElementTag.Figure, description, area);
        draw();
        fonts.Tags.End();
    }

    private static PdfPage NewPage(PdfDocument document)
    {
        var page = document.AddPage();
        page.Size = PdfSharp.PageSize.A4;
        return page;
    }

    private static void Cover(PdfDocument document, Handbook book, Labels text, Fonts fonts)
    {
        var page = NewPage(document);
        using var gfx = XGraphics.FromPdfPage(page);
        var width = page.Width.Point;
        Artifact(fonts, () =>
        {
            gfx.DrawRectangle(new XSolidBrush(Green), 0, 0, width, 300);
            for (var i = 0; i < 5; i++)
            {
                PdfStars.Draw(gfx, new XSolidBrush(Gold), (width / 2) + ((i - 2) * 34), 110, 13);
            }
        });

        var white = new XSolidBrush(XColors.White);
        Tagged(fonts, PdfBlockLevelElementTag.Heading1, () => gfx.DrawString(text.Title, fonts.Title, white, new XRect(0, 150, width, 40), XStringFormats.Center));
        Tagged(fonts, PdfBlockLevelElementTag.Paragraph, () => PdfLines.Draw(gfx, book.Selection, fonts.Heading, white, new XRect(Margin, 205, width - (2 * Margin), 60), centre: true));
        Tagged(fonts, PdfBlockLevelElementTag.Paragraph, () => gfx.DrawString(
            string.Format(System.Globalization.CultureInfo.CurrentCulture, text.ProductCount, book.Products.Count), fonts.Heading,
            XBrushes.Black, new XRect(0, 360, width, 24), XStringFormats.Center));
        Tagged(fonts, PdfBlockLevelElementTag.Paragraph, () =>
            gfx.DrawString($"{text.PrintedOn} {VietnamTime.Format(book.PrintedOn)}", fonts.Body, XBrushes.Gray, new XRect(0, 390, width, 20), XStringFormats.Center));
        Tagged(fonts, PdfBlockLevelElementTag.Paragraph, () => PdfLines.Draw(gfx, text.Scan, fonts.Body, XBrushes.Black, new XRect(Margin * 2, 700, width - (4 * Margin), 40), centre: true));
    }

    private static void Contents(PdfDocument document, Handbook book, Labels text, Fonts fonts, int linesPerPage, Func<int, int> pageOf)
    {
        var lines = new List<(string Text, int? Page, bool Heading)>();
        string? group = null;
        for (var i = 0; i < book.Products.Count; i++)
        {
            if (book.Products[i].GroupName != group)
            {
                group = book.Products[i].GroupName;
                lines.Add((group, null, true));
            }

            lines.Add((book.Products[i].Name, pageOf(i), false));
        }

        foreach (var chunk in lines.Chunk(linesPerPage))
        {
            var page = NewPage(document);
            using var gfx = XGraphics.FromPdfPage(page);
            var width = page.Width.Point;
            Tagged(fonts, PdfBlockLevelElementTag.Heading2, () => gfx.DrawString(text.Contents, fonts.Heading, new XSolidBrush(Green), Margin, Margin + 14));
            var y = Margin + 44;
            foreach (var (line, number, heading) in chunk)
            {
                var font = heading ? fonts.Bold : fonts.Body;
                var x = heading ? Margin : Margin + 12;
                var shown = Shorten(gfx, line, font, width - x - Margin - 40);
                var at = y;
                var label = number?.ToString(System.Globalization.CultureInfo.InvariantCulture);
                var numberWidth = label is null ? 0 : gfx.MeasureString(label, font).Width;
                Tagged(fonts, heading ? PdfBlockLevelElementTag.Heading3 : PdfBlockLevelElementTag.Paragraph, () =>
                {
                    gfx.DrawString(shown, font, XBrushes.Black, x, at);
                    if (label is not null)
                    {
                        gfx.DrawString(label, font, XBrushes.Black, width - Margin - numberWidth, at);
                    }
                });
                if (label is not null)
                {
                    var textEnd = x + gfx.MeasureString(shown, font).Width + 4;
                    Artifact(fonts, () => gfx.DrawLine(new XPen(XColors.LightGray, 0.5) { DashStyle = XDashStyle.Dot }, textEnd, at, width - Margin - numberWidth - 4, at));
                }

                y += LineHeight;
            }

            Footer(gfx, text, fonts, document.PageCount);
        }
    }

    private static void Block(XGraphics gfx, HandbookProduct p, Labels text, Fonts fonts, double top)
    {
        var width = gfx.PageSize.Width;
        const double imageSize = 150;
        const double qrSize = 96;
        Artifact(fonts, () => gfx.DrawRectangle(new XPen(XColors.LightGray, 0.6), Margin, top, width - (2 * Margin), 236));
        var imageRect = new XRect(Margin + 10, top + 10, imageSize, imageSize);
        if (p.ImagePath is not null)
        {
            using var image = XImage.FromFile(p.ImagePath);
            // Cover the square: scale to the shorter side and clip the rest.
            var scale = Math.Max(imageSize / image.PointWidth, imageSize / image.PointHeight);
            Figure(fonts, p.Name, imageRect, () =>
            {
                var state = gfx.Save();
                gfx.IntersectClip(imageRect);
                gfx.DrawImage(image, imageRect.X + ((imageSize - (image.PointWidth * scale)) / 2), imageRect.Y + ((imageSize - (image.PointHeight * scale)) / 2),
                    image.PointWidth * scale, image.PointHeight * scale);
                gfx.Restore(state);
            });
        }
        else
        {
            Artifact(fonts, () =>
            {
                gfx.DrawRectangle(new XSolidBrush(XColor.FromArgb(233, 242, 236)), imageRect);
                PdfStars.Draw(gfx, new XSolidBrush(Green), imageRect.X + (imageSize / 2), imageRect.Y + (imageSize / 2), 28);
            });
        }

        var x = Margin + imageSize + 24;
        var textWidth = width - x - Margin - qrSize - 20;
        Tagged(fonts, PdfBlockLevelElementTag.Heading2, () => PdfLines.Draw(gfx, p.Name, fonts.Name, XBrushes.Black, new XRect(x, top + 10, textWidth, 36)));
        Figure(fonts, $"{p.Stars} ★", new XRect(x, top + 50, 6 * 2.5 * p.Stars, 12), () => PdfStars.Row(gfx, new XSolidBrush(Gold), p.Stars, x, top + 56, 6));
        var y = top + 74;
        void Line(string? value, XFont font, XBrush? brush = null)
        {
            if (string.IsNullOrWhiteSpace(value))
            {
                return;
            }

            var at = y;
            Tagged(fonts, PdfBlockLevelElementTag.Paragraph, () => PdfLines.Draw(gfx, value, font, brush ?? XBrushes.Black, new XRect(x, at, textWidth, 26)));
            y += gfx.MeasureString(value, font).Width > textWidth ? 24 : 13;
        }

        Line($"{p.GroupName} — {p.ProductSetName}", fonts.Small, XBrushes.Gray);
        y += 4;
        Line(p.ProducerName, fonts.Bold);
        Line(p.Address, fonts.Body);
        Line(p.Phone is null ? null : $"{text.Phone}: {p.Phone}", fonts.Body);
        Line(p.Email is null ? null : $"{text.Email}: {p.Email}", fonts.Body);
        Line(p.Website, fonts.Body);
        y += 4;
        Line(p.Credential, fonts.Small, new XSolidBrush(Green));

        var qrX = width - Margin - qrSize - 10;
        Figure(fonts, $"QR: {p.Link}", new XRect(qrX, top + 14, qrSize, qrSize), () => PdfQr.Draw(gfx, QrCodes.Modules(p.Link), qrX, top + 14, qrSize));
        // The address under the code, for typing when a phone cannot scan: host, then path, each on its line.
        var address = p.Link.Replace("https://", string.Empty).Replace("http://", string.Empty);
        var slash = address.IndexOf('/', StringComparison.Ordinal);
        string[] lines = slash > 0 ? [address[..slash], address[slash..]] : [address];
        fonts.Tags.BeginElement(PdfBlockLevelElementTag.Paragraph);
        for (var i = 0; i < lines.Length; i++)
        {
            gfx.DrawString(Shorten(gfx, lines[i], fonts.Small, qrSize + 30), fonts.Small, XBrushes.Gray,
                new XRect(qrX - 15, top + qrSize + 18 + (i * 11), qrSize + 30, 11), XStringFormats.TopCenter);
        }

        fonts.Tags.End();
    }

    private static void Footer(XGraphics gfx, Labels text, Fonts fonts, int pageNumber)
    {
        var width = gfx.PageSize.Width;
        Artifact(fonts, () => gfx.DrawString($"{text.Title} · {text.Page} {pageNumber}", fonts.Small, XBrushes.Gray,
            new XRect(0, gfx.PageSize.Height - 28, width, 12), XStringFormats.Center));
    }

    private static string Shorten(XGraphics gfx, string value, XFont font, double width)
    {
        var shown = value;
        for (var keep = value.Length - 1; keep > 1 && gfx.MeasureString(shown, font).Width > width; keep--)
        {
            shown = value[..keep].TrimEnd() + "…";
        }

        return shown;
    }
}
