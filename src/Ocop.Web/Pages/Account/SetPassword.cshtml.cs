using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using Ocop.Web.Features.Accounts.Links;
using Ocop.Web.Infrastructure;
using Ocop.Web.Resources;

namespace Ocop.Web.Pages.Account;

/// <summary>
/// Anyone holding a mailed link (anonymous): an invitation sets the first password, a reset link a new one. Expired, used,
/// withdrawn and unknown links each get their own explanation and a way on.
/// </summary>
[AllowAnonymous]
public sealed class SetPasswordModel(SelfService self, AccountLinkService links, IStringLocalizer<SharedResource> localizer) : PageModel
{
    [BindProperty(SupportsGet = true)] public string Kind { get; set; } = "";
    [BindProperty(SupportsGet = true)] public string? Token { get; set; }
    [BindProperty, DataType(DataType.Password)] public string? Password { get; set; }
    [BindProperty, DataType(DataType.Password)] public string? ConfirmPassword { get; set; }

    public AccountLinkState State { get; private set; }
    public string? Email { get; private set; }
    public bool IsInvitation => Kind == "invitation";
    private AccountLinkPurpose Purpose => IsInvitation ? AccountLinkPurpose.Invitation : AccountLinkPurpose.PasswordReset;

    public async Task OnGetAsync(CancellationToken ct) => await LoadAsync(ct);

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (Password != ConfirmPassword)
        {
            ModelState.AddModelError(nameof(ConfirmPassword), localizer["Validation.Account.ConfirmPassword"]);
            await LoadAsync(ct);
            return Page();
        }

        var result = await self.SetPasswordAsync(Token, Purpose, Password, ct);
        if (result.IsOk)
        {
            TempData["Flash"] = localizer[IsInvitation ? "SetPassword.DoneInvitation" : "SetPassword.DoneReset"].Value;
            return Redirect("/account/login");
        }

        ModelState.AddServiceErrors(result.Errors, localizer, prefix: "");
        await LoadAsync(ct);
        return Page();
    }

    /// <summary>An expired invitation: a new one goes to the account's own address.</summary>
    public async Task<IActionResult> OnPostRenewAsync(CancellationToken ct)
    {
        await self.RenewInvitationAsync(Token, ct);
        TempData["Flash"] = localizer["SetPassword.Renewed"].Value;
        return Redirect("/account/login");
    }

    private async Task LoadAsync(CancellationToken ct)
    {
        // The secret is in this page's address: no other site may see it in a Referer.
        Response.Headers["Referrer-Policy"] = "no-referrer";
        var check = await links.CheckAsync(Token, Purpose, ct);
        State = check.State;
        Email = check.State == AccountLinkState.Valid ? check.User?.Email : null;
    }
}
