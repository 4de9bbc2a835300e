using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.OutputCaching;
using Ocop.Web.Features.Evaluation.Certificates;
using Ocop.Web.Features.Products;
using Ocop.Web.Features.Public;
using Ocop.Web.Features.Traceability;
using Ocop.Web.Infrastructure;

namespace Ocop.Web.Pages.Products;

/// <summary>A lot's traceability page: dates, quantity, raw-material area, process steps, documents, and the product's certificate. Public.</summary>
[AllowAnonymous]
[OutputCache(PolicyName = PublicPageCache.PolicyName)]
public sealed class LotModel(
    Deferred<ProductService> products, Deferred<LotService> lots, Deferred<LotDocumentService> documents, Deferred<CertificateService> certificates, PublicReadCache reads)
    : PageModel
{
    public ProductPublicDto Product { get; private set; } = null!;

    public LotItem Lot { get; private set; } = null!;

    public CertificateVerification? Certificate { get; private set; }

    /// <summary>Test results and certifications the producer or officer attached to the lot.</summary>
    public IReadOnlyList<LotDocumentItem> Documents { get; private set; } = [];

    private sealed record LotPage(ProductPublicDto Product, LotItem Lot, CertificateVerification? Certificate, IReadOnlyList<LotDocumentItem> Documents);

    public async Task<IActionResult> OnGetAsync(int id, string code, CancellationToken ct)
    {
        var decoded = LotPath.Decode(code);
        if (await reads.GetAsync("lot", $"{id}/{decoded}", () => ReadAsync(id, decoded, ct)) is not { } page)
        {
            return NotFound();
        }

        (Product, Lot, Certificate, Documents) = (page.Product, page.Lot, page.Certificate, page.Documents);
        return Page();
    }

    private async Task<LotPage?> ReadAsync(int id, string code, CancellationToken ct) =>
        await products.Value.GetPublicAsync(id, ct) is { } product && await lots.Value.PublicAsync(id, code, ct) is { } lot
            ? new LotPage(product, lot, await certificates.Value.LatestOfProductAsync(id, ct), await documents.Value.ListAsync(lot.Id, ct))
            : null;
}
