using System.Security.Claims;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using Ocop.Web.Features.Evaluation.Batches;
using Ocop.Web.Infrastructure;
using Ocop.Web.Resources;

namespace Ocop.Web.Pages.Council;

/// <summary>
/// The secretary follows the round (who has submitted), reopens a sheet with a reason and closes
/// the round; after closing, every member of the council reads the results here.
/// </summary>
[Authorize(Policy = Policies.CouncilMember)]
public sealed class BatchModel(CouncilService council, IStringLocalizer<SharedResource> localizer) : PageModel
{
    public IReadOnlyList<SheetProgress>? Progress { get; private set; }

    public BatchDetails? Results { get; private set; }

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct) => await LoadAsync(id, ct) ? Page() : NotFound();

    public async Task<IActionResult> OnPostReopenAsync(int id, int sheetId, string? reason, CancellationToken ct) =>
        await AfterAsync(id, await council.ReopenAsync(id, sheetId, UserId, new ReopenInput(reason), ct), "Flash.SheetReopened", ct);

    public async Task<IActionResult> OnPostDiscussAsync(int id, int entryId, string? note, CancellationToken ct) =>
        await AfterAsync(id, await council.RecordDiscussionAsync(id, entryId, UserId, new DiscussionInput(note), ct), "Flash.DiscussionSaved", ct);

    public async Task<IActionResult> OnPostCloseAsync(int id, CancellationToken ct) =>
        await AfterAsync(id, await council.CloseAsync(id, UserId, ct), "Flash.RoundClosed", ct);

    private string UserId => User.FindFirstValue(ClaimTypes.NameIdentifier)!;

    private async Task<IActionResult> AfterAsync(int id, ServiceResult<int> result, string flash, CancellationToken ct) =>
        this.Outcome(result, localizer, _ => this.RedirectWithFlash($"/council/batches/{id}", localizer[flash]), prefix: string.Empty)
            ?? (await LoadAsync(id, ct) ? Page() : NotFound());

    private async Task<bool> LoadAsync(int id, CancellationToken ct)
    {
        Results = await council.ResultsAsync(id, UserId, ct);
        Progress = Results is null ? await council.ProgressAsync(id, UserId, ct) : null;
        return Results is not null || Progress is not null;
    }
}
