using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using Ocop.Web.Features.Traceability;
using Ocop.Web.Resources;

namespace Ocop.Web.Pages.Scan;

/// <summary>GS1 Digital Link `/01/{gtin}` and `/01/{gtin}/10/{lot}`. Public.</summary>
[AllowAnonymous]
public sealed class GtinModel(ResolverService resolver, LotService lots, ScanCounter counter, IStringLocalizer<SharedResource> localizer)
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

        if (lot is null)
        {
            return Resolve(product);
        }

        lot = LotPath.Decode(lot);

        // A lot is looked up under this product only: another product's lot code is unknown here.
        return await lots.PublicAsync(product.Id, lot, ct) is { } found
            ? Resolve(product, found)
            : Fail(StatusCodes.Status404NotFound, "Scan.NotFoundTitle", "Scan.UnknownLot", lot, product.Name);
    }
}
