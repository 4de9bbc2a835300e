using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Ocop.Web.Data;
using Ocop.Web.Features.Producers;
using Ocop.Web.Features.Programme;
using Ocop.Web.Infrastructure;

namespace Ocop.Web.Features.Import;

/// <summary>One producer of the list, with how many products it has and how many are rated today.</summary>
public sealed record ProducerExportRow(
    string Name, ProducerType Type, string? TaxCode, string? Representative, string? Address, string Commune, string? Phone, string? Email,
    ProducerStatus Status, bool WomanOwned, bool EthnicMinorityOwned, int Products, int RatedProducts, DateOnly RegisteredOn);

/// <summary>
/// The area's producers as a formatted list (.xlsx: bold headers, widths, dd/mm/yyyy dates, a totals row and a
/// summary sheet by type and status; or CSV). Rated = a certificate in force or a confirmed legacy rating today.
/// </summary>
public sealed class ProducerExport(OcopDbContext db, TimeProvider clock)
{
    public static readonly string[] Headers =
    [
        "Tên chủ thể", "Loại hình", "Mã số thuế", "Người đại diện", "Địa chỉ", "Xã/phường", "Điện thoại", "Email", "Trạng thái",
        "Nữ làm chủ", "DTTS làm chủ", "Số sản phẩm", "Sản phẩm có sao", "Ngày đăng ký",
    ];

    private static readonly double[] Widths = [36, 14, 14, 24, 30, 24, 14, 26, 14, 11, 12, 12, 15, 14];

    /// <summary>The province's producers (a commune's when given), by name.</summary>
    public async Task<List<ProducerExportRow>> RowsAsync(string provinceCode, string? communeCode, CancellationToken ct)
    {
        var today = VietnamTime.Today(clock);
        var rated = (await RecognitionHistory.RatedOnAsync(db, provinceCode, communeCode, today, ct)).Select(r => r.ProductId).ToHashSet();
        var products = await RecognitionHistory.ProductsOf(db, provinceCode, communeCode)
            .Select(p => new { p.Id, p.ProducerId }).ToListAsync(ct);
        var communes = await db.Communes.Where(c => c.ProvinceCode == provinceCode).ToDictionaryAsync(c => c.Code, c => c.Name, ct);
        var producers = await db.Producers.AsNoTracking()
            .Where(p => p.ProvinceCode == provinceCode && (communeCode == null || p.CommuneCode == communeCode))
            .OrderBy(p => p.Name).ThenBy(p => p.Id)
            .ToListAsync(ct);
        var byProducer = products.ToLookup(p => p.ProducerId, p => p.Id);
        return [.. producers.Select(p => new ProducerExportRow(
            p.Name, p.Type, p.TaxCode, p.LegalRepresentative, p.AddressLine, communes.GetValueOrDefault(p.CommuneCode, p.CommuneCode), p.Phone, p.Email,
            p.Status, p.WomanOwned, p.EthnicMinorityOwned, byProducer[p.Id].Count(), byProducer[p.Id].Count(rated.Contains),
            DateOnly.FromDateTime(VietnamTime.ToLocal(p.CreatedAt))))];
    }

    public static string StatusName(ProducerStatus status) => status switch
    {
        ProducerStatus.Suspended => "Tạm ngừng",
        ProducerStatus.Dissolved => "Giải thể",
        _ => "Hoạt động",
    };

    public static byte[] Xlsx(IReadOnlyList<ProducerExportRow> rows, string provinceName, DateOnly today)
    {
        var list = new List<IReadOnlyList<object?>>();
        list.Add(Headers);
        list.AddRange(rows.Select(r => (IReadOnlyList<object?>)[
            r.Name, RegistryExport.TypeName(r.Type), r.TaxCode, r.Representative, r.Address, r.Commune, r.Phone, r.Email, StatusName(r.Status),
            r.WomanOwned ? "Có" : null, r.EthnicMinorityOwned ? "Có" : null, r.Products, r.RatedProducts, r.RegisteredOn]));
        list.Add([
            $"Tổng cộng: {rows.Count} chủ thể", null, null, null, null, null, null, null, null,
            rows.Count(r => r.WomanOwned), rows.Count(r => r.EthnicMinorityOwned), rows.Sum(r => r.Products), rows.Sum(r => r.RatedProducts)]);

        var summary = new List<IReadOnlyList<object?>>();
        summary.Add([$"Chủ thể OCOP — {provinceName}"]);
        summary.Add(["Ngày xuất", today]);
        summary.Add([]);
        summary.Add(["Loại hình", "Số chủ thể", "Đang hoạt động", "Có sản phẩm có sao"]);
        foreach (var type in Enum.GetValues<ProducerType>())
        {
            var ofType = rows.Where(r => r.Type == type).ToList();
            summary.Add([RegistryExport.TypeName(type), ofType.Count, ofType.Count(r => r.Status == ProducerStatus.Active), ofType.Count(r => r.RatedProducts > 0)]);
        }

        summary.Add(["Tổng cộng", rows.Count, rows.Count(r => r.Status == ProducerStatus.Active), rows.Count(r => r.RatedProducts > 0)]);
        return Infrastructure.Xlsx.Write(
            new XlsxSheet("Chủ thể", list, Widths, new HashSet<int> { 0, list.Count - 1 }),
            new XlsxSheet("Tổng hợp", summary, [28, 14, 16, 20], new HashSet<int> { 0, 3, summary.Count - 1 }));
    }

    public static byte[] Csv(IReadOnlyList<ProducerExportRow> rows) =>
        Infrastructure.Csv.Write([Headers, .. rows.Select(r => (IReadOnlyList<string?>)[
            r.Name, RegistryExport.TypeName(r.Type), r.TaxCode, r.Representative, r.Address, r.Commune, r.Phone, r.Email, StatusName(r.Status),
            r.WomanOwned ? "Có" : null, r.EthnicMinorityOwned ? "Có" : null, Number(r.Products), Number(r.RatedProducts),
            r.RegisteredOn.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture)])]);

    private static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);
}
