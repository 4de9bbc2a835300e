using Microsoft.EntityFrameworkCore;
using Ocop.Web.Data;
using Ocop.Web.Features.Accounts;
using Ocop.Web.Infrastructure;

namespace Ocop.Web.Features.Evaluation.Dossiers;

/// <summary>
/// A dossier's documents on disk under the data folder (uploads/dossiers/{id}/). Files are typed
/// by the applicant, recognised by content (PDF, JPEG, PNG, DOCX, XLSX) and limited in size by
/// `Ocop:Uploads:MaxDocumentBytes` (10 MB). Only a draft or returned dossier takes changes.
/// </summary>
public sealed class DossierDocumentService(OcopDbContext db, DossierService dossiers, DataFolder dataFolder, IConfiguration configuration, TimeProvider clock, ICurrentUser currentUser)
{
    public long MaxBytes => configuration.GetValue<long?>("Ocop:Uploads:MaxDocumentBytes") ?? 10 * 1024 * 1024;

    public async Task<ServiceResult<int>> AddAsync(int dossierId, DossierDocumentType? type, string fileName, Stream content, long length, UserScope scope, CancellationToken ct)
    {
        var dossier = await dossiers.Visible(scope).SingleOrDefaultAsync(d => d.Id == dossierId, ct);
        if (dossier is null || !scope.CanWrite)
        {
            return ServiceResult<int>.NotFound();
        }

        if (!dossier.IsEditable)
        {
            return ServiceResult<int>.Invalid("", "Validation.Dossier.NotEditable");
        }

        if (type is not { } documentType || !Enum.IsDefined(documentType))
        {
            return ServiceResult<int>.Invalid("Type", "Validation.Document.TypeMissing");
        }

        var (bytes, format, error) = await DocumentFiles.ReadAsync(content, length, fileName, MaxBytes, ct);
        if (error is not null)
        {
            return ServiceResult<int>.Invalid("File", error);
        }

        var storedName = Guid.NewGuid().ToString("N") + format.Extension;
        var path = PathOf(dossierId, storedName);
        var document = new DossierDocument
        {
            DossierId = dossierId, Type = documentType, FileName = DocumentFiles.CleanName(fileName, format.Extension), StoredName = storedName,
            ContentType = format.ContentType, Length = bytes!.Length, UploadedAt = clock.GetUtcNow().UtcDateTime, UploadedBy = currentUser.Name,
        };
        db.DossierDocuments.Add(document);
        await DocumentFiles.StoreAsync(path, bytes, () => db.SaveChangesAsync(ct), ct);

        return ServiceResult<int>.Ok(document.Id);
    }

    public async Task<ServiceResult<int>> DeleteAsync(int dossierId, int documentId, UserScope scope, CancellationToken ct)
    {
        var dossier = await dossiers.Visible(scope).SingleOrDefaultAsync(d => d.Id == dossierId, ct);
        var document = await db.DossierDocuments.SingleOrDefaultAsync(d => d.Id == documentId && d.DossierId == dossierId, ct);
        if (dossier is null || document is null || !scope.CanWrite)
        {
            return ServiceResult<int>.NotFound();
        }

        if (!dossier.IsEditable)
        {
            return ServiceResult<int>.Invalid("", "Validation.Dossier.NotEditable");
        }

        db.DossierDocuments.Remove(document);
        await db.SaveChangesAsync(ct);
        File.Delete(PathOf(dossierId, document.StoredName));
        return ServiceResult<int>.Ok(documentId);
    }

    /// <summary>The file of a document the caller may see, or null.</summary>
    public async Task<(string Path, string ContentType, string FileName)?> OpenAsync(int dossierId, int documentId, UserScope scope, CancellationToken ct)
    {
        if (!await dossiers.Visible(scope).AnyAsync(d => d.Id == dossierId, ct))
        {
            return null;
        }

        var document = await db.DossierDocuments.AsNoTracking().SingleOrDefaultAsync(d => d.Id == documentId && d.DossierId == dossierId, ct);
        return document is null ? null : (PathOf(dossierId, document.StoredName), document.ContentType, document.FileName);
    }

    internal string PathOf(int dossierId, string storedName) =>
        dataFolder.PathFor("uploads", "dossiers", dossierId.ToString(System.Globalization.CultureInfo.InvariantCulture), storedName);
}
