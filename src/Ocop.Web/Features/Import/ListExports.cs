using Microsoft.EntityFrameworkCore;
using Ocop.Web.Data;
using Ocop.Web.Features.Accounts;
using Ocop.Web.Features.Evaluation.Certificates;
using Ocop.Web.Features.Programme;
using Ocop.Web.Infrastructure;

namespace Ocop.Web.Features.Import;

/// <summary>A list written out: its rows counted, the file, its type and name, and the province it covers.</summary>
public sealed record ExportedList(int Count, byte[] Content, string ContentType, string FileName, string ProvinceName);

/// <summary>
/// The area's lists — products (in the import's layout), producers, certificates — as .xlsx or CSV, for the
/// download links and the CLI alike. The province is the officer's own (a commune officer's list is the
/// commune's part); the national administrator names it.
/// </summary>
public sealed class ListExports(OcopDbContext db, TimeProvider clock, RegistryExport products, ProducerExport producers, CertificateExport certificates)
{
    /// <summary>Each list by its name, with the word its files are named after.</summary>
    public static readonly IReadOnlyDictionary<string, string> Lists = new Dictionary<string, string>
    {
        ["products"] = "san-pham", ["producers"] = "chu-the", ["certificates"] = "chung-nhan",
    };

    private const string CsvType = "text/csv; charset=utf-8";

    /// <summary>Null when the list is unknown or the province outside the caller's scope (or unknown).</summary>
    public async Task<ExportedList?> BuildAsync(string list, bool csv, UserScope scope, string? province, CertificateStatus? status, CancellationToken ct)
    {
        var code = TargetService.ProvinceFor(scope, province);
        var name = code is null ? null : await db.Provinces.Where(p => p.Code == code).Select(p => p.Name).SingleOrDefaultAsync(ct);
        if (name is null || !Lists.TryGetValue(list, out var fileWord))
        {
            return null;
        }

        var today = VietnamTime.Today(clock);
        var commune = scope.CommuneCode;
        var (count, content) = list switch
        {
            "products" => Write(await products.RowsAsync(code!, commune, ct), csv, RegistryExport.Csv, rows => RegistryExport.Xlsx(rows, name, today)),
            "producers" => Write(await producers.RowsAsync(code!, commune, ct), csv, ProducerExport.Csv, rows => ProducerExport.Xlsx(rows, name, today)),
            _ => Write(await certificates.RowsAsync(code!, commune, status, ct), csv, CertificateExport.Csv, rows => CertificateExport.Xlsx(rows, name, today)),
        };
        return new ExportedList(count, content, csv ? CsvType : Xlsx.ContentType, $"ocop-{fileWord}-{code}-{today:yyyyMMdd}.{(csv ? "csv" : "xlsx")}", name);
    }

    private static (int Count, byte[] Content) Write<T>(IReadOnlyList<T> rows, bool csv, Func<IReadOnlyList<T>, byte[]> toCsv, Func<IReadOnlyList<T>, byte[]> toXlsx) =>
        (rows.Count, csv ? toCsv(rows) : toXlsx(rows));
}
