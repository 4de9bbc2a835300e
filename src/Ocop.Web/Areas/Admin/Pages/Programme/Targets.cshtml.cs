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

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (!await LoadAsync(ct))
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

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (!await LoadAsync(ct))
        {
            return Redirect("/admin/programme");
        }

        if (ModelState.ReplaceBindingErrors(localizer))
        {
            return Page();
        }

        var result = await targets.SaveAsync(Id, Input, UserScope.From(User), ct);
        switch (result.Status)
        {
            case ServiceStatus.Ok:
                TempData["Flash"] = localizer["Flash.Saved"].Value;
                return Redirect("/admin/programme/targets");
            case ServiceStatus.NotFound:
                return NotFound();
            case ServiceStatus.Conflict:
                ModelState.AddModelError(string.Empty, localizer["Problem.ConflictDetail"]);
                return Page();
            default:
                ModelState.AddServiceErrors(result.Errors, localizer);
                return Page();
        }
    }

    public async Task<IActionResult> OnPostDeleteAsync(int id, CancellationToken ct)
    {
        var result = await targets.DeleteAsync(id, UserScope.From(User), ct);
        if (!result.IsOk)
        {
            return NotFound();
        }

        TempData["Flash"] = localizer["Flash.Deleted"].Value;
        return Redirect("/admin/programme/targets");
    }

    /// <summary>False for the national administrator, who has no province of their own (the dashboard lets them pick one).</summary>
    private async Task<bool> LoadAsync(CancellationToken ct)
    {
        var scope = UserScope.From(User);
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
