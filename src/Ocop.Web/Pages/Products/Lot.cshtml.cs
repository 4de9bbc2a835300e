using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Ocop.Web.Features.Evaluation.Certificates;
using Ocop.Web.Features.Products;
using Ocop.Web.Features.Traceability;

namespace Ocop.Web.Pages.Products;

/// <summary>A lot's traceability page: dates, quantity, raw-material area, process steps, documents, and the product's certificate. Public.</summary>
[AllowAnonymous]
public sealed class LotModel(ProductService products, LotService lots, LotDocumentService documents, CertificateService certificates) : PageModel
{
    public ProductPublicDto Product { get; private set; } = null!;

    public LotItem Lot { get; private set; } = null!;

    public CertificateVerification? Certificate { get; private set; }

    /// <summary>Test results and certifications the producer or officer attached to the lot.</summary>
    public IReadOnlyList<LotDocumentItem> Documents { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(int id, string code, CancellationToken ct)
    {
        if (await products.GetPublicAsync(id, ct) is not { } product || await lots.PublicAsync(id, LotPath.Decode(code), ct) is not { } lot)
        {
            return NotFound();
        }

        (Product, Lot) = (product, lot);
        Certificate = await certificates.LatestOfProductAsync(id, ct);
        Documents = await documents.ListAsync(lot.Id, ct);
        return Page();
    }
}
