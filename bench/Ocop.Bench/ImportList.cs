using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Ocop.Web.Features.Import;
using Ocop.Web.Infrastructure;

namespace Ocop.Bench;

/// <summary>
/// Writes a province's list as provinces keep it (.xlsx, the export's headers, a title row above them) with N product
/// rows: producers with two products each on average, spread over the province's communes (one in ten written with
/// its name before July 2025), a tax code for half the producers, a GTIN for half the products, 60% rated.
/// </summary>
public static class ImportList
{
    public static async Task<int> WriteAsync(BenchOptions options)
    {
        var rows = options.Number("rows", 20_000);
        var province = options.Get("province") ?? "68";
        var random = new Random(options.Number("seed", 7));
        await using var db = options.OpenDatabase();
        var communes = await db.Communes.Where(c => c.ProvinceCode == province).Select(c => c.Name).ToListAsync();
        var oldNames = await db.OldCommuneSuccessors.Where(s => db.Communes.Any(c => c.Code == s.NewCommuneCode && c.ProvinceCode == province))
            .GroupBy(s => s.OldCommuneCode).Where(g => g.Count() == 1).Select(g => g.Key)
            .Join(db.OldCommunes, code => code, o => o.Code, (_, o) => o.Name).ToListAsync();
        // Old names that also name a current commune, or two old communes, are left out: the import would ask which.
        var unique = oldNames.GroupBy(n => n).Where(g => g.Count() == 1).Select(g => g.Key).Except(communes).ToList();
        var sets = await db.ProductSets.Where(s => s.Code.StartsWith("148-")).Select(s => s.Code).ToListAsync();
        string[] kinds = ["Nước mắm", "Thanh long", "Mứt", "Trà", "Cà phê", "Mật ong", "Rượu vang", "Bánh tráng", "Tỏi", "Hạt điều"];

        var sheet = new List<IReadOnlyList<object?>>();
        sheet.Add([$"DANH SÁCH SẢN PHẨM OCOP (sinh cho đo hiệu năng, {rows} dòng)"]);
        sheet.Add([.. ImportFields.Headers.Values]);
        var producers = rows / 2;
        for (var i = 0; i < rows; i++)
        {
            var p = i % producers;
            var commune = p % 10 == 0 && unique.Count > 0 ? unique[p % unique.Count] : communes[p % communes.Count];
            var type = (p % 3) switch { 0 => "Hợp tác xã", 1 => "Doanh nghiệp", _ => "Hộ sản xuất" };
            var name = (p % 3) switch { 0 => $"HTX {kinds[p % kinds.Length]} số {p}", 1 => $"Công ty TNHH {kinds[p % kinds.Length]} {p}", _ => $"Hộ kinh doanh Nguyễn Văn {p}" };
            var tax = p % 2 == 0 ? (3_400_000_000L + p).ToString(CultureInfo.InvariantCulture) : null;
            var rated = random.Next(10) < 6;
            var date = new DateOnly(2023, 1, 1).AddDays(random.Next(900));
            var gtin = i % 2 == 0 ? Gtin13(8_930_000_000_00L + i) : null;
            sheet.Add([name, type, tax, commune, $"Thôn {p % 9 + 1}", null, $"{kinds[i % kinds.Length]} {commune} {i}", sets[i % sets.Count], gtin,
                rated ? 3 + random.Next(3) / 2 : null, rated ? $"QĐ {i}/QĐ-UBND" : null, rated ? date.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture) : null]);
        }

        var bytes = Xlsx.Write(new XlsxSheet("Danh sách", sheet, [.. ImportFields.Headers.Values.Select(_ => 18d)], new HashSet<int> { 1 }));
        await File.WriteAllBytesAsync(options.Require("out"), bytes);
        Console.WriteLine($"{rows} rows, {producers} producers, {bytes.Length / 1024} KB → {options.Require("out")}");
        return 0;
    }

    private static string Gtin13(long first12)
    {
        var digits = first12.ToString(CultureInfo.InvariantCulture).PadLeft(12, '0');
        return digits + Ocop.Web.Features.Products.Gtin.CheckDigit(digits).ToString(CultureInfo.InvariantCulture);
    }
}
