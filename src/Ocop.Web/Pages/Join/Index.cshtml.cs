using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using Ocop.Web.Features.Accounts;
using Ocop.Web.Features.AdminUnits;
using Ocop.Web.Features.Onboarding;
using Ocop.Web.Infrastructure;
using Ocop.Web.Resources;

namespace Ocop.Web.Pages.Join;

/// <summary>Anyone: a household, cooperative or enterprise asks to join OCOP with the product it has in mind.</summary>
[AllowAnonymous]
public sealed class IndexModel(JoinRequestService requests, JoinThrottle throttle, AdminUnitService units, IStringLocalizer<SharedResource> localizer) : PageModel
{
    [BindProperty] public JoinInput Input { get; set; } = new();
    public AddressPickerModel AddressPicker { get; private set; } = null!;
    public bool Sent { get; private set; }

    public async Task OnGetAsync(CancellationToken ct) =>
        AddressPicker = await AddressPickerModel.ForFormAsync(units, UserScope.Anonymous, Input.ProvinceCode, Input.CommuneCode, ModelState, ct);

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        ModelState.Clear();
        var result = await requests.SubmitAsync(Input, token => throttle.TryTakeAsync(HttpContext, token), ct);
        if (result.IsOk)
        {
            Sent = true;
            return Page();
        }

        ModelState.AddServiceErrors(result.Errors, localizer);
        AddressPicker = await AddressPickerModel.ForFormAsync(units, UserScope.Anonymous, Input.ProvinceCode, Input.CommuneCode, ModelState, ct);
        return Page();
    }
}
