using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using Ocop.Web.Data;
using Ocop.Web.Features.Accounts;
using Ocop.Web.Features.Accounts.Users;
using Ocop.Web.Features.AdminUnits;
using Ocop.Web.Features.Evaluation.Criteria;
using Ocop.Web.Infrastructure;
using Ocop.Web.Resources;

namespace Ocop.Web.Areas.Admin.Pages.Users;

/// <summary>Account managers invite an account: it is made without a password and mailed a 72-hour link to set one.</summary>
[Authorize(Policy = Policies.UserManager)]
public sealed class InviteModel(UserAdminService admin, OcopDbContext db, AdminUnitService units, CriteriaCatalog catalog, IStringLocalizer<SharedResource> localizer) : PageModel
{
    [BindProperty] public UserInput Input { get; set; } = new();
    public UserFormOptions Options { get; private set; } = null!;

    public async Task OnGetAsync(UserScope scope, CancellationToken ct)
    {
        Input.ProvinceCode ??= scope.ProvinceCode;
        Options = await UserFormOptions.LoadAsync(db, units, catalog, scope, Input, ct);
    }

    public async Task<IActionResult> OnPostAsync(UserScope scope, CancellationToken ct)
    {
        ModelState.ReplaceBindingErrors(localizer);
        var result = await admin.InviteAsync(Input, scope, ct);
        if (result.IsOk)
        {
            TempData["Flash"] = localizer["Users.InvitedFlash", Input.Email!.Trim()].Value;
            return Redirect($"/admin/users/{result.Value}");
        }

        ModelState.AddServiceErrors(result.Errors, localizer);
        Options = await UserFormOptions.LoadAsync(db, units, catalog, scope, Input, ct);
        return Page();
    }
}
