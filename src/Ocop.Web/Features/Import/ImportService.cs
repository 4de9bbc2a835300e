using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Ocop.Web.Data;
using Ocop.Web.Features.Accounts;
using Ocop.Web.Features.Search;
using Ocop.Web.Infrastructure;

namespace Ocop.Web.Features.Import;

/// <summary>
/// A province's list imported into the registry: upload (the file is kept), column mapping (guessed from the
/// headers, or the one the province chose last time for the same headers), preview with row errors, then the import
/// itself in one transaction — all rows or none. Province-level officers only.
/// </summary>
public sealed class ImportService(OcopDbContext db, ImportWriter writer, TimeProvider clock)
{
    public const int MaxBytes = 20 * 1024 * 1024;

    public async Task<ServiceResult<int>> UploadAsync(string fileName, byte[] content, UserScope scope, CancellationToken ct)
    {
        if (Province(scope) is not { } province)
        {
            return ServiceResult<int>.Invalid("File", "Validation.Import.NotProvince");
        }

        if (content.Length > MaxBytes)
        {
            return ServiceResult<int>.Invalid("File", "Validation.Import.TooLarge");
        }

        var (sheet, error) = SpreadsheetFile.Read(content);
        if (sheet is null)
        {
            return ServiceResult<int>.Invalid("File", error!);
        }

        var header = ImportPlanner.Header(sheet).Cells;
        var signature = Signature(header);
        var remembered = await db.ImportMappings.Where(m => m.ProvinceCode == province && m.HeaderSignature == signature).Select(m => m.MappingJson).FirstOrDefaultAsync(ct);
        var batch = new ImportBatch
        {
            ProvinceCode = province, FileName = Path.GetFileName(fileName).Trim() is { Length: > 0 } name ? name[..Math.Min(name.Length, 200)] : "import",
            Content = content, MappingJson = remembered ?? ToJson(ImportFields.Guess(header)), Status = ImportStatus.Uploaded,
            UploadedAt = clock.GetUtcNow().UtcDateTime, UploadedBy = scope.UserName,
        };
        db.ImportBatches.Add(batch);
        await db.SaveChangesAsync(ct);
        return ServiceResult<int>.Ok(batch.Id);
    }

    /// <summary>What importing the batch would do now (the registry may have changed since the upload).</summary>
    public async Task<(ImportBatch Batch, ImportPlan Plan)?> PreviewAsync(int id, UserScope scope, CancellationToken ct)
    {
        if (Province(scope) is not { } province || await db.ImportBatches.AsNoTracking().SingleOrDefaultAsync(b => b.Id == id && b.ProvinceCode == province, ct) is not { } batch)
        {
            return null;
        }

        return (batch, await PlanAsync(batch, ct));
    }

    /// <summary>Sets the columns of the batch's fields and remembers them for lists with the same headers.</summary>
    public async Task<ServiceResult<int>> MapAsync(int id, IReadOnlyDictionary<ImportField, int> mapping, UserScope scope, CancellationToken ct)
    {
        if (Province(scope) is not { } province || await db.ImportBatches.SingleOrDefaultAsync(b => b.Id == id && b.ProvinceCode == province, ct) is not { } batch)
        {
            return ServiceResult<int>.NotFound();
        }

        var header = ImportPlanner.Header(SpreadsheetFile.Read(batch.Content).Sheet!).Cells;
        var clean = mapping.Where(m => Enum.IsDefined(m.Key) && m.Value >= 0).ToDictionary();
        if (clean.Values.Any(c => c >= header.Count) || clean.Values.Distinct().Count() != clean.Count)
        {
            return ServiceResult<int>.Invalid("Mapping", "Validation.Import.Mapping");
        }

        batch.MappingJson = ToJson(clean);
        var signature = Signature(header);
        var remembered = await db.ImportMappings.SingleOrDefaultAsync(m => m.ProvinceCode == province && m.HeaderSignature == signature, ct);
        remembered ??= db.ImportMappings.Add(new ImportMapping { ProvinceCode = province, HeaderSignature = signature, MappingJson = "" }).Entity;
        remembered.MappingJson = batch.MappingJson;
        remembered.UpdatedAt = clock.GetUtcNow().UtcDateTime;
        await db.SaveChangesAsync(ct);
        return ServiceResult<int>.Ok(batch.Id);
    }

    /// <summary>Imports every row or none, once: refused while any row has an error, 409 once imported.</summary>
    public async Task<ServiceResult<int>> CommitAsync(int id, UserScope scope, IProgress<(int Done, int Total)>? progress, CancellationToken ct)
    {
        if (Province(scope) is not { } province || await db.ImportBatches.SingleOrDefaultAsync(b => b.Id == id && b.ProvinceCode == province, ct) is not { } batch)
        {
            return ServiceResult<int>.NotFound();
        }

        if (batch.Status == ImportStatus.Imported)
        {
            return ServiceResult<int>.Conflict();
        }

        var plan = await PlanAsync(batch, ct);
        if (!plan.CanImport)
        {
            return ServiceResult<int>.Invalid("File", "Validation.Import.HasErrors");
        }

        return await writer.WriteAsync(batch, plan, scope.UserName, progress, ct) ? ServiceResult<int>.Ok(batch.Id) : ServiceResult<int>.Conflict();
    }

    /// <summary>Is the batch one of the user's province (for the progress poll, which reads no batch data)?</summary>
    public async Task<bool> IsVisibleAsync(int id, UserScope scope, CancellationToken ct) =>
        Province(scope) is { } province && await db.ImportBatches.AnyAsync(b => b.Id == id && b.ProvinceCode == province, ct);

    public async Task<List<ImportBatch>> RecentAsync(UserScope scope, CancellationToken ct) =>
        Province(scope) is { } province
            ? await db.ImportBatches.AsNoTracking().Where(b => b.ProvinceCode == province).OrderByDescending(b => b.UploadedAt).Take(20)
                .Select(b => new ImportBatch { Id = b.Id, ProvinceCode = b.ProvinceCode, FileName = b.FileName, Content = Array.Empty<byte>(), MappingJson = b.MappingJson, Status = b.Status,
                    UploadedAt = b.UploadedAt, UploadedBy = b.UploadedBy, ImportedAt = b.ImportedAt, ProducersCreated = b.ProducersCreated, ProducersUpdated = b.ProducersUpdated,
                    ProductsCreated = b.ProductsCreated, ProductsUpdated = b.ProductsUpdated })
                .ToListAsync(ct)
            : [];

    private async Task<ImportPlan> PlanAsync(ImportBatch batch, CancellationToken ct)
    {
        var sheet = SpreadsheetFile.Read(batch.Content).Sheet!;
        var reference = await ImportReference.LoadAsync(db, batch.ProvinceCode, ct);
        return ImportPlanner.Plan(sheet, FromJson(batch.MappingJson), reference, VietnamTime.Today(clock));
    }

    private static string? Province(UserScope scope) => scope is { IsOfficer: true, IsNational: false, CommuneCode: null, ProvinceCode: { } p } ? p : null;

    public static string Signature(IEnumerable<string> header) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(string.Join("|", header.Select(VietnameseText.Fold)))));

    private static string ToJson(IReadOnlyDictionary<ImportField, int> mapping) => JsonSerializer.Serialize(mapping.ToDictionary(m => m.Key.ToString(), m => m.Value));

    public static Dictionary<ImportField, int> FromJson(string json) =>
        JsonSerializer.Deserialize<Dictionary<string, int>>(json)!.Where(m => Enum.TryParse<ImportField>(m.Key, out _)).ToDictionary(m => Enum.Parse<ImportField>(m.Key), m => m.Value);
}
