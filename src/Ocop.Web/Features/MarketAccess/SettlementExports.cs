using System.Globalization;
using Ocop.Web.Infrastructure;
using Ocop.Web.Infrastructure.Pdf;

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
        using var pdf = new PdfReport(Title(s), landscape: true);
        foreach (var line in Parties(s))
        {
            pdf.Line(line);
        }

        pdf.Gap(8);
        var widths = pdf.Columns(62, 56, 46, 46, 46, 56, 78, 72, 78);
        string Amount(decimal? v) => v is { } m ? Money.Number(decimal.Round(m, 0, MidpointRounding.AwayFromZero)) : "";
        string Count(int v) => Money.Number(v);
        pdf.Row(Headers, widths, bold: true, shaded: true);
        foreach (var l in s.Lines)
        {
            pdf.Row([l.ProductName, Amount(l.UnitPrice), Count(l.Opening), Count(l.Delivered), Count(l.Sold), Count(l.Returned), Count(l.Closing), Amount(l.Gross), Amount(l.Commission), Amount(l.Net)], widths);
        }

        pdf.Row(["Tổng cộng", "", "", "", Count(s.Sold), "", "", Amount(s.Gross), Amount(s.Commission), Amount(s.Net)], widths, bold: true, shaded: true);
        pdf.Signatures("ĐẠI DIỆN BÊN KÝ GỬI", "ĐẠI DIỆN BÊN NHẬN KÝ GỬI");
        return pdf.ToArray();
    }
}
