using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using Ocop.Web.Features.Traceability;
using Ocop.Web.Resources;

namespace Ocop.Web.Pages.Scan;

/// <summary>GS1 Digital Link `/01/{gtin}` and `/01/{gtin}/10/{lot}`. Public.</summary>
[AllowAnonymous]
public sealed class GtinModel(ResolverService resolver, ScanCounter counter, IStringLocalizer<SharedResource> localizer)
    : ResolvePageModel(resolver, counter, localizer)
{
    private readonly ResolverService resolver = resolver;

    public async Task<IActionResult> OnGetAsync(string gtin, string? qualifier, string? lot, CancellationToken ct)
    {
        if (!Features.Products.Gtin.TryNormalize(gtin, out var gtin14, out var error))
        {
            return Fail(StatusCodes.Status400BadRequest, "Scan.BadKeyTitle", error!, gtin);
        }

        if (qualifier is not null && (qualifier != "10" || string.IsNullOrWhiteSpace(lot)))
        {
            return Fail(StatusCodes.Status400BadRequest, "Scan.BadKeyTitle", "Scan.BadQualifier", qualifier);
        }

        if (await resolver.ByGtinAsync(gtin14, ct) is not { } product)
        {
            return Fail(StatusCodes.Status404NotFound, "Scan.NotFoundTitle", "Scan.NotFound", gtin14);
        }

        // Lots (AI 10) are not recorded yet: any lot is unknown, and says so rather than showing the product as if it matched.
        return lot is not null ? Fail(StatusCodes.Status404NotFound, "Scan.NotFoundTitle", "Scan.UnknownLot", lot, product.Name) : Resolve(product);
    }
}
