using Microsoft.AspNetCore.Mvc;
using Ocop.Web.Features.Accounts;
using Ocop.Web.Features.Attachments;
using Ocop.Web.Features.Evaluation.Advisory;

namespace Ocop.Web.Areas.Admin.Pages.Dossiers;

/// <summary>The dossier page's advisory group part (26/2026 Điều 7.3c): its records, a form to add one, and each record's files.</summary>
public sealed partial class DetailsModel
{
    public IReadOnlyList<AdvisoryItem> Advisory { get; private set; } = [];

    /// <summary>Whether the caller records the group's work (a province-level officer); others only read it.</summary>
    public bool RecordsAdvisory { get; private set; }

    public async Task<IActionResult> OnPostAdvisoryAsync(
        int id, AdvisoryRecordKind? kind, DateOnly? on, string? members, string? place, string? findings, UserScope scope, CancellationToken ct) =>
        await AfterAsync(id, await advisory.AddAsync(id, new AdvisoryInput(kind, on, members, place, findings), scope, ct), "Flash.AdvisoryRecorded", scope, ct);

    public async Task<IActionResult> OnPostAdvisoryFileAsync(int id, int recordId, string? fileTitle, IFormFile? advisoryFile, UserScope scope, CancellationToken ct)
    {
        if ((await advisory.ListAsync(id, scope, ct))?.Any(r => r.Id == recordId) != true)
        {
            return NotFound();
        }

        // A refusal shows in the page's summary like the other forms' (nothing was stored).
        return await AfterAsync(id, await attachments.AddUploadAsync(AttachmentOwner.AdvisoryRecord, recordId, fileTitle, advisoryFile, scope, ct), "Support.DocumentAdded", scope, ct);
    }
}
