using Microsoft.EntityFrameworkCore;
using Ocop.Web.Data;
using Ocop.Web.Features.Accounts;
using Ocop.Web.Features.Evaluation.Criteria;
using Ocop.Web.Features.Evaluation.Dossiers;
using Ocop.Web.Infrastructure;

namespace Ocop.Web.Features.Evaluation.Advisory;

/// <summary>
/// The advisory group's records on dossiers (26/2026 Điều 7.3c, 7.4c). Province-level officers (the province's OCOP office)
/// and the national office record them while the dossier is before a council: forwarded by the commune, received, or
/// scored and on its way to the Ministry. Whoever may read the dossier reads them.
/// </summary>
public sealed class AdvisoryService(OcopDbContext db, DossierService dossiers, TimeProvider clock, ICurrentUser currentUser)
{
    private static readonly DossierStatus[] BeforeCouncil = [DossierStatus.Forwarded, DossierStatus.Accepted, DossierStatus.Scored];

    /// <summary>Records of the dossiers the caller may read.</summary>
    public IQueryable<AdvisoryRecord> Visible(UserScope scope) =>
        db.AdvisoryRecords.Where(r => dossiers.Visible(scope).Select(d => d.Id).Contains(r.DossierId));

    /// <summary>Who records the group's work: province-level officers and the national office (not communes, not producers).</summary>
    public static bool Records(UserScope scope) => DossierWorkflow.IsProvinceLevel(scope);

    /// <summary>The dossier's records, oldest first, with their files; null when the caller may not read the dossier.</summary>
    public async Task<IReadOnlyList<AdvisoryItem>?> ListAsync(int dossierId, UserScope scope, CancellationToken ct)
    {
        if (!await dossiers.Visible(scope).AnyAsync(d => d.Id == dossierId, ct))
        {
            return null;
        }

        return await RecordsOfAsync(dossierId, ct);
    }

    /// <summary>The dossier's records with their files, for a caller already allowed to read the dossier (its scope, or its council).</summary>
    public async Task<IReadOnlyList<AdvisoryItem>> RecordsOfAsync(int dossierId, CancellationToken ct)
    {
        var records = await db.AdvisoryRecords.AsNoTracking().Where(r => r.DossierId == dossierId).OrderBy(r => r.On).ThenBy(r => r.Id).ToListAsync(ct);
        var ids = records.Select(r => r.Id).ToList();
        var files = (await db.Attachments.AsNoTracking().Where(a => a.AdvisoryRecordId != null && ids.Contains(a.AdvisoryRecordId.Value))
                .OrderBy(a => a.UploadedAt).ThenBy(a => a.Id).ToListAsync(ct))
            .ToLookup(a => a.AdvisoryRecordId!.Value, a => new Attachments.AttachmentItem(a.Id, a.Title, a.FileName, a.ContentType, a.Length, a.UploadedAt));
        return [.. records.Select(r => new AdvisoryItem(r.Id, r.DossierId, r.Kind, r.Level, r.On, r.Members, r.Place, r.Findings, r.CreatedAt, r.CreatedBy, [.. files[r.Id]]))];
    }

    public async Task<ServiceResult<int>> AddAsync(int dossierId, AdvisoryInput input, UserScope scope, CancellationToken ct)
    {
        var dossier = await dossiers.Visible(scope).AsNoTracking().SingleOrDefaultAsync(d => d.Id == dossierId, ct);
        if (dossier is null)
        {
            return ServiceResult<int>.NotFound();
        }

        var errors = new ValidationErrors();
        if (!Records(scope))
        {
            errors.Add("", "Validation.Advisory.ProvinceRecords");
        }
        else if (!BeforeCouncil.Contains(dossier.Status))
        {
            errors.Add("", "Validation.Advisory.NotBeforeCouncil");
        }

        if (input.Kind is not { } kind || !Enum.IsDefined(kind))
        {
            errors.Add("Kind", "Validation.Advisory.KindMissing");
        }

        var today = VietnamTime.Today(clock);
        if (input.On is not { } on)
        {
            errors.Add("On", "Validation.Advisory.DateMissing");
        }
        else if (on > today)
        {
            errors.Add("On", "Validation.Advisory.DateFuture");
        }
        else if (dossier.SubmittedAt is { } filed && on < VietnamTime.ToDate(filed))
        {
            errors.Add("On", MessageKey.With("Validation.Advisory.DateBeforeFiling", VietnamTime.Format(VietnamTime.ToDate(filed))));
        }

        Require(errors, "Members", input.Members, 1000, "Validation.Advisory.MembersMissing");
        Require(errors, "Findings", input.Findings, 4000, "Validation.Advisory.FindingsMissing");
        if (input.Kind == AdvisoryRecordKind.FieldSurvey)
        {
            Require(errors, "Place", input.Place, 300, "Validation.Advisory.PlaceMissing");
        }
        else if (input.Place?.Trim().Length > 300)
        {
            errors.Add("Place", "Validation.Advisory.PlaceTooLong");
        }

        if (errors.Any)
        {
            return ServiceResult<int>.Invalid(errors.ToDictionary());
        }

        var record = new AdvisoryRecord
        {
            DossierId = dossierId, Kind = input.Kind!.Value, Level = scope.IsNational ? GovernmentLevel.National : GovernmentLevel.Province,
            On = input.On!.Value, Members = input.Members!.Trim(), Place = string.IsNullOrWhiteSpace(input.Place) ? null : input.Place.Trim(),
            Findings = input.Findings!.Trim(), CreatedAt = clock.GetUtcNow().UtcDateTime, CreatedBy = currentUser.Name,
        };
        db.AdvisoryRecords.Add(record);
        await db.SaveChangesAsync(ct);
        return ServiceResult<int>.Ok(record.Id);
    }

    /// <summary>Whether the caller may add files to the record (those who record the group's work, on a dossier they see).</summary>
    public async Task<bool> CanEditAsync(int recordId, UserScope scope, CancellationToken ct) =>
        Records(scope) && await Visible(scope).AnyAsync(r => r.Id == recordId, ct);

    private static void Require(ValidationErrors errors, string field, string? value, int max, string missing)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            errors.Add(field, missing);
        }
        else if (value.Trim().Length > max)
        {
            // Each field's "missing" message has a "too long" sibling naming the field and its limit.
            errors.Add(field, missing.Replace("Missing", "TooLong", StringComparison.Ordinal));
        }
        else if (value.IndexOfAny(['<', '>']) >= 0)
        {
            errors.Add(field, "Validation.NoMarkup");
        }
    }
}
