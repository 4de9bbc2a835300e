using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using Ocop.Web.Features.Accounts;
using Ocop.Web.Features.AdminUnits;
using Ocop.Web.Features.Fairs;
using Ocop.Web.Infrastructure;
using Ocop.Web.Resources;

namespace Ocop.Web.Areas.Admin.Pages.Fairs;

/// <summary>A fair's facts: name, organiser, venue, dates, application deadline, allowance, hall size, published or not.</summary>
[Authorize(Policy = Policies.Officer)]
public sealed class EditModel(FairService fairs, AdminUnitService units, IStringLocalizer<SharedResource> localizer) : PageModel
{
    [BindProperty] public FairInput Input { get; set; } = new();
    public int? Id { get; private set; }
    public bool ChoosesProvince { get; private set; }
    public IReadOnlyList<(string Code, string Name)> Provinces { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(int? id, UserScope scope, CancellationToken ct)
    {
        Id = id;
        await LoadAsync(scope, ct);
        if (id is null)
        {
            var today = VietnamTime.Today(TimeProvider.System);
            Input = new FairInput { StartsOn = today.AddMonths(2), EndsOn = today.AddMonths(2).AddDays(4), ApplicationsCloseOn = today.AddMonths(1), MaxBoothsPerProducer = 2, HallWidth = 120, HallDepth = 60 };
            return Page();
        }

        if (await fairs.GetAsync(id.Value, scope, ct) is not { } f)
        {
            return NotFound();
        }

        Input = new FairInput
        {
            Name = f.Name, ProvinceCode = f.ProvinceCode, Organiser = f.Organiser, Venue = f.Venue, StartsOn = f.StartsOn, EndsOn = f.EndsOn,
            ApplicationsCloseOn = f.ApplicationsCloseOn, MaxBoothsPerProducer = f.MaxBoothsPerProducer, HallWidth = f.HallWidth, HallDepth = f.HallDepth,
            Description = f.Description, IsPublished = f.IsPublished, Version = f.Version,
        };
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int? id, UserScope scope, CancellationToken ct)
    {
        Id = id;
        await LoadAsync(scope, ct);
        if (ModelState.ReplaceBindingErrors(localizer))
        {
            return Page();
        }

        var result = id is null ? await fairs.CreateAsync(Input, scope, ct) : await fairs.UpdateAsync(id.Value, Input, scope, ct);
        if (this.Outcome(result, localizer, fairId => this.RedirectWithFlash($"/admin/fairs/{fairId}", localizer["Flash.Saved"])) is { } done)
        {
            return done;
        }

        await this.TakeSavedVersionOnConflictAsync(result, async () => (await fairs.GetAsync(id!.Value, scope, ct))?.Version, v => Input.Version = v);

        return Page();
    }

    private async Task LoadAsync(UserScope scope, CancellationToken ct)
    {
        ChoosesProvince = scope.IsNational && Id is null;
        if (ChoosesProvince)
        {
            Provinces = [.. (await units.ProvincesAsync(ct)).Select(p => (p.Code, p.Name))];
        }
    }
}
