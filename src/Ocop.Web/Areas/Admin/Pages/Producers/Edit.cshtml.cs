using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using Ocop.Web.Features.Accounts;
using Ocop.Web.Features.AdminUnits;
using Ocop.Web.Features.Producers;
using Ocop.Web.Infrastructure;
using Ocop.Web.Resources;

namespace Ocop.Web.Areas.Admin.Pages.Producers;

// Area folder policy: RegistryEditor. Creating needs an officer; a producer edits only their own contact details.
public sealed class EditModel(ProducerService producers, AdminUnitService units, IStringLocalizer<SharedResource> localizer) : PageModel
{
    [BindProperty] public ProducerInput Input { get; set; } = new();

    public int? Id { get; private set; }
    public bool IsProducer { get; private set; }
    public AddressPickerModel AddressPicker { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(int? id, UserScope scope, CancellationToken ct)
    {
        Id = id;
        if (id is null)
        {
            if (!scope.IsOfficer)
            {
                return NotFound();
            }

            Input.ProvinceCode = scope.ProvinceCode;
            Input.CommuneCode = scope.CommuneCode;
        }
        else if (await producers.GetAsync(id.Value, scope, ct) is { } existing)
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
        var result = id is null
            ? await producers.CreateAsync(Input, scope, ct)
            : await producers.UpdateAsync(id.Value, Input, scope, ct);
        if (this.Outcome(result, localizer, savedId => Redirect($"/admin/producers/{savedId}")) is { } done)
        {
            return done;
        }

        await this.TakeSavedVersionOnConflictAsync(result, async () => (await producers.GetAsync(id!.Value, scope, ct))?.Version, v => Input.Version = v);
        await LoadPickerAsync(scope, ct);
        return Page();
    }

    private async Task LoadPickerAsync(UserScope scope, CancellationToken ct)
    {
        IsProducer = scope.IsProducer;
        AddressPicker = await AddressPickerModel.ForFormAsync(units, scope, Input.ProvinceCode, Input.CommuneCode, ModelState, ct);
    }
}
