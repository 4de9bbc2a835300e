using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Ocop.Web.Data;
using Ocop.Web.Features.Producers;
using Ocop.Web.Features.Programme;
using Ocop.Web.Infrastructure;

namespace Ocop.Web.Features.Import;

/// <summary>One product of the export, in the import's columns (so the file comes back in unchanged).</summary>
public sealed record ExportRow(
    string ProducerName, ProducerType ProducerType, string? TaxCode, string Commune, string? Address, string? Phone,
    string ProductName, string ProductSet, string? Gtin, int? Stars, string? CertificateNumber, DateOnly? CertificateDate);

/// <summary>
/// The area's products with their producers as .xlsx (formatted: bold headers, widths, dates as dd/mm/yyyy, a
/// summary sheet with totals by stars) or CSV, in the import's layout: exporting then importing changes nothing.
/// The recognition date is the platform certificate's issue date, or a legacy rating's (36 months before it lapses).
/// </summary>
public sealed class RegistryExport(OcopDbContext db, TimeProvider clock)
{
    private static readonly double[] Widths = [36, 14, 14, 24, 30, 14, 36, 12, 16, 9, 22, 14];

    /// <summary>The province's products (a commune's when given), by producer then name.</summary>
    public async Task<List<ExportRow>> RowsAsync(string provinceCode, string? communeCode, CancellationToken ct)
    {
        var communeNames = await db.Communes.Where(c => c.ProvinceCode == provinceCode).ToDictionaryAsync(c => c.Code, c => c.Name, ct);
        // A name two communes of the province share is written as the code, which the import reads unambiguously.
        var shared = communeNames.Values.GroupBy(n => n).Where(g => g.Count() > 1).Select(g => g.Key).ToHashSet();
        var certificates = await RecognitionHistory.InForceOn(db, VietnamTime.Today(clock))
            .Where(c => c.Product!.Producer!.ProvinceCode == provinceCode)
            .Select(c => new { c.ProductId, c.Number, c.IssuedOn }).ToListAsync(ct);
        var issued = certificates.GroupBy(c => c.ProductId).ToDictionary(g => g.Key, g => g.OrderByDescending(c => c.IssuedOn).First());
        var products = await RecognitionHistory.ProductsOf(db, provinceCode, communeCode)
            .OrderBy(p => p.Producer!.Name).ThenBy(p => p.Name)
            .Select(p => new
            {
                p.Id, Producer = p.Producer!.Name, p.Producer.Type, p.Producer.TaxCode, p.Producer.CommuneCode, p.Producer.AddressLine, p.Producer.Phone,
                p.Name, Set = p.ProductSet!.Code, p.Gtin, p.Stars, p.CertificateReference, p.LegacyValidUntil,
            })
            .ToListAsync(ct);
        return [.. products.Select(p => new ExportRow(
            p.Producer, p.Type, p.TaxCode, shared.Contains(communeNames[p.CommuneCode]) ? p.CommuneCode : communeNames[p.CommuneCode], p.AddressLine, p.Phone,
            p.Name, p.Set, p.Gtin, p.Stars, p.CertificateReference,
            issued.TryGetValue(p.Id, out var c) && c.Number == p.CertificateReference ? c.IssuedOn
                : p.LegacyValidUntil?.AddMonths(-ImportPlanner.LegacyValidityMonths)))];
    }

    public static string TypeName(ProducerType type) => type switch
    {
        ProducerType.Cooperative => "Hợp tác xã",
        ProducerType.Enterprise => "Doanh nghiệp",
        _ => "Hộ sản xuất",
    };

    public static byte[] Xlsx(IReadOnlyList<ExportRow> rows, string provinceName, DateOnly today)
    {
        var list = new List<IReadOnlyList<object?>>();
        list.Add([.. ImportFields.Headers.Values]);
        list.AddRange(rows.Select(r => (IReadOnlyList<object?>)[
            r.ProducerName, TypeName(r.ProducerType), r.TaxCode, r.Commune, r.Address, r.Phone, r.ProductName, r.ProductSet, r.Gtin, r.Stars, r.CertificateNumber, r.CertificateDate]));
        var summary = new List<IReadOnlyList<object?>>();
        summary.Add([$"Sản phẩm OCOP — {provinceName}"]);
        summary.Add(["Ngày xuất", today]);
        summary.Add([]);
        summary.Add(["Hạng", "Số sản phẩm"]);
        summary.AddRange(Enumerable.Range(3, 3).Select(s => (IReadOnlyList<object?>)[$"{s} sao", rows.Count(r => r.Stars == s)]));
        summary.Add(["Chưa xếp hạng", rows.Count(r => r.Stars is null)]);
        summary.Add(["Tổng cộng", rows.Count]);
        summary.Add(["Số chủ thể", rows.Select(r => (r.ProducerName, r.Commune)).Distinct().Count()]);
        return Infrastructure.Xlsx.Write(
            new XlsxSheet("Sản phẩm", list, Widths, new HashSet<int> { 0 }),
            new XlsxSheet("Tổng hợp", summary, [28, 16], new HashSet<int> { 0, 3, 3 + 5 }));
    }

    public static byte[] Csv(IReadOnlyList<ExportRow> rows) =>
        Infrastructure.Csv.Write([[.. ImportFields.Headers.Values], .. rows.Select(r => (IReadOnlyList<string?>)[
            r.ProducerName, TypeName(r.ProducerType), r.TaxCode, r.Commune, r.Address, r.Phone, r.ProductName, r.ProductSet, r.Gtin,
            r.Stars?.ToString(CultureInfo.InvariantCulture), r.CertificateNumber, r.CertificateDate?.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture)])]);
}
