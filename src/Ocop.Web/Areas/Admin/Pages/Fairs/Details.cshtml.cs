using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using Ocop.Web.Features.Accounts;
using Ocop.Web.Features.Fairs;
using Ocop.Web.Infrastructure;
using Ocop.Web.Resources;

namespace Ocop.Web.Areas.Admin.Pages.Fairs;

/// <summary>
/// The organiser's desk for one fair: the floor plan (click a booth to select it), the allocation panel
/// (booth code + application), the applications with the waiting list, and the zones with the form to lay out one more.
/// </summary>
[Authorize(Policy = Policies.Officer)]
public sealed class DetailsModel(FairService fairs, BoothApplicationService applications, IStringLocalizer<SharedResource> localizer) : PageModel
{
    public FairPlan Plan { get; private set; } = null!;
    public IReadOnlyList<ApplicationItem> Applications { get; private set; } = [];
    public BoothItem? SelectedBooth { get; private set; }

    /// <summary>Booth selected on the plan (its id).</summary>
    [BindProperty(SupportsGet = true)] public int? Booth { get; set; }
    /// <summary>Application chosen from the list ("allocate" link).</summary>
    [BindProperty(SupportsGet = true)] public int? Application { get; set; }

    [BindProperty] public AllocationForm Allocation { get; set; } = new();
    [BindProperty] public ZoneInput Zone { get; set; } = new();

    public sealed class AllocationForm
    {
        public string? BoothCode { get; set; }
        public int? ApplicationId { get; set; }
    }

    public IEnumerable<ApplicationItem> Open => Applications.Where(a => a.IsOpen);

    /// <summary>Position on the waiting list, in the order applications were put on it.</summary>
    public int? WaitingPosition(ApplicationItem item) =>
        item.IsOnWaitingList ? Applications.Where(a => a.IsOnWaitingList).OrderBy(a => a.WaitlistedAt).ThenBy(a => a.Id).ToList().FindIndex(a => a.Id == item.Id) + 1 : null;

    public string BoothLink => Application is { } a ? $"?application={a}&booth=" : "?booth=";

    public async Task<IActionResult> OnGetAsync(int id, UserScope scope, CancellationToken ct)
    {
        Zone = new ZoneInput { X = 0, Y = 0, Columns = 10, Rows = 2, BoothWidth = 3, BoothDepth = 3, AisleWidth = 3, Price = 0, CornerPrice = 0 };
        if (!await LoadAsync(id, scope, ct))
        {
            return NotFound();
        }

        // What the plan click and the "allocate" link chose; a posted form keeps what was typed instead.
        Allocation.BoothCode = SelectedBooth?.Code;
        Allocation.ApplicationId = Application;
        return Page();
    }

    public async Task<IActionResult> OnPostAllocateAsync(int id, UserScope scope, CancellationToken ct)
    {
        if (!await LoadAsync(id, scope, ct))
        {
            return NotFound();
        }

        var code = Allocation.BoothCode?.Trim().ToUpperInvariant();
        var booth = Plan.Booths.FirstOrDefault(b => b.Code == code);
        if (booth is null)
        {
            ModelState.AddModelError("Allocation.BoothCode", localizer["Validation.Fair.Booth"]);
            return Page();
        }

        var result = await applications.AllocateAsync(id, new AllocationInput(Allocation.ApplicationId, booth.Id), scope, ct);
        return await AfterAsync(id, result, string.Format(localizer["Fairs.Allocated"].Value, booth.Code), null, scope, ct);
    }

    public async Task<IActionResult> OnPostReleaseAsync(int id, int boothId, UserScope scope, CancellationToken ct) =>
        await AfterAsync(id, await applications.ReleaseAsync(id, boothId, scope, ct), localizer["Fairs.Released"].Value, null, scope, ct);

    public async Task<IActionResult> OnPostWaitlistAsync(int id, int applicationId, UserScope scope, CancellationToken ct) =>
        await AfterAsync(id, await applications.WaitlistAsync(id, applicationId, scope, ct), localizer["Fairs.Waitlisted"].Value, null, scope, ct);

    public async Task<IActionResult> OnPostRejectAsync(int id, int applicationId, UserScope scope, CancellationToken ct) =>
        await AfterAsync(id, await applications.RejectAsync(id, applicationId, scope, ct), localizer["Fairs.Rejected"].Value, null, scope, ct);

    public async Task<IActionResult> OnPostZoneAsync(int id, UserScope scope, CancellationToken ct)
    {
        if (ModelState.ReplaceBindingErrors(localizer, "Zone"))
        {
            return await LoadAsync(id, scope, ct) ? Page() : NotFound();
        }

        return await AfterAsync(id, await fairs.AddZoneAsync(id, Zone, scope, ct), localizer["Fairs.ZoneAdded"].Value, "Zone", scope, ct);
    }

    public async Task<IActionResult> OnPostRemoveZoneAsync(int id, int zoneId, UserScope scope, CancellationToken ct) =>
        await AfterAsync(id, await fairs.RemoveZoneAsync(id, zoneId, scope, ct), localizer["Fairs.ZoneRemoved"].Value, null, scope, ct);

    /// <summary>Field errors of the zone form stay on its fields (prefix "Zone"); the others go to the summary at the top (null).</summary>
    private async Task<IActionResult> AfterAsync(int id, ServiceResult<int> result, string flash, string? prefix, UserScope scope, CancellationToken ct) =>
        this.Outcome(result, localizer, _ => this.RedirectWithFlash($"/admin/fairs/{id}", flash), prefix)
            ?? (await LoadAsync(id, scope, ct) ? Page() : NotFound());

    private async Task<bool> LoadAsync(int id, UserScope scope, CancellationToken ct)
    {
        if (await fairs.PlanAsync(id, scope, ct) is not { } plan)
        {
            return false;
        }

        Plan = plan;
        Applications = await applications.ListAsync(id, scope, ct) ?? [];
        SelectedBooth = plan.Booths.FirstOrDefault(b => b.Id == Booth) ?? plan.Booths.FirstOrDefault(b => b.Code == Allocation.BoothCode?.Trim().ToUpperInvariant());
        return true;
    }
}
