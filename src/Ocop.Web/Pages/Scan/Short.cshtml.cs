using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using Ocop.Web.Features.Traceability;
using Ocop.Web.Resources;

namespace Ocop.Web.Pages.Scan;

/// <summary>`/q/{code}`: the short URL of a product without a GTIN; behaves like its Digital Link. Public.</summary>
[AllowAnonymous]
public sealed class ShortModel(ResolverService resolver, LotService lots, ScanCounter counter, IStringLocalizer<SharedResource> localizer)
    : ResolvePageModel(resolver, counter, localizer)
{
    private readonly ResolverService resolver = resolver;

    /// <summary>"p…" is a product, "l…" a lot of one.</summary>
    public async Task<IActionResult> OnGetAsync(string code, CancellationToken ct)
    {
        if (DigitalLinks.TryParseShortCode(code, out var id) && await resolver.ByIdAsync(id, ct) is { } product)
        {
            return Resolve(product);
        }

        if (DigitalLinks.TryParseShortCode(code, 'l', out var lotId) && await lots.PublicByIdAsync(lotId, ct) is { } lot
            && await resolver.ByIdAsync(lot.ProductId, ct) is { } owner)
        {
            return Resolve(owner, lot);
        }

        return Fail(StatusCodes.Status404NotFound, "Scan.NotFoundTitle", "Scan.UnknownCode", code);
    }
}
