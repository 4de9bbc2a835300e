using System.Globalization;
using Ocop.Web.Infrastructure;
using Ocop.Web.Infrastructure.Pdf;
using PdfSharp.Drawing;
using PdfSharp.Pdf;
using PdfSharp.UniversalAccessibility;

namespace Ocop.Web.Features.Evaluation.Certificates;

/// <summary>
/// The certificate as a one-page A4 landscape PDF in Vietnamese: authority, product, producer,
/// stars, decision, validity, and a QR code to the public verification page. Tagged (PDF/UA structure through PDFsharp's
/// UAManager): a screen reader reads the title as a heading, each line as a paragraph and the QR code by its description,
/// and skips the frame and the drawn stars.
/// </summary>
public static class CertificatePdf
{
    public static byte[] Render(CertificateItem c, string verifyUrl)
    {
        NotoFontResolver.EnsureInstalled();
        using var document = new PdfDocument();
        document.Info.Title = $"Giấy chứng nhận OCOP {c.Number}";
        document.Info.Subject = c.ProductName;
        var ua = UAManager.ForDocument(document);
        ua.SetDocumentLanguage("vi-VN");
        var page = document.AddPage();
        page.Size = PdfSharp.PageSize.A4;
        page.Orientation = PdfSharp.PageOrientation.Landscape;
        using (var gfx = XGraphics.FromPdfPage(page))
        {
            Draw(gfx, ua.StructureBuilder, page.Width.Point, page.Height.Point, c, verifyUrl);
        }

        using var stream = new MemoryStream();
        document.Save(stream);
        return stream.ToArray();
    }

    private static void Draw(XGraphics gfx, StructureBuilder tags, double width, double height, CertificateItem c, string verifyUrl)
    {
        var green = XColor.FromArgb(31, 95, 63);
        tags.BeginArtifact();
        gfx.DrawRectangle(new XPen(green, 6), 24, 24, width - 48, height - 48);
        gfx.DrawRectangle(new XPen(green, 1), 34, 34, width - 68, height - 68);
        tags.End();

        var small = new XFont(NotoFontResolver.Family, 11);
        var normal = new XFont(NotoFontResolver.Family, 14);
        var bold = new XFont(NotoFontResolver.Family, 14, XFontStyleEx.Bold);
        var title = new XFont(NotoFontResolver.Family, 28, XFontStyleEx.Bold);
        var product = new XFont(NotoFontResolver.Family, 24, XFontStyleEx.Bold);
        var stars = new XFont(NotoFontResolver.Family, 20, XFontStyleEx.Bold);
        var center = XStringFormats.TopCenter;

        void Tagged(PdfBlockLevelElementTag tag, Action draw)
        {
            tags.BeginElement(tag);
            draw();
            tags.End();
        }

        Tagged(PdfBlockLevelElementTag.Paragraph, () => Line(gfx, c.IssuingAuthority.ToUpper(CultureInfo.GetCultureInfo("vi-VN")), bold, XBrushes.Black, 60, width, center));
        Tagged(PdfBlockLevelElementTag.Paragraph, () => Line(gfx, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM — Độc lập - Tự do - Hạnh phúc", small, XBrushes.Black, 82, width, center));
        Tagged(PdfBlockLevelElementTag.Heading1, () => Line(gfx, "GIẤY CHỨNG NHẬN SẢN PHẨM OCOP", title, new XSolidBrush(green), 120, width, center));
        Tagged(PdfBlockLevelElementTag.Paragraph, () => Line(gfx, "Chương trình Mỗi xã một sản phẩm", normal, XBrushes.Black, 160, width, center));

        Tagged(PdfBlockLevelElementTag.Heading2, () => PdfLines.Draw(gfx, c.ProductName, product, XBrushes.Black, new XRect(80, 200, width - 160, 70), centre: true));
        Tagged(PdfBlockLevelElementTag.Paragraph, () =>
            Line(gfx, $"Chủ thể: {c.ProducerName}{(c.ProvinceName is null ? "" : $", {c.ProvinceName}")}", normal, XBrushes.Black, 275, width, center));
        var gold = new XSolidBrush(XColor.FromArgb(200, 150, 0));
        Tagged(PdfBlockLevelElementTag.Paragraph, () => Line(gfx, $"Đạt hạng {c.Stars} sao", stars, gold, 296, width, center));
        tags.BeginArtifact();
        for (var i = 0; i < c.Stars; i++)
        {
            PdfStars.Draw(gfx, gold, (width / 2) + ((i - ((c.Stars - 1) / 2.0)) * 30), 338, 12);
        }

        tags.End();

        var qrSize = 130.0;
        var qrX = width - 90 - qrSize;
        var qrY = height - 80 - qrSize;
        tags.BeginElement(PdfIllustrationElementTag.Figure, $"Mã QR dẫn tới trang kiểm tra chứng nhận {c.Number}: {verifyUrl}", new XRect(qrX, qrY, qrSize, qrSize));
        PdfQr.Draw(gfx, QrCodes.Modules(verifyUrl), qrX, qrY, qrSize);
        tags.End();

        var left = 90.0;
        var y = 372.0;
        var textWidth = qrX - left - 24;
        foreach (var text in new[]
        {
            $"Số chứng nhận: {c.Number}",
            $"Theo Quyết định số {c.DecisionNumber} ngày {VietnamTime.Format(c.DecisionSignedOn)}, người ký: {c.Signer}",
            $"Ngày cấp: {VietnamTime.Format(c.IssuedOn)} — Có hiệu lực đến: {VietnamTime.Format(c.ExpiresOn)}",
            $"Điểm đánh giá: {c.Points.ToString("0.00", CultureInfo.InvariantCulture)}/100 (bộ tiêu chí {c.CriteriaVersion})",
        })
        {
            var rows = Math.Ceiling(gfx.MeasureString(text, normal).Width / textWidth);
            var at = y;
            Tagged(PdfBlockLevelElementTag.Paragraph, () => PdfLines.Draw(gfx, text, normal, XBrushes.Black, new XRect(left, at, textWidth, rows * 20)));
            y += (rows * 20) + 4;
        }

        if (c.Status == CertificateStatus.Revoked)
        {
            var revoked = y;
            Tagged(PdfBlockLevelElementTag.Paragraph, () => PdfLines.Draw(gfx,
                $"ĐÃ THU HỒI ngày {VietnamTime.Format(c.RevokedOn!.Value)}: {c.RevocationReason}", bold, XBrushes.DarkRed, new XRect(left, revoked + 4, textWidth, 40)));
        }

        Tagged(PdfBlockLevelElementTag.Paragraph, () => gfx.DrawString("Quét mã để kiểm tra chứng nhận", small, XBrushes.Black, new XRect(qrX - 40, qrY + qrSize + 4, qrSize + 80, 16), center));
        Tagged(PdfBlockLevelElementTag.Paragraph, () => gfx.DrawString(verifyUrl, small, XBrushes.Gray, left, height - 60));
    }

    private static void Line(XGraphics gfx, string text, XFont font, XBrush brush, double y, double width, XStringFormat format) =>
        gfx.DrawString(text, font, brush, new XRect(0, y, width, font.Height + 4), format);
}
