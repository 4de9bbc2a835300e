using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using Ocop.Web.Features.Accounts.SignIn;
using Ocop.Web.Infrastructure;
using Ocop.Web.Resources;

namespace Ocop.Web.Pages.Account;

[AllowAnonymous]
public sealed class LoginModel(PasswordSignIn signIn, IStringLocalizer<SharedResource> localizer) : PageModel
{
    [BindProperty] public LoginInput Input { get; set; } = new();
    [BindProperty(SupportsGet = true)] public string? ReturnUrl { get; set; }

    public sealed class LoginInput
    {
        [Required(ErrorMessage = "Validation.Required"), EmailAddress(ErrorMessage = "Validation.Email")]
        public string Email { get; set; } = string.Empty;

        [Required(ErrorMessage = "Validation.Required"), DataType(DataType.Password)]
        public string Password { get; set; } = string.Empty;
    }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (!ModelState.IsValid)
        {
            return Page();
        }

        var result = await signIn.SignInAsync(Input.Email, Input.Password, ClientAddress.Of(HttpContext), HttpContext.RequestAborted);
        switch (result.Outcome)
        {
            case SignInOutcome.SignedIn:
                return LocalRedirect(Url.IsLocalUrl(ReturnUrl) && ReturnUrl != "/" ? ReturnUrl! : "/account/home");
            case SignInOutcome.NeedsSecondFactor:
                return Redirect("/account/two-factor-sign-in" + (Url.IsLocalUrl(ReturnUrl) ? "?returnUrl=" + Uri.EscapeDataString(ReturnUrl!) : ""));
            case SignInOutcome.Throttled:
                Response.StatusCode = StatusCodes.Status429TooManyRequests;
                Response.Headers.RetryAfter = ((int)result.RetryAfter.TotalSeconds).ToString(System.Globalization.CultureInfo.InvariantCulture);
                ModelState.AddModelError(string.Empty, localizer["Login.Throttled"]);
                break;
            default:
                ModelState.AddModelError(string.Empty, localizer["Login.Failed"]);
                break;
        }

        return Page();
    }
}
