using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Ocop.Web.Features.Evaluation.Certificates;

namespace Ocop.Web.Pages.Verify;

/// <summary>Public: anyone checks a certificate by its number (typed, or from the QR code's link).</summary>
[AllowAnonymous]
public sealed class IndexModel(CertificateService certificates) : PageModel
{
    public string? Number { get; private set; }

    public CertificateVerification? Found { get; private set; }

    public async Task<IActionResult> OnGetAsync(string? number, CancellationToken ct)
    {
        Number = number?.Trim();
        if (string.IsNullOrEmpty(Number))
        {
            return Page();
        }

        Found = await certificates.VerifyAsync(Number, ct);
        if (Found is null)
        {
            Response.StatusCode = StatusCodes.Status404NotFound;
        }

        return Page();
    }
}
