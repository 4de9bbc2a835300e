using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using Ocop.Web.Features.Accounts;
using Ocop.Web.Features.Attachments;
using Ocop.Web.Features.Evaluation.Certificates;
using Ocop.Web.Features.Inspections;
using Ocop.Web.Infrastructure;
using Ocop.Web.Resources;

namespace Ocop.Web.Areas.Admin.Pages.Inspections;

/// <summary>One inspection: its scope, the conclusion form until concluded, its documents, and the revocation it proposes.</summary>
[Authorize(Policy = Policies.Officer)]
public sealed class DetailsModel(InspectionService inspections, AttachmentService attachments, TimeProvider clock, IStringLocalizer<SharedResource> localizer) : PageModel
{
    public InspectionDetails Inspection { get; private set; } = null!;
    public IReadOnlyList<AttachmentItem> Documents { get; private set; } = [];
    public bool CanWrite { get; private set; }
    public DateOnly Today => VietnamTime.Today(clock);

    public async Task<IActionResult> OnGetAsync(int id, UserScope scope, CancellationToken ct) => await LoadAsync(id, scope, ct) ? Page() : NotFound();

    public async Task<IActionResult> OnPostConcludeAsync(
        int id, DateOnly? inspectedOn, string? findings, InspectionConclusion? conclusion, bool proposesRevocation, RevocationGround? proposedGround, int version,
        UserScope scope, CancellationToken ct)
    {
        var result = await inspections.ConcludeAsync(id, new ConclusionInput(inspectedOn, findings, conclusion, proposesRevocation, proposedGround, version), scope, ct);
        return this.Outcome(result, localizer, _ => this.RedirectWithFlash($"/admin/inspections/{id}", localizer["Flash.InspectionConcluded"]), prefix: string.Empty)
            ?? (await LoadAsync(id, scope, ct) ? Page() : NotFound());
    }

    public async Task<IActionResult> OnPostDocumentAsync(int id, string? documentTitle, IFormFile? documentFile, UserScope scope, CancellationToken ct) =>
        this.Outcome(await attachments.AddUploadAsync(AttachmentOwner.Inspection, id, documentTitle, documentFile, scope, ct), localizer,
            _ => this.RedirectWithFlash($"/admin/inspections/{id}", localizer["Support.DocumentAdded"]), prefix: string.Empty)
        ?? (await LoadAsync(id, scope, ct) ? Page() : NotFound());

    private async Task<bool> LoadAsync(int id, UserScope scope, CancellationToken ct)
    {
        Inspection = (await inspections.GetAsync(id, scope, ct))!;
        if (Inspection is null)
        {
            return false;
        }

        Documents = await attachments.ListAsync(AttachmentOwner.Inspection, id, scope, ct) ?? [];
        CanWrite = InspectionService.Leads(scope);
        return true;
    }
}
