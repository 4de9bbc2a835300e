using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using Ocop.Web.Features.Accounts;
using Ocop.Web.Features.Accounts.TwoFactor;
using Ocop.Web.Infrastructure;
using Ocop.Web.Resources;

namespace Ocop.Web.Pages.Account;

/// <summary>The signed-in user (password sign-in): sets up, renews the recovery codes of, or turns off two-factor sign-in.</summary>
[Authorize(Policy = Policies.InteractiveUser)]
public sealed class TwoFactorModel(
    UserManager<OcopUser> users, SignInManager<OcopUser> signIn, TwoFactorService twoFactor, IConfiguration configuration,
    IHostEnvironment environment, IStringLocalizer<SharedResource> localizer) : PageModel
{
    [BindProperty] public string? Code { get; set; }
    public bool Enabled { get; private set; }
    public bool Required { get; private set; }
    public AuthenticatorSetup? Setup { get; private set; }
    public IReadOnlyList<string>? RecoveryCodes { get; private set; }

    public async Task<IActionResult> OnGetAsync() => await ShowAsync();

    public async Task<IActionResult> OnPostEnableAsync()
    {
        if (await users.GetUserAsync(User) is not { } user)
        {
            return NotFound();
        }

        RecoveryCodes = await twoFactor.EnableAsync(user, Code);
        if (RecoveryCodes is null)
        {
            ModelState.AddModelError(nameof(Code), localizer["TwoFactor.WrongCode"]);
        }

        return await ShowAsync();
    }

    public async Task<IActionResult> OnPostRecoveryCodesAsync()
    {
        if (await users.GetUserAsync(User) is not { TwoFactorEnabled: true } user)
        {
            return NotFound();
        }

        RecoveryCodes = await twoFactor.NewRecoveryCodesAsync(user);
        return await ShowAsync();
    }

    public async Task<IActionResult> OnPostDisableAsync()
    {
        if (await users.GetUserAsync(User) is not { } user)
        {
            return NotFound();
        }

        if (!await twoFactor.DisableAsync(user, IsRequired()))
        {
            ModelState.AddModelError(string.Empty, localizer["TwoFactor.RequiredForRole"]);
            return await ShowAsync();
        }

        await signIn.RefreshSignInAsync(user);
        TempData["Flash"] = localizer["TwoFactor.Disabled"].Value;
        return RedirectToPage();
    }

    private bool IsRequired() =>
        TwoFactorRequirement.IsRequired(configuration, environment) && (User.IsInRole(Roles.NationalAdmin) || User.IsInRole(Roles.ProvinceOfficer));

    private async Task<IActionResult> ShowAsync()
    {
        if (await users.GetUserAsync(User) is not { } user)
        {
            return NotFound();
        }

        Enabled = user.TwoFactorEnabled;
        Required = IsRequired();
        Setup = Enabled ? null : await twoFactor.SetupAsync(user);
        return Page();
    }
}
