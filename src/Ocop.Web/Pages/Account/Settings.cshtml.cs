using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using Ocop.Web.Features.Accounts;
using Ocop.Web.Features.Accounts.Links;
using Ocop.Web.Features.Accounts.Sessions;
using Ocop.Web.Infrastructure;
using Ocop.Web.Resources;

namespace Ocop.Web.Pages.Account;

/// <summary>The signed-in user's own account (password sign-in only): profile, password, e-mail address, sessions.</summary>
[Authorize(Policy = Policies.InteractiveUser)]
public sealed class SettingsModel(
    UserManager<OcopUser> users, SignInManager<OcopUser> signIn, SelfService self, SessionService sessions, IStringLocalizer<SharedResource> localizer) : PageModel
{
    [BindProperty] public string? DisplayName { get; set; }
    [BindProperty] public string? Phone { get; set; }
    [BindProperty] public string? Language { get; set; }
    [BindProperty] public string? CurrentPassword { get; set; }
    [BindProperty] public string? Password { get; set; }
    [BindProperty] public string? ConfirmPassword { get; set; }
    [BindProperty] public string? NewEmail { get; set; }

    public OcopUser Account { get; private set; } = null!;
    public int OpenSessions { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (!await LoadAsync(ct))
        {
            return NotFound();
        }

        DisplayName = Account.DisplayName;
        Phone = Account.PhoneNumber;
        Language = Account.Language;
        return Page();
    }

    public Task<IActionResult> OnPostProfileAsync(CancellationToken ct) =>
        HandleAsync(user => self.UpdateProfileAsync(user, DisplayName, Phone, Language), "Settings.ProfileSaved", refresh: true, ct);

    public Task<IActionResult> OnPostPasswordAsync(CancellationToken ct)
    {
        if (Password != ConfirmPassword)
        {
            ModelState.AddModelError(nameof(ConfirmPassword), localizer["Validation.Account.ConfirmPassword"]);
        }

        return HandleAsync(user => self.ChangePasswordAsync(user, CurrentPassword, Password, ct), "Settings.PasswordChanged", refresh: true, ct);
    }

    public Task<IActionResult> OnPostEmailAsync(CancellationToken ct) =>
        HandleAsync(user => self.RequestEmailChangeAsync(user, NewEmail, CurrentPassword, ct), "Settings.EmailSent", refresh: false, ct);

    /// <summary>Ends every session of the account, this one included.</summary>
    public async Task<IActionResult> OnPostSignOutEverywhereAsync(CancellationToken ct)
    {
        if (await users.GetUserAsync(User) is { } user)
        {
            await sessions.EndAllAsync(user.Id, ct);
        }

        await signIn.SignOutAsync();
        TempData["Flash"] = localizer["Settings.SignedOutEverywhere"].Value;
        return Redirect("/account/login");
    }

    private async Task<IActionResult> HandleAsync(Func<OcopUser, Task<ServiceResult<bool>>> action, string doneKey, bool refresh, CancellationToken ct)
    {
        if (!await LoadAsync(ct))
        {
            return NotFound();
        }

        if (ModelState.ErrorCount == 0)
        {
            var result = await action(Account);
            if (result.IsOk)
            {
                if (refresh)
                {
                    // New name in the cookie, or a new session after the password change ended the others.
                    await signIn.SignInAsync(Account, isPersistent: false);
                }

                TempData["Flash"] = localizer[doneKey, NewEmail ?? ""].Value;
                return RedirectToPage();
            }

            ModelState.AddServiceErrors(result.Errors, localizer, prefix: "");
        }

        OpenSessions = await sessions.OpenCountAsync(Account.Id, ct);
        return Page();
    }

    private async Task<bool> LoadAsync(CancellationToken ct)
    {
        if (await users.GetUserAsync(User) is not { } user)
        {
            return false;
        }

        Account = user;
        OpenSessions = await sessions.OpenCountAsync(user.Id, ct);
        return true;
    }
}
