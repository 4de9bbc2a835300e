using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.OutputCaching;
using Ocop.Web.Features.Evaluation.Certificates;
using Ocop.Web.Features.Public;
using Ocop.Web.Infrastructure;

namespace Ocop.Web.Pages.Verify;

/// <summary>Public: anyone checks a certificate by its number (typed, or from the QR code's link).</summary>
[AllowAnonymous]
[OutputCache(PolicyName = PublicPageCache.PolicyName)]
public sealed class IndexModel(Deferred<CertificateService> certificates, PublicReadCache reads) : PageModel
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

        var asked = Number;
        Found = await reads.GetAsync("certificate", asked.ToUpperInvariant(), () => certificates.Value.VerifyAsync(asked, ct));
        if (Found is null)
        {
            Response.StatusCode = StatusCodes.Status404NotFound;
        }

        return Page();
    }
}
