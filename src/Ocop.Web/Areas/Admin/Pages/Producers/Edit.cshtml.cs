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

    public async Task<IActionResult> OnGetAsync(int? id, CancellationToken ct)
    {
        var scope = UserScope.From(User);
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

    public async Task<IActionResult> OnPostAsync(int? id, CancellationToken ct)
    {
        var scope = UserScope.From(User);
        Id = id;
        var result = id is null
            ? await producers.CreateAsync(Input, scope, ct)
            : await producers.UpdateAsync(id.Value, Input, scope, ct);
        switch (result.Status)
        {
            case ServiceStatus.Ok:
                return Redirect($"/admin/producers/{result.Value}");
            case ServiceStatus.NotFound:
                return NotFound();
            case ServiceStatus.Conflict:
                // The user's input stays in the form; they can compare with the saved record and save again.
                ModelState.AddModelError(string.Empty, localizer["Problem.ConflictDetail"]);
                Input.Version = (await producers.GetAsync(id!.Value, scope, ct))?.Version;
                ModelState.Remove("Input.Version");
                break;
            default:
                ModelState.AddServiceErrors(result.Errors, localizer);
                break;
        }

        await LoadPickerAsync(scope, ct);
        return Page();
    }

    private async Task LoadPickerAsync(UserScope scope, CancellationToken ct)
    {
        IsProducer = scope.IsProducer;
        AddressPicker = await AddressPickerModel.ForFormAsync(units, scope, Input.ProvinceCode, Input.CommuneCode, ModelState, ct);
    }
}
