using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using Ocop.Web.Features.Traceability;
using Ocop.Web.Resources;

namespace Ocop.Web.Pages.Scan;

/// <summary>`/q/{code}`: the short URL of a product without a GTIN; behaves like its Digital Link. Public.</summary>
[AllowAnonymous]
public sealed class ShortModel(ResolverService resolver, ScanCounter counter, IStringLocalizer<SharedResource> localizer)
    : ResolvePageModel(resolver, counter, localizer)
{
    private readonly ResolverService resolver = resolver;

    public async Task<IActionResult> OnGetAsync(string code, CancellationToken ct) =>
        DigitalLinks.TryParseShortCode(code, out var id) && await resolver.ByIdAsync(id, ct) is { } product
            ? Resolve(product)
            : Fail(StatusCodes.Status404NotFound, "Scan.NotFoundTitle", "Scan.UnknownCode", code);
}
