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

    public async Task<IActionResult> OnPostDecideAsync(int id, string? number, DateOnly? signedOn, string? signer, string? authority, int[]? entryIds, UserScope scope, CancellationToken ct) =>
        await AfterAsync(id, await certificates.RecordDecisionAsync(id, new DecisionInput(number, signedOn, signer, authority, entryIds), scope, ct), "Flash.DecisionRecorded", scope, ct);

    public async Task<IActionResult> OnGetAsync(int id, UserScope scope, CancellationToken ct) => await LoadAsync(id, scope, ct) ? Page() : NotFound();

    public async Task<IActionResult> OnPostAddSeatAsync(int id, string? email, CouncilRole role, string? body, UserScope scope, CancellationToken ct) =>
        await AfterAsync(id, await batches.AddSeatAsync(id, new SeatInput(email, role, body), scope, ct), "Flash.SeatAdded", scope, ct);

    public async Task<IActionResult> OnPostRemoveSeatAsync(int id, int seatId, UserScope scope, CancellationToken ct) =>
        await AfterAsync(id, await batches.RemoveSeatAsync(id, seatId, scope, ct), "Flash.SeatRemoved", scope, ct);

    public async Task<IActionResult> OnPostAssignAsync(int id, int dossierId, UserScope scope, CancellationToken ct) =>
        await AfterAsync(id, await batches.AssignAsync(id, new AssignInput(dossierId), scope, ct), "Flash.EntryAssigned", scope, ct);

    public async Task<IActionResult> OnPostUnassignAsync(int id, int entryId, UserScope scope, CancellationToken ct) =>
        await AfterAsync(id, await batches.UnassignAsync(id, entryId, scope, ct), "Flash.EntryRemoved", scope, ct);

    private async Task<IActionResult> AfterAsync(int id, ServiceResult<int> result, string flash, UserScope scope, CancellationToken ct) =>
        this.Outcome(result, localizer, _ => this.RedirectWithFlash($"/admin/batches/{id}", localizer[flash]), prefix: string.Empty)
            ?? (await LoadAsync(id, scope, ct) ? Page() : NotFound());

    private async Task<bool> LoadAsync(int id, UserScope scope, CancellationToken ct)
    {
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
