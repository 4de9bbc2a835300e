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

/// <summary>Account managers: one account they manage (else 404), its changes and its history.</summary>
[Authorize(Policy = Policies.UserManager)]
public sealed class DetailsModel(
    UserAdminService admin, UserDirectory directory, OcopDbContext db, AdminUnitService units, CriteriaCatalog catalog, IStringLocalizer<SharedResource> localizer) : PageModel
{
    [BindProperty] public UserInput Input { get; set; } = new();
    public UserDetails Account { get; private set; } = null!;
    public UserFormOptions Options { get; private set; } = null!;
    public bool IsSelf { get; private set; }

    public async Task<IActionResult> OnGetAsync(string id, UserScope scope, CancellationToken ct)
    {
        if (await directory.GetAsync(id, scope, ct) is not { } account)
        {
            return NotFound();
        }

        var u = account.User;
        Input = new UserInput
        {
            DisplayName = u.DisplayName, Phone = account.Phone, Role = u.Role, ProvinceCode = u.ProvinceCode, CommuneCode = u.CommuneCode,
            ProducerId = u.ProducerId, Organisation = u.Organisation, CouncilBody = account.CouncilBody, Language = account.Language,
        };
        return await ShowAsync(account, scope, ct);
    }

    public async Task<IActionResult> OnPostSaveAsync(string id, UserScope scope, CancellationToken ct)
    {
        ModelState.ReplaceBindingErrors(localizer);
        return await DoneAsync(id, await admin.UpdateAsync(id, Input, scope, ct), "Users.SavedFlash", scope, ct);
    }

    public async Task<IActionResult> OnPostDisableAsync(string id, UserScope scope, CancellationToken ct) =>
        await DoneAsync(id, await admin.SetDisabledAsync(id, true, scope, ct), "Users.DisabledFlash", scope, ct);

    public async Task<IActionResult> OnPostEnableAsync(string id, UserScope scope, CancellationToken ct) =>
        await DoneAsync(id, await admin.SetDisabledAsync(id, false, scope, ct), "Users.EnabledFlash", scope, ct);

    public async Task<IActionResult> OnPostResendAsync(string id, UserScope scope, CancellationToken ct) =>
        await DoneAsync(id, await admin.ResendInvitationAsync(id, scope, ct), "Users.ResentFlash", scope, ct);

    public async Task<IActionResult> OnPostResetAsync(string id, UserScope scope, CancellationToken ct) =>
        await DoneAsync(id, await admin.SendResetAsync(id, scope, ct), "Users.ResetFlash", scope, ct);

    private async Task<IActionResult> DoneAsync(string id, ServiceResult<string> result, string flashKey, UserScope scope, CancellationToken ct)
    {
        if (await directory.GetAsync(id, scope, ct) is not { } account)
        {
            return NotFound();
        }

        if (result.IsOk)
        {
            TempData["Flash"] = localizer[flashKey, account.User.Email].Value;
            return Redirect($"/admin/users/{id}");
        }

        ModelState.AddServiceErrors(result.Errors, localizer);
        return await ShowAsync(account, scope, ct);
    }

    private async Task<IActionResult> ShowAsync(UserDetails account, UserScope scope, CancellationToken ct)
    {
        Account = account;
        IsSelf = account.User.Id == scope.UserId;
        Input.ProvinceCode ??= account.User.ProvinceCode ?? (scope.IsNational ? null : scope.ProvinceCode);
        Options = await UserFormOptions.LoadAsync(db, units, catalog, scope, Input, ct);
        return Page();
    }
}
