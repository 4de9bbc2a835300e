using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using Ocop.Web.Features.Accounts;
using Ocop.Web.Features.AdminUnits;
using Ocop.Web.Features.MarketAccess;
using Ocop.Web.Infrastructure;
using Ocop.Web.Resources;

namespace Ocop.Web.Areas.Admin.Pages.SalesPoints;

/// <summary>Creates or edits a sales point of the officer's area; refused input stays in the form.</summary>
[Authorize(Policy = Policies.Officer)]
public sealed class EditModel(SalesPointService points, AdminUnitService units, IStringLocalizer<SharedResource> localizer) : PageModel
{
    [BindProperty] public SalesPointInput Input { get; set; } = new();

    public int? Id { get; private set; }
    public AddressPickerModel AddressPicker { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(int? id, UserScope scope, CancellationToken ct)
    {
        Id = id;
        if (id is null)
        {
            Input.ProvinceCode = scope.ProvinceCode;
            Input.CommuneCode = scope.CommuneCode;
        }
        else if (await points.GetAsync(id.Value, scope, ct) is { } existing)
        {
            Input = existing.ToInput();
        }
        else
        {
            return NotFound();
        }

        await LoadPickerAsync(scope, ct);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int? id, UserScope scope, CancellationToken ct)
    {
        Id = id;
        var result = id is null ? await points.CreateAsync(Input, scope, ct) : await points.UpdateAsync(id.Value, Input, scope, ct);
        if (this.Outcome(result, localizer, savedId => this.RedirectWithFlash($"/admin/sales-points/{savedId}", localizer["Flash.Saved"])) is { } done)
        {
            return done;
        }

        await this.TakeSavedVersionOnConflictAsync(result, async () => (await points.GetAsync(id!.Value, scope, ct))?.Version, v => Input.Version = v);
        await LoadPickerAsync(scope, ct);
        return Page();
    }

    private async Task LoadPickerAsync(UserScope scope, CancellationToken ct)
    {
        AddressPicker = await AddressPickerModel.ForFormAsync(units, scope, Input.ProvinceCode, Input.CommuneCode, ModelState, ct);
    }
}
