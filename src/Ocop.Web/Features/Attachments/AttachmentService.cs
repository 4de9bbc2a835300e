using Microsoft.EntityFrameworkCore;
using Ocop.Web.Data;
using Ocop.Web.Features.Accounts;
using Ocop.Web.Features.Inspections;
using Ocop.Web.Features.Training;
using Ocop.Web.Infrastructure;

namespace Ocop.Web.Features.Attachments;

public sealed record AttachmentItem(int Id, string Title, string FileName, string ContentType, long Length, DateTime UploadedAt);

/// <summary>
/// Course materials, support-record documents, inspection documents and advisory records' photos and documents. A course's managing officers add and remove its materials;
/// they and the course's live trainees read them. A support record's officers add and remove its documents;
/// they and the producer read them. PDF, JPEG, PNG, .docx or .xlsx, recognised by content, within
/// `Ocop:Uploads:MaxDocumentBytes`.
/// </summary>
public sealed class AttachmentService(
    OcopDbContext db, CourseService courses, InspectionService inspections, Evaluation.Advisory.AdvisoryService advisory, DataFolder dataFolder, IConfiguration configuration, TimeProvider clock)
{
    public long MaxBytes => configuration.GetValue<long?>("Ocop:Uploads:MaxDocumentBytes") ?? 10 * 1024 * 1024;

    public async Task<List<AttachmentItem>?> ListAsync(AttachmentOwner owner, int ownerId, UserScope scope, CancellationToken ct) =>
        await CanReadAsync(owner, ownerId, scope, ct)
            ? await Of(owner, ownerId).AsNoTracking().OrderBy(a => a.UploadedAt).ThenBy(a => a.Id)
                .Select(a => new AttachmentItem(a.Id, a.Title, a.FileName, a.ContentType, a.Length, a.UploadedAt)).ToListAsync(ct)
            : null;

    public async Task<ServiceResult<int>> AddAsync(AttachmentOwner owner, int ownerId, string? title, string fileName, Stream content, long length, UserScope scope, CancellationToken ct)
    {
        if (!await CanEditAsync(owner, ownerId, scope, ct))
        {
            return ServiceResult<int>.NotFound();
        }

        var errors = new ValidationErrors();
        TextRules.RequireName(errors, "Title", title, 200);
        var (bytes, format, error) = await DocumentFiles.ReadAsync(content, length, fileName, MaxBytes, ct);
        if (error is not null)
        {
            errors.Add("File", error);
        }

        if (errors.Any)
        {
            return ServiceResult<int>.Invalid(errors.ToDictionary());
        }

        var storedName = Guid.NewGuid().ToString("N") + format.Extension;
        var attachment = new Attachment
        {
            CourseId = owner == AttachmentOwner.Course ? ownerId : null, SupportRecordId = owner == AttachmentOwner.SupportRecord ? ownerId : null,
            InspectionId = owner == AttachmentOwner.Inspection ? ownerId : null, AdvisoryRecordId = owner == AttachmentOwner.AdvisoryRecord ? ownerId : null,
            Title = title!.Trim(), FileName = DocumentFiles.CleanName(fileName, format.Extension), StoredName = storedName, ContentType = format.ContentType,
            Length = bytes!.Length, UploadedAt = clock.GetUtcNow().UtcDateTime, UploadedBy = scope.UserName,
        };
        db.Attachments.Add(attachment);
        await DocumentFiles.StoreAsync(PathOf(storedName), bytes, () => db.SaveChangesAsync(ct), ct);
        return ServiceResult<int>.Ok(attachment.Id);
    }

    /// <summary>A file uploaded through a form or the API (none: "choose a file") filed on the record.</summary>
    public async Task<ServiceResult<int>> AddUploadAsync(AttachmentOwner owner, int ownerId, string? title, IFormFile? file, UserScope scope, CancellationToken ct)
    {
        if (file is null)
        {
            return ServiceResult<int>.Invalid("File", "Validation.Document.Empty");
        }

        await using var stream = file.OpenReadStream();
        return await AddAsync(owner, ownerId, title, file.FileName, stream, file.Length, scope, ct);
    }

    public async Task<bool> DeleteAsync(AttachmentOwner owner, int ownerId, int attachmentId, UserScope scope, CancellationToken ct)
    {
        var attachment = await Of(owner, ownerId).SingleOrDefaultAsync(a => a.Id == attachmentId, ct);
        if (attachment is null || !await CanEditAsync(owner, ownerId, scope, ct))
        {
            return false;
        }

        // The row goes first: a file left behind by a failure is harmless, a row without its file is not.
        db.Attachments.Remove(attachment);
        await db.SaveChangesAsync(ct);
        File.Delete(PathOf(attachment.StoredName));
        return true;
    }

    /// <summary>The file of an attachment the caller may read, or null.</summary>
    public async Task<(string Path, string ContentType, string FileName)?> OpenAsync(int attachmentId, UserScope scope, CancellationToken ct)
    {
        var a = await db.Attachments.AsNoTracking().SingleOrDefaultAsync(x => x.Id == attachmentId, ct);
        var (owner, ownerId) = a?.CourseId is { } course ? (AttachmentOwner.Course, course)
            : a?.InspectionId is { } inspection ? (AttachmentOwner.Inspection, inspection)
            : a?.AdvisoryRecordId is { } record ? (AttachmentOwner.AdvisoryRecord, record)
            : (AttachmentOwner.SupportRecord, a?.SupportRecordId ?? 0);
        if (a is null || !await CanReadAsync(owner, ownerId, scope, ct))
        {
            return null;
        }

        var path = PathOf(a.StoredName);
        return File.Exists(path) ? (path, a.ContentType, a.FileName) : null;
    }

    private IQueryable<Attachment> Of(AttachmentOwner owner, int ownerId) => owner switch
    {
        AttachmentOwner.Course => db.Attachments.Where(a => a.CourseId == ownerId),
        AttachmentOwner.Inspection => db.Attachments.Where(a => a.InspectionId == ownerId),
        AttachmentOwner.AdvisoryRecord => db.Attachments.Where(a => a.AdvisoryRecordId == ownerId),
        _ => db.Attachments.Where(a => a.SupportRecordId == ownerId),
    };

    private async Task<bool> CanEditAsync(AttachmentOwner owner, int ownerId, UserScope scope, CancellationToken ct) => owner switch
    {
        AttachmentOwner.Course => await courses.ManagedBy(scope).AnyAsync(c => c.Id == ownerId, ct),
        // The inspecting body files the inspection's documents (Điều 9.4).
        AttachmentOwner.Inspection => InspectionService.Leads(scope) && await inspections.Visible(scope).AnyAsync(i => i.Id == ownerId, ct),
        AttachmentOwner.AdvisoryRecord => await advisory.CanEditAsync(ownerId, scope, ct),
        _ => scope.IsOfficer && await SupportRecordsOf(scope).AnyAsync(r => r.Id == ownerId, ct),
    };

    private async Task<bool> CanReadAsync(AttachmentOwner owner, int ownerId, UserScope scope, CancellationToken ct) => owner switch
    {
        AttachmentOwner.Course => await courses.ManagedBy(scope).AnyAsync(c => c.Id == ownerId, ct)
            || (scope.IsProducer && await db.CourseRegistrations.AnyAsync(r => r.CourseId == ownerId && r.ProducerId == scope.ProducerId && !r.IsCancelled, ct)),
        AttachmentOwner.Inspection => await inspections.Visible(scope).AnyAsync(i => i.Id == ownerId, ct),
        AttachmentOwner.AdvisoryRecord => await advisory.Visible(scope).AnyAsync(r => r.Id == ownerId, ct),
        _ => await SupportRecordsOf(scope).AnyAsync(r => r.Id == ownerId, ct),
    };

    private IQueryable<Support.SupportRecord> SupportRecordsOf(UserScope scope)
    {
        var producers = db.Producers.VisibleTo(scope).Select(p => p.Id);
        return db.SupportRecords.Where(r => producers.Contains(r.ProducerId));
    }

    internal string PathOf(string storedName) => dataFolder.PathFor("uploads", "attachments", storedName);
}
