using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using Ocop.Web.Features.Accounts;
using Ocop.Web.Features.Evaluation.Batches;
using Ocop.Web.Features.Evaluation.Certificates;
using Ocop.Web.Infrastructure;
using Ocop.Web.Resources;

namespace Ocop.Web.Areas.Admin.Pages.Batches;

/// <summary>One batch: its council, the products assigned, and the results once the round is closed. Officers in scope.</summary>
[Authorize(Policy = Policies.Officer)]
public sealed class DetailsModel(BatchService batches, CertificateService certificates, TimeProvider clock, IStringLocalizer<SharedResource> localizer) : PageModel
{
    public BatchDetails Batch { get; private set; } = null!;

    public IReadOnlyList<AssignableDossier> Assignable { get; private set; } = [];

    /// <summary>The certificates the batch's decision issued (empty until a decision is recorded).</summary>
    public IReadOnlyList<CertificateItem> Certificates { get; private set; } = [];

    public DateOnly Today => VietnamTime.Today(clock);

    public async Task<IActionResult> OnPostDecideAsync(int id, string? number, DateOnly? signedOn, string? signer, string? authority, int[]? entryIds, CancellationToken ct) =>
        await AfterAsync(id, await certificates.RecordDecisionAsync(id, new DecisionInput(number, signedOn, signer, authority, entryIds), UserScope.From(User), ct), "Flash.DecisionRecorded", ct);

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct) => await LoadAsync(id, ct) ? Page() : NotFound();

    public async Task<IActionResult> OnPostAddSeatAsync(int id, string? email, CouncilRole role, CancellationToken ct) =>
        await AfterAsync(id, await batches.AddSeatAsync(id, new SeatInput(email, role), UserScope.From(User), ct), "Flash.SeatAdded", ct);

    public async Task<IActionResult> OnPostRemoveSeatAsync(int id, int seatId, CancellationToken ct) =>
        await AfterAsync(id, await batches.RemoveSeatAsync(id, seatId, UserScope.From(User), ct), "Flash.SeatRemoved", ct);

    public async Task<IActionResult> OnPostAssignAsync(int id, int dossierId, CancellationToken ct) =>
        await AfterAsync(id, await batches.AssignAsync(id, new AssignInput(dossierId), UserScope.From(User), ct), "Flash.EntryAssigned", ct);

    public async Task<IActionResult> OnPostUnassignAsync(int id, int entryId, CancellationToken ct) =>
        await AfterAsync(id, await batches.UnassignAsync(id, entryId, UserScope.From(User), ct), "Flash.EntryRemoved", ct);

    private async Task<IActionResult> AfterAsync(int id, ServiceResult<int> result, string flash, CancellationToken ct)
    {
        switch (result.Status)
        {
            case ServiceStatus.Ok:
                TempData["Flash"] = localizer[flash].Value;
                return Redirect($"/admin/batches/{id}");
            case ServiceStatus.Invalid:
                ModelState.AddServiceErrors(result.Errors, localizer, string.Empty);
                break;
            case ServiceStatus.Conflict:
                ModelState.AddModelError(string.Empty, localizer["Problem.ConflictDetail"]);
                break;
            default:
                return NotFound();
        }

        return await LoadAsync(id, ct) ? Page() : NotFound();
    }

    private async Task<bool> LoadAsync(int id, CancellationToken ct)
    {
        var scope = UserScope.From(User);
        Batch = (await batches.GetAsync(id, scope, ct))!;
        if (Batch is null)
        {
            return false;
        }

        Assignable = Batch.Status == BatchStatus.Open ? await batches.AssignableAsync(id, scope, ct) : [];
        Certificates = Batch.Status == BatchStatus.Closed ? await certificates.OfBatchAsync(id, scope, ct) : [];
        return true;
    }
}
