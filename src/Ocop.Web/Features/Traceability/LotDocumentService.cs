using Microsoft.EntityFrameworkCore;
using Ocop.Web.Data;
using Ocop.Web.Features.Accounts;
using Ocop.Web.Features.Products;
using Ocop.Web.Infrastructure;

namespace Ocop.Web.Features.Traceability;

/// <summary>A document of a lot as listed on its pages.</summary>
public sealed record LotDocumentItem(int Id, string Title, string FileName, string ContentType, long Length, DateTime UploadedAt);

/// <summary>
/// Documents of a lot: officers of the product's area and its producer add and remove them (PDF, JPEG or
/// PNG, recognised by content, within `Ocop:Uploads:MaxDocumentBytes`); anyone reads those of a reachable product.
/// </summary>
public sealed class LotDocumentService(OcopDbContext db, DataFolder dataFolder, IConfiguration configuration, TimeProvider clock, ICurrentUser currentUser)
{
    public long MaxBytes => configuration.GetValue<long?>("Ocop:Uploads:MaxDocumentBytes") ?? 10 * 1024 * 1024;

    public async Task<IReadOnlyList<LotDocumentItem>> ListAsync(int lotId, CancellationToken ct) =>
        await db.LotDocuments.AsNoTracking().Where(d => d.LotId == lotId).OrderBy(d => d.UploadedAt).ThenBy(d => d.Id)
            .Select(d => new LotDocumentItem(d.Id, d.Title, d.FileName, d.ContentType, d.Length, d.UploadedAt))
            .ToListAsync(ct);

    /// <summary>The documents of several lots in one query (a product page lists every lot with its documents).</summary>
    public async Task<Dictionary<int, IReadOnlyList<LotDocumentItem>>> ListForLotsAsync(IReadOnlyCollection<int> lotIds, CancellationToken ct)
    {
        var rows = await db.LotDocuments.AsNoTracking().Where(d => lotIds.Contains(d.LotId)).OrderBy(d => d.UploadedAt).ThenBy(d => d.Id)
            .Select(d => new { d.LotId, Item = new LotDocumentItem(d.Id, d.Title, d.FileName, d.ContentType, d.Length, d.UploadedAt) })
            .ToListAsync(ct);
        var byLot = rows.ToLookup(r => r.LotId, r => r.Item);
        return lotIds.ToDictionary(id => id, id => (IReadOnlyList<LotDocumentItem>)[.. byLot[id]]);
    }

    public async Task<ServiceResult<int>> AddAsync(int productId, int lotId, string? title, string fileName, Stream content, long length, UserScope scope, CancellationToken ct)
    {
        if (!await IsEditableAsync(productId, lotId, scope, ct))
        {
            return ServiceResult<int>.NotFound();
        }

        var errors = new ValidationErrors();
        TextRules.RequireName(errors, "Title", title, 200);
        var (bytes, format, error) = await DocumentFiles.ReadAsync(content, length, fileName, MaxBytes, ct);
        if (error is not null || format.Extension is not (".pdf" or ".jpg" or ".png"))
        {
            // Shown to the public: documents to read, not Office files.
            errors.Add("File", error is null or "Validation.Document.Format" ? "Validation.LotDocument.Format" : error);
        }

        if (errors.Any)
        {
            return ServiceResult<int>.Invalid(errors.ToDictionary());
        }

        var storedName = Guid.NewGuid().ToString("N") + format.Extension;
        var path = PathOf(lotId, storedName);
        var document = new LotDocument
        {
            LotId = lotId, Title = title!.Trim(), FileName = DocumentFiles.CleanName(fileName, format.Extension), StoredName = storedName,
            ContentType = format.ContentType, Length = bytes!.Length, UploadedAt = clock.GetUtcNow().UtcDateTime, UploadedBy = currentUser.Name,
        };
        db.LotDocuments.Add(document);
        await DocumentFiles.StoreAsync(path, bytes, () => db.SaveChangesAsync(ct), ct);

        return ServiceResult<int>.Ok(document.Id);
    }

    public async Task<bool> DeleteAsync(int productId, int lotId, int documentId, UserScope scope, CancellationToken ct)
    {
        var document = await db.LotDocuments.SingleOrDefaultAsync(d => d.Id == documentId && d.LotId == lotId, ct);
        if (document is null || !await IsEditableAsync(productId, lotId, scope, ct))
        {
            return false;
        }

        // The row goes first: a file left behind by a failure is harmless, a row without its file is not.
        db.LotDocuments.Remove(document);
        await db.SaveChangesAsync(ct);
        File.Delete(PathOf(lotId, document.StoredName));
        return true;
    }

    /// <summary>The file of a document of a reachable product's lot, or null.</summary>
    public async Task<(string Path, string ContentType, string FileName)?> OpenPublicAsync(int documentId, CancellationToken ct)
    {
        var document = await db.LotDocuments.AsNoTracking()
            .Where(d => d.Id == documentId && db.ProductLots.Any(l => l.Id == d.LotId && db.Products.ThatArePublic().Any(p => p.Id == l.ProductId)))
            .SingleOrDefaultAsync(ct);
        if (document is null)
        {
            return null;
        }

        var path = PathOf(document.LotId, document.StoredName);
        return File.Exists(path) ? (path, document.ContentType, document.FileName) : null;
    }

    private async Task<bool> IsEditableAsync(int productId, int lotId, UserScope scope, CancellationToken ct) =>
        scope.CanWrite
        && await db.Products.VisibleTo(scope).AnyAsync(p => p.Id == productId, ct)
        && await db.ProductLots.AnyAsync(l => l.Id == lotId && l.ProductId == productId, ct);

    private string PathOf(int lotId, string storedName) =>
        dataFolder.PathFor("uploads", "lots", lotId.ToString(System.Globalization.CultureInfo.InvariantCulture), storedName);
}
