using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Ocop.Web.Features.Onboarding;

namespace Ocop.Web.Pages.Join;

/// <summary>Anyone with the mailed link: confirming is a button (a POST), so a mail scanner does not confirm for the applicant.</summary>
[AllowAnonymous]
public sealed class ConfirmModel(JoinRequestService requests) : PageModel
{
    [BindProperty(SupportsGet = true)] public string? Token { get; set; }
    public JoinConfirmOutcome? Outcome { get; private set; }

    public void OnGet() => Response.Headers["Referrer-Policy"] = "no-referrer";

    public async Task OnPostAsync(CancellationToken ct) => Outcome = await requests.ConfirmAsync(Token, ct);
}
