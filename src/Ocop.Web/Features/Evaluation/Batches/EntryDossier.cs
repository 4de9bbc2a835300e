using Microsoft.EntityFrameworkCore;
using Ocop.Web.Data;
using Ocop.Web.Features.Attachments;
using Ocop.Web.Features.Evaluation.Advisory;
using Ocop.Web.Features.Evaluation.Dossiers;
using Ocop.Web.Features.Products;

namespace Ocop.Web.Features.Evaluation.Batches;

/// <summary>What a council member reads beside their score sheet: the product, the dossier's documents, the producer's self-assessment and the advisory group's records.</summary>
public sealed record EntryDossier(
    int DossierId, int ProductId, bool ProductIsPublic, string? Description, string? Ingredients, string? Packaging, string? ShelfLife,
    IReadOnlyList<int> ImageIds, IReadOnlyList<DossierDocumentItem> Documents, IReadOnlyDictionary<string, int> SelfAssessment, int? SelfAssessmentTotal,
    IReadOnlyList<AdvisoryItem> Advisory)
{
    /// <summary>Files a browser shows in place (the others are downloaded).</summary>
    public static bool OpensInPlace(string contentType) => contentType is "application/pdf" or "image/jpeg" or "image/png";
}

/// <summary>
/// The dossier of a batch entry, read by a member of that batch's council (who is no officer of the dossier's place and so
/// cannot read it through <see cref="DossierService"/>). Anyone not on the council gets null.
/// </summary>
public sealed class EntryDossierService(OcopDbContext db, DossierDocumentService documents, AttachmentService attachments, AdvisoryService advisory)
{
    private IQueryable<BatchEntry> MemberEntry(int entryId, string userId) =>
        db.BatchEntries.Where(e => e.Id == entryId && e.Batch!.Council.Any(s => s.UserId == userId));

    public async Task<EntryDossier?> GetAsync(int entryId, string userId, CancellationToken ct)
    {
        var dossier = await db.Dossiers.AsNoTracking().Where(d => MemberEntry(entryId, userId).Select(e => e.DossierId).Contains(d.Id))
            .Include(d => d.Documents).Include(d => d.Product!).ThenInclude(p => p.Images)
            .AsSplitQuery().SingleOrDefaultAsync(ct);
        if (dossier is null)
        {
            return null;
        }

        var product = dossier.Product!;
        var isPublic = await db.Products.ThatArePublic().AnyAsync(p => p.Id == product.Id, ct);
        return new EntryDossier(
            dossier.Id, product.Id, isPublic, product.Description, product.Ingredients, product.Packaging, product.ShelfLife,
            [.. product.Images.OrderBy(i => i.SortOrder).ThenBy(i => i.Id).Select(i => i.Id)],
            [.. dossier.Documents.OrderBy(x => x.Type).ThenBy(x => x.Id).Select(x => new DossierDocumentItem(x.Id, x.Type, x.FileName, x.ContentType, x.Length, x.UploadedAt, x.UploadedBy))],
            DossierService.Answers(dossier), dossier.SelfAssessmentTotal, await advisory.RecordsOfAsync(dossier.Id, ct));
    }

    /// <summary>A document of the entry's dossier, for a member of its council.</summary>
    public async Task<(string Path, string ContentType, string FileName)?> OpenDocumentAsync(int entryId, int documentId, string userId, CancellationToken ct)
    {
        var document = await MemberEntry(entryId, userId).SelectMany(e => e.Dossier!.Documents).AsNoTracking()
            .SingleOrDefaultAsync(d => d.Id == documentId, ct);
        var path = document is null ? null : documents.PathOf(document.DossierId, document.StoredName);
        return path is not null && File.Exists(path) ? (path, document!.ContentType, document.FileName) : null;
    }

    /// <summary>A file of one of the advisory group's records on the entry's dossier, for a member of its council.</summary>
    public async Task<(string Path, string ContentType, string FileName)?> OpenAdvisoryFileAsync(int entryId, int attachmentId, string userId, CancellationToken ct)
    {
        var dossierIds = MemberEntry(entryId, userId).Select(e => e.DossierId);
        var recordIds = db.AdvisoryRecords.Where(r => dossierIds.Contains(r.DossierId)).Select(r => r.Id);
        var file = await db.Attachments.AsNoTracking()
            .SingleOrDefaultAsync(a => a.Id == attachmentId && a.AdvisoryRecordId != null && recordIds.Contains(a.AdvisoryRecordId.Value), ct);
        var path = file is null ? null : attachments.PathOf(file.StoredName);
        return path is not null && File.Exists(path) ? (path, file!.ContentType, file.FileName) : null;
    }
}
