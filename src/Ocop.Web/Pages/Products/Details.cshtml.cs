using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Ocop.Web.Features.Evaluation.Certificates;
using Ocop.Web.Features.Products;

namespace Ocop.Web.Pages.Products;

[AllowAnonymous]
public sealed class DetailsModel(ProductService products, CertificateService certificates) : PageModel
{
    public ProductPublicDto Product { get; private set; } = null!;

    /// <summary>The latest certificate, shown with its status (a revoked or expired one says so).</summary>
    public CertificateVerification? Certificate { get; private set; }

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct)
    {
        if (await products.GetPublicAsync(id, ct) is not { } product)
        {
            return NotFound();
        }

        Product = product;
        Certificate = await certificates.LatestOfProductAsync(id, ct);
        return Page();
    }
}
