using Ocop.Web.Infrastructure;
using Ocop.Web.Infrastructure.Pdf;

namespace Ocop.Web.Features.Fairs;

/// <summary>The fair's summary report as Excel (one sheet: facts, zones, exhibitors) and as an A4 landscape PDF.</summary>
public static class FairSummaryExports
{
    private static readonly string[] ZoneHeaders = ["Khu", "Số gian", "Gian đã xếp", "Đơn vị", "Doanh số (đ)", "Hợp đồng", "Giá trị hợp đồng (đ)"];
    private static readonly string[] ExhibitorHeaders = ["Đơn vị tham gia", "Tỉnh/thành", "Gian", "Sản phẩm", "Doanh số (đ)", "Hợp đồng", "Giá trị hợp đồng (đ)"];

    public static string Title(FairSummary s) => $"BÁO CÁO TỔNG KẾT {s.Fair.Name.ToUpperInvariant()}";

    private static string[] Facts(FairSummary s) =>
    [
        $"Đơn vị tổ chức: {s.Fair.Organiser} · Địa điểm: {s.Fair.Venue} · Thời gian: {VietnamTime.Format(s.Fair.StartsOn)} – {VietnamTime.Format(s.Fair.EndsOn)}",
        $"Gian hàng: {Money.Number(s.BoothsTaken)}/{Money.Number(s.Booths)} đã xếp ({Money.Number(s.Occupancy)}%) · Tiền thuê gian: {Money.Number(s.BoothFees)} đ",
        $"Đơn vị tham gia: {Money.Number(s.Exhibitors)} (tỉnh/thành khác: {Money.Number(s.FromOtherProvinces)}) · Sản phẩm trưng bày: {Money.Number(s.ProductsShown)}",
        $"Khách tham quan: {(s.Fair.Visitors is { } v ? Money.Number(v) : "chưa nhập")} · Doanh số: {Money.Number(s.Sales)} đ · Hợp đồng ký kết: {Money.Number(s.Contracts)}, trị giá {Money.Number(s.ContractValue)} đ",
    ];

    public static byte[] Excel(FairSummary s)
    {
        var rows = new List<IReadOnlyList<object?>> { new object?[] { Title(s) } };
        rows.AddRange(Facts(s).Select(f => (IReadOnlyList<object?>)new object?[] { f }));
        rows.Add([]);
        var bold = new HashSet<int> { 0, rows.Count };
        rows.Add(ZoneHeaders);
        rows.AddRange(s.Zones.Select(z => (IReadOnlyList<object?>)new object?[] { $"{z.Code} — {z.Name}", z.Booths, z.BoothsTaken, z.Exhibitors, z.Sales, z.Contracts, z.ContractValue }));
        bold.Add(rows.Count);
        rows.Add(new object?[] { "Tổng cộng", s.Booths, s.BoothsTaken, s.Exhibitors, s.Sales, s.Contracts, s.ContractValue });
        rows.Add([]);
        bold.Add(rows.Count);
        rows.Add(ExhibitorHeaders);
        rows.AddRange(s.Lines.Select(l => (IReadOnlyList<object?>)new object?[] { l.ProducerName, l.ProvinceName, l.Booths, l.ProductsShown, l.Sales, l.Contracts, l.ContractValue }));
        return Xlsx.Write(new XlsxSheet("Tong ket", rows, [48, 18, 16, 12, 18, 12, 20], bold));
    }

    public static byte[] Pdf(FairSummary s)
    {
        using var pdf = new PdfReport(Title(s), landscape: true);
        foreach (var line in Facts(s))
        {
            pdf.Line(line);
        }

        pdf.Gap(10);
        pdf.Line("Theo khu", bold: true);
        var zoneWidths = pdf.Columns(60, 70, 60, 100, 60, 110);
        pdf.Row(ZoneHeaders, zoneWidths, bold: true, shaded: true);
        foreach (var z in s.Zones)
        {
            pdf.Row([$"{z.Code} — {z.Name}", N(z.Booths), N(z.BoothsTaken), N(z.Exhibitors), N(z.Sales), N(z.Contracts), N(z.ContractValue)], zoneWidths);
        }

        pdf.Row(["Tổng cộng", N(s.Booths), N(s.BoothsTaken), N(s.Exhibitors), N(s.Sales), N(s.Contracts), N(s.ContractValue)], zoneWidths, bold: true, shaded: true);
        pdf.Gap(10);
        pdf.Line("Theo đơn vị tham gia", bold: true);
        var widths = pdf.Columns(110, 90, 60, 100, 60, 110);
        pdf.Row(ExhibitorHeaders, widths, bold: true, shaded: true, leftColumns: 3);
        foreach (var l in s.Lines)
        {
            pdf.Row([l.ProducerName, l.ProvinceName, l.Booths, N(l.ProductsShown), N(l.Sales), N(l.Contracts), N(l.ContractValue)], widths, leftColumns: 3);
        }

        pdf.Signatures("NGƯỜI LẬP BÁO CÁO", "ĐẠI DIỆN BAN TỔ CHỨC");
        return pdf.ToArray();
    }

    private static string N(decimal? value) => value is { } v ? Money.Number(v) : "";

    private static string N(int? value) => value is { } v ? Money.Number(v) : "";
}
