using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using Ocop.Web.Features.Accounts;
using Ocop.Web.Features.Evaluation.Certificates;
using Ocop.Web.Features.MarketAccess;
using Ocop.Web.Features.Products;
using Ocop.Web.Features.Products.Showcase;
using Ocop.Web.Features.Traceability;
using Ocop.Web.Infrastructure;
using Ocop.Web.Resources;

namespace Ocop.Web.Areas.Admin.Pages.Products;

/// <summary>
/// A product's back-office page. Area folder policy: RegistryEditor; records outside the user's
/// scope answer 404. Its parts post to their own handlers, one file each: pictures
/// (Details.Images.cs), lots and their documents (Details.Lots.cs), e-commerce listings
/// (Details.Listings.cs), packs and prices, videos (Details.Showcase.cs); each handler takes the service it needs with [FromServices].
/// </summary>
public sealed partial class DetailsModel(ProductOverviewService overview, IStringLocalizer<SharedResource> localizer) : PageModel
{
    public ProductDetails Product { get; private set; } = null!;

    /// <summary>Every certificate the product has had, revoked and expired ones included (history kept).</summary>
    public IReadOnlyList<CertificateItem> Certificates { get; private set; } = [];

    /// <summary>What the product's QR code carries; null while the product is not public (the code would lead nowhere).</summary>
    public string? DigitalLink { get; private set; }

    public IReadOnlyList<LotItem> Lots { get; private set; } = [];

    /// <summary>Each lot's documents (test results, certifications), shown on its public page.</summary>
    public IReadOnlyDictionary<int, IReadOnlyList<LotDocumentItem>> LotDocuments { get; private set; } = new Dictionary<int, IReadOnlyList<LotDocumentItem>>();

    public ScanSeries? Scans { get; private set; }

    /// <summary>The product's e-commerce listings (shown on its public page under "where to buy").</summary>
    public IReadOnlyList<ListingItem> Listings { get; private set; } = [];

    /// <summary>How the product is sold and at what price, and its promotion videos (both on its public page).</summary>
    public IReadOnlyList<PackItem> Packs { get; private set; } = [];

    public IReadOnlyList<VideoItem> Videos { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(int id, UserScope scope, CancellationToken ct) => await ShowAsync(id, scope, ct);

    public async Task<IActionResult> OnPostDeleteAsync(int id, int version, UserScope scope, [FromServices] ProductService products, CancellationToken ct) =>
        this.Outcome(await products.DeleteAsync(id, version, scope, ct), localizer, _ => this.RedirectWithFlash("/admin/products", localizer["Flash.Deleted"]), prefix: string.Empty)
            ?? await ShowAsync(id, scope, ct);

    /// <summary>The page as it is now (again after a refused form, with its messages), or 404 outside the caller's scope.</summary>
    private async Task<IActionResult> ShowAsync(int id, UserScope scope, CancellationToken ct)
    {
        if (await overview.GetAsync(id, scope, ct) is not { } read)
        {
            return NotFound();
        }

        (Product, Certificates, DigitalLink, Lots, LotDocuments, Scans, Listings, Packs, Videos) =
            (read.Product, read.Certificates, read.DigitalLink, read.Lots, read.LotDocuments, read.Scans, read.Listings, read.Packs, read.Videos);
        return Page();
    }
}
