using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using Ocop.Web.Features.Accounts;
using Ocop.Web.Features.AdminUnits;
using Ocop.Web.Features.Programme;
using Ocop.Web.Infrastructure;
using Ocop.Web.Resources;

namespace Ocop.Web.Areas.Admin.Pages.Programme;

/// <summary>The province's targets, every year and period, with progress; province-level officers add, change (?id=) and delete them.</summary>
[Authorize(Policy = Policies.Officer)]
public sealed class TargetsModel(TargetService targets, AdminUnitService units, TimeProvider clock, IStringLocalizer<SharedResource> localizer) : PageModel
{
    public IReadOnlyList<TargetItem> Items { get; private set; } = [];
    public IReadOnlyList<UnitDto> Communes { get; private set; } = [];
    public bool CanEdit { get; private set; }
    [BindProperty(SupportsGet = true)] public int? Id { get; set; }
    [BindProperty] public TargetInput Input { get; set; } = new();

    public async Task<IActionResult> OnGetAsync(UserScope scope, CancellationToken ct)
    {
        if (!await LoadAsync(scope, ct))
        {
            return Redirect("/admin/programme");
        }

        if (Id is { } id)
        {
            if (Items.FirstOrDefault(t => t.Id == id) is not { } t || !CanEdit)
            {
                return NotFound();
            }

            Input = new TargetInput
            {
                MetricKey = t.MetricKey, CommuneCode = t.CommuneCode, StartsOn = t.StartsOn, DueOn = t.DueOn, Kind = t.Kind, Value = t.Value, UpperValue = t.UpperValue,
                Title = t.Title, Source = t.Source, Version = t.Version,
            };
        }
        else
        {
            Input = new TargetInput { Year = VietnamTime.Today(clock).Year, Kind = TargetKind.Minimum };
        }

        return Page();
    }

    public async Task<IActionResult> OnPostAsync(UserScope scope, CancellationToken ct)
    {
        if (!await LoadAsync(scope, ct))
        {
            return Redirect("/admin/programme");
        }

        if (ModelState.ReplaceBindingErrors(localizer))
        {
            return Page();
        }

        return this.Outcome(await targets.SaveAsync(Id, Input, scope, ct), localizer, _ => this.RedirectWithFlash("/admin/programme/targets", localizer["Flash.Saved"]))
            ?? Page();
    }

    public async Task<IActionResult> OnPostDeleteAsync(int id, UserScope scope, CancellationToken ct) =>
        this.Outcome(await targets.DeleteAsync(id, scope, ct), localizer, _ => this.RedirectWithFlash("/admin/programme/targets", localizer["Flash.Deleted"]))
            ?? NotFound();

    /// <summary>False for the national administrator, who has no province of their own (the dashboard lets them pick one).</summary>
    private async Task<bool> LoadAsync(UserScope scope, CancellationToken ct)
    {
        if (scope.IsNational || scope.ProvinceCode is not { } province)
        {
            return false;
        }

        CanEdit = scope.CommuneCode is null;
        Items = await targets.ListAsync(scope, province, ct);
        Communes = CanEdit ? await units.CommunesAsync(province, ct) : [];
        ViewData["Edit"] = CanEdit;
        return true;
    }
}
