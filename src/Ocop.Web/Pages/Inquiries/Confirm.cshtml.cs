using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Ocop.Web.Features.MarketAccess;

namespace Ocop.Web.Pages.Inquiries;

/// <summary>
/// The link mailed to a buyer. Opening it shows a button; confirming is a POST, so a mail scanner that
/// fetches links does not confirm on the buyer's behalf.
/// </summary>
[AllowAnonymous]
public sealed class ConfirmModel(InquiryService inquiries) : PageModel
{
    [BindProperty(SupportsGet = true)] public string? Token { get; set; }

    public ConfirmOutcome? Outcome { get; private set; }

    public void OnGet()
    {
    }

    public async Task OnPostAsync(CancellationToken ct) => Outcome = await inquiries.ConfirmAsync(Token, ct);
}
