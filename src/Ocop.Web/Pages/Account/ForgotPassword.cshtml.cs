using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Ocop.Web.Features.Accounts.Links;

namespace Ocop.Web.Pages.Account;

/// <summary>Anonymous: asks for a reset link. The answer is the same whether or not the address has an account.</summary>
[AllowAnonymous]
public sealed class ForgotPasswordModel(SelfService self, ForgotPasswordThrottle throttle) : PageModel
{
    [BindProperty] public string? Email { get; set; }
    public bool Sent { get; private set; }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        self.RequestReset(Email, await throttle.TryTakeAsync(HttpContext, ct));
        Sent = true;
        return Page();
    }
}
