using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Ocop.Web.Data;
using Ocop.Web.Features.Accounts;
using Ocop.Web.Features.AdminUnits;
using Ocop.Web.Features.Onboarding;
using Ocop.Web.Infrastructure;
using Ocop.Web.Resources;

namespace Ocop.Web.Areas.Admin.Pages.JoinRequests;

/// <summary>Officers of the request's commune or province: approve (new producer record, or one already registered) or refuse.</summary>
[Authorize(Policy = Policies.Officer)]
public sealed class DetailsModel(JoinRequestService requests, JoinDecisionService decisions, OcopDbContext db, IStringLocalizer<SharedResource> localizer) : PageModel
{
    [BindProperty] public JoinDecision Input { get; set; } = new();
    public JoinRequestItem Join { get; private set; } = null!;
    /// <summary>Producers already registered in the request's commune, to link instead of making a duplicate.</summary>
    public IReadOnlyList<UnitDto> SameCommune { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(int id, UserScope scope, CancellationToken ct) =>
        await LoadAsync(id, scope, ct) ? Page() : NotFound();

    public async Task<IActionResult> OnPostApproveAsync(int id, UserScope scope, CancellationToken ct) =>
        await DecidedAsync(id, await decisions.ApproveAsync(id, Input, scope, ct), "JoinAdmin.ApprovedFlash", scope, ct);

    public async Task<IActionResult> OnPostRefuseAsync(int id, UserScope scope, CancellationToken ct) =>
        await DecidedAsync(id, await decisions.RefuseAsync(id, Input, scope, ct), "JoinAdmin.RefusedFlash", scope, ct);

    private async Task<IActionResult> DecidedAsync(int id, ServiceResult<int> result, string flashKey, UserScope scope, CancellationToken ct)
    {
        if (!await LoadAsync(id, scope, ct))
        {
            return NotFound();
        }

        if (result.IsOk)
        {
            TempData["Flash"] = localizer[flashKey, Join.Name].Value;
            return Redirect($"/admin/join-requests/{id}");
        }

        if (result.Errors.Count == 0)
        {
            ModelState.AddModelError(string.Empty, localizer["JoinAdmin.AlreadyDecided"]);
        }

        ModelState.AddServiceErrors(result.Errors, localizer, prefix: "Input");
        return Page();
    }

    private async Task<bool> LoadAsync(int id, UserScope scope, CancellationToken ct)
    {
        if (await requests.GetAsync(id, scope, ct) is not { } request)
        {
            return false;
        }

        Join = request;
        Input.Version = request.Version;
        SameCommune = await db.Producers.AsNoTracking().VisibleTo(scope).Where(p => p.CommuneCode == request.CommuneCode).OrderBy(p => p.Name)
            .Select(p => new UnitDto(p.Id.ToString(System.Globalization.CultureInfo.InvariantCulture), p.Name + (p.TaxCode == null ? "" : " — " + p.TaxCode)))
            .ToListAsync(ct);
        return true;
    }
}
