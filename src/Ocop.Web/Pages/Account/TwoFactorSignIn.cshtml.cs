using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using Ocop.Web.Features.Accounts;
using Ocop.Web.Resources;

namespace Ocop.Web.Pages.Account;

/// <summary>
/// Anonymous, after a right password (Identity's two-factor cookie names the account): the code from the authenticator
/// app, or one recovery code. Wrong codes count towards Identity's lockout, which only the password's holder can reach.
/// </summary>
[AllowAnonymous]
public sealed class TwoFactorSignInModel(SignInManager<OcopUser> signIn, IStringLocalizer<SharedResource> localizer) : PageModel
{
    [BindProperty] public string? Code { get; set; }
    [BindProperty] public bool UseRecoveryCode { get; set; }
    [BindProperty(SupportsGet = true)] public string? ReturnUrl { get; set; }

    public async Task<IActionResult> OnGetAsync() =>
        await signIn.GetTwoFactorAuthenticationUserAsync() is null ? Redirect("/account/login") : Page();

    public async Task<IActionResult> OnPostAsync()
    {
        if (await signIn.GetTwoFactorAuthenticationUserAsync() is null)
        {
            return Redirect("/account/login");
        }

        var code = (Code ?? string.Empty).Replace(" ", string.Empty, StringComparison.Ordinal);
        var result = UseRecoveryCode
            ? await signIn.TwoFactorRecoveryCodeSignInAsync(code)
            : await signIn.TwoFactorAuthenticatorSignInAsync(code.Replace("-", string.Empty, StringComparison.Ordinal), isPersistent: false, rememberClient: false);
        if (result.Succeeded)
        {
            return LocalRedirect(Url.IsLocalUrl(ReturnUrl) && ReturnUrl != "/" ? ReturnUrl! : "/account/home");
        }

        ModelState.AddModelError(string.Empty, localizer[result.IsLockedOut ? "TwoFactor.LockedOut" : "TwoFactor.WrongCode"]);
        return Page();
    }
}
