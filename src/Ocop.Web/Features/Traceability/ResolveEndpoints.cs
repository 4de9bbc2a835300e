using Microsoft.Extensions.Localization;
using Ocop.Web.Resources;

namespace Ocop.Web.Features.Traceability;

/// <summary>
/// The GS1 Digital Link resolver, `/01/{gtin}[/10/{lot}]`, and the short URLs `/q/{code}` ("p…" a product,
/// "l…" a lot). Minimal endpoints answering from memory (keys from the catalogue snapshot) so a scan
/// costs about what a static answer does: count it, then a 307 to the page of the requested link type
/// with a Link header to the linkset, or the linkset itself. A bad or unknown key gets a status code and
/// its explanation in <see cref="ScanProblem"/>; the scan paths re-execute to `/scan/problem`, which
/// shows it as a page. Public, CORS `*`.
/// </summary>
public static class ResolveEndpoints
{
    public static IEndpointRouteBuilder MapResolveEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapMethods("/01/{gtin}/{qualifier?}/{lot?}", [HttpMethods.Get, HttpMethods.Head], GtinAsync).AllowAnonymous().ExcludeFromDescription();
        app.MapMethods("/q/{code}", [HttpMethods.Get, HttpMethods.Head], ShortAsync).AllowAnonymous().ExcludeFromDescription();
        return app;
    }

    /// <summary>Whether a path is one of the resolver's (its errors are shown by the scan problem page).</summary>
    public static bool IsScanPath(PathString path) => path.StartsWithSegments("/01") || path.StartsWithSegments("/q");

    private static async Task<IResult> GtinAsync(
        HttpContext http, string gtin, string? qualifier, string? lot, ResolverService resolver, ScanCounter counter, CancellationToken ct)
    {
        if (!Products.Gtin.TryNormalize(gtin, out var gtin14, out var error))
        {
            return Fail(http, StatusCodes.Status400BadRequest, "Scan.BadKeyTitle", error!, gtin);
        }

        if (qualifier is not null && (qualifier != "10" || string.IsNullOrWhiteSpace(lot)))
        {
            return Fail(http, StatusCodes.Status400BadRequest, "Scan.BadKeyTitle", "Scan.BadQualifier", qualifier);
        }

        if (await resolver.ByGtinAsync(gtin14, ct) is not { } product)
        {
            return Fail(http, StatusCodes.Status404NotFound, "Scan.NotFoundTitle", "Scan.NotFound", gtin14);
        }

        if (lot is null)
        {
            return Answer(http, resolver, counter, product);
        }

        lot = LotPath.Decode(lot);

        // A lot is looked up under this product only: another product's lot code is unknown here.
        return await Lots(http).PublicAsync(product.Id, lot, ct) is { } found
            ? Answer(http, resolver, counter, product, found)
            : Fail(http, StatusCodes.Status404NotFound, "Scan.NotFoundTitle", "Scan.UnknownLot", lot, product.Name);
    }

    private static async Task<IResult> ShortAsync(
        HttpContext http, string code, ResolverService resolver, ScanCounter counter, CancellationToken ct)
    {
        if (DigitalLinks.TryParseShortCode(code, out var id) && await resolver.ByIdAsync(id, ct) is { } product)
        {
            return Answer(http, resolver, counter, product);
        }

        if (DigitalLinks.TryParseShortCode(code, 'l', out var lotId) && await Lots(http).PublicByIdAsync(lotId, ct) is { } lot
            && await resolver.ByIdAsync(lot.ProductId, ct) is { } owner)
        {
            return Answer(http, resolver, counter, owner, lot);
        }

        return Fail(http, StatusCodes.Status404NotFound, "Scan.NotFoundTitle", "Scan.UnknownCode", code);
    }

    /// <summary>Lots are in the database: asked for only when a lot is scanned, so a product scan opens no connection.</summary>
    private static LotService Lots(HttpContext http) => http.RequestServices.GetRequiredService<LotService>();

    private static IResult Answer(HttpContext http, ResolverService resolver, ScanCounter counter, ResolvedProduct product, LotItem? lot = null)
    {
        var request = http.Request;
        var requested = DigitalLinks.Normalize(request.Query["linkType"]);
        var wantsLinkset = requested == DigitalLinks.Linkset
            || request.GetTypedHeaders().Accept.Any(a => a.MediaType.Equals(DigitalLinks.LinksetMediaType, StringComparison.OrdinalIgnoreCase));
        var language = DigitalLinks.Language(request);
        var lotId = lot?.Id ?? 0;
        var headers = http.Response.Headers;
        headers.AccessControlAllowOrigin = "*";
        headers.Vary = "Accept, Accept-Language";
        if (wantsLinkset)
        {
            counter.Count(product.Id, lotId, DigitalLinks.Linkset, language);
            return Results.Text(resolver.Linkset(product, lot), DigitalLinks.LinksetMediaType);
        }

        var (served, url) = resolver.Target(product, lot, requested ?? DigitalLinks.ProductPage, language);
        counter.Count(product.Id, lotId, served, language);
        headers.Link = $"<{resolver.LinkFor(product, lot)}?linkType=linkset>; rel=\"linkset\"; type=\"{DigitalLinks.LinksetMediaType}\"";
        return Results.Redirect(url, permanent: false, preserveMethod: true);
    }

    private static IResult Fail(HttpContext http, int status, string titleKey, string messageKey, params object[] args)
    {
        var localizer = http.RequestServices.GetRequiredService<IStringLocalizer<SharedResource>>();
        http.Items[ScanProblem.Key] = new ScanProblem(localizer[titleKey], string.Format(localizer[messageKey].Value, args));
        http.Response.Headers.AccessControlAllowOrigin = "*";
        return Results.StatusCode(status);
    }
}

/// <summary>Why a scan resolved to nothing, for the problem page the request is re-executed to.</summary>
public sealed record ScanProblem(string Title, string Message)
{
    public const string Key = "ocop.scan-problem";
}
