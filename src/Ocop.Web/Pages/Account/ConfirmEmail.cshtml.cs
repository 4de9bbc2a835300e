using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using Ocop.Web.Features.Accounts.Links;
using Ocop.Web.Resources;

namespace Ocop.Web.Pages.Account;

/// <summary>
/// Anonymous: the link mailed to a new address. Confirming is a button (a POST), since mail scanners open links on
/// their own; the account then signs in with the new address.
/// </summary>
[AllowAnonymous]
public sealed class ConfirmEmailModel(SelfService self, AccountLinkService links, IStringLocalizer<SharedResource> localizer) : PageModel
{
    [BindProperty(SupportsGet = true)] public string? Token { get; set; }
    public AccountLinkState State { get; private set; }
    public string? NewEmail { get; private set; }

    public async Task OnGetAsync(CancellationToken ct)
    {
        Response.Headers["Referrer-Policy"] = "no-referrer";
        var check = await links.CheckAsync(Token, AccountLinkPurpose.EmailChange, ct);
        State = check.State;
        NewEmail = check.Link?.NewEmail;
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if ((await self.ConfirmEmailChangeAsync(Token, ct)).IsOk)
        {
            TempData["Flash"] = localizer["ConfirmEmail.Done"].Value;
            return Redirect("/account/login");
        }

        await OnGetAsync(ct);
        State = State == AccountLinkState.Valid ? AccountLinkState.Revoked : State;
        return Page();
    }
}
