using Ocop.Web.Infrastructure;
using Ocop.Web.Infrastructure.Pdf;
using PdfSharp.Drawing;
using PdfSharp.Pdf;

namespace Ocop.Web.Features.Training;

/// <summary>The attendance certificate (giấy chứng nhận tham dự): A4 landscape, framed, in Vietnamese (Noto Sans).</summary>
public static class TrainingCertificatePdf
{
    public static string Number(RegistrationItem r) => $"{r.CourseId:000}/{r.Id:00000}/CN-ĐT";

    public static byte[] Create(RegistrationItem registration, CourseItem course, string provinceName, DateOnly issuedOn)
    {
        NotoFontResolver.EnsureInstalled();
        using var document = new PdfDocument();
        document.Info.Title = $"Giấy chứng nhận — {registration.ParticipantName}";
        var page = document.AddPage();
        page.Size = PdfSharp.PageSize.A4;
        page.Orientation = PdfSharp.PageOrientation.Landscape;
        using (var gfx = XGraphics.FromPdfPage(page))
        {
            var width = page.Width.Point;
            var height = page.Height.Point;
            var green = new XSolidBrush(XColor.FromArgb(31, 95, 63));
            gfx.DrawRectangle(new XPen(XColor.FromArgb(31, 95, 63), 4), 24, 24, width - 48, height - 48);
            gfx.DrawRectangle(new XPen(XColor.FromArgb(31, 95, 63), 1), 32, 32, width - 64, height - 64);
            var small = new XFont(NotoFontResolver.Family, 11);
            var text = new XFont(NotoFontResolver.Family, 14);
            var bold = new XFont(NotoFontResolver.Family, 14, XFontStyleEx.Bold);
            var title = new XFont(NotoFontResolver.Family, 30, XFontStyleEx.Bold);
            var name = new XFont(NotoFontResolver.Family, 24, XFontStyleEx.Bold);
            void Centre(string value, XFont font, XBrush brush, double y) => gfx.DrawString(value, font, brush, new XRect(60, y, width - 120, font.Height + 4), XStringFormats.TopCenter);

            Centre("CHƯƠNG TRÌNH MỖI XÃ MỘT SẢN PHẨM (OCOP) — " + provinceName.ToUpperInvariant(), small, XBrushes.Black, 60);
            Centre($"Số: {Number(registration)}", small, XBrushes.Black, 78);
            Centre("GIẤY CHỨNG NHẬN", title, green, 120);
            Centre("Chứng nhận", text, XBrushes.Black, 180);
            Centre(registration.ParticipantName, name, XBrushes.Black, 204);
            if (registration.Organisation is { } organisation)
            {
                Centre(organisation, text, XBrushes.Black, 240);
            }

            Centre("đã tham dự đầy đủ khóa đào tạo", text, XBrushes.Black, 270);
            Centre(course.Title, bold, XBrushes.Black, 294);
            Centre($"từ ngày {VietnamTime.Format(course.StartsOn)} đến ngày {VietnamTime.Format(course.EndsOn)}, {(course.IsOnline ? "trực tuyến" : "tại " + course.Place)}", text, XBrushes.Black, 322);
            if (course.Trainer is { } trainer)
            {
                Centre($"Giảng viên: {trainer}", small, XBrushes.Black, 348);
            }

            var right = new XRect(width / 2, 400, (width / 2) - 60, 20);
            gfx.DrawString($"{provinceName}, ngày {issuedOn.Day:00} tháng {issuedOn.Month:00} năm {issuedOn.Year}", small, XBrushes.Black, right, XStringFormats.TopCenter);
            right.Offset(0, 22);
            gfx.DrawString("ĐẠI DIỆN ĐƠN VỊ TỔ CHỨC", bold, XBrushes.Black, right, XStringFormats.TopCenter);
        }

        using var stream = new MemoryStream();
        document.Save(stream);
        return stream.ToArray();
    }
}
