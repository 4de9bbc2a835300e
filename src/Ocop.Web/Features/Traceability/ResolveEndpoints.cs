using Microsoft.Extensions.Localization;
using Ocop.Web.Infrastructure;
using Ocop.Web.Resources;

namespace Ocop.Web.Features.Traceability;

/// <summary>
/// The GS1 Digital Link resolver, `/01/{gtin}[/22/{variant}][/10/{lot}][/21/{serial}]`, and the short URLs `/q/{code}`
/// ("p…" a product, "l…" a lot). Minimal endpoints answering from memory (keys from the catalogue snapshot) so a scan costs
/// about what a static answer does: count it, then a 307 to the page of the requested link type (the request's query passed
/// on) with a Link header to the linkset, or the linkset itself. What the platform does not record (a lot it has not seen,
/// a serial, a variant) walks up to the level above. A bad URI is 400, an unknown key or a link type the item does not
/// have 404, explained in <see cref="ScanProblem"/> (the scan paths re-execute to `/scan/problem`, which shows it).
/// Public, CORS `*`, preflight (OPTIONS) answered on every resolver path.
/// </summary>
public static class ResolveEndpoints
{
    public const string ContextPath = "/resolver/linkset-context.jsonld";

    public static IEndpointRouteBuilder MapResolveEndpoints(this IEndpointRouteBuilder app)
    {
        string[] reads = [HttpMethods.Get, HttpMethods.Head];
        app.MapMethods("/01/{gtin}/{**qualifiers}", reads, GtinAsync).AllowAnonymous().ExcludeFromDescription();
        app.MapMethods("/q/{code}", reads, ShortAsync).AllowAnonymous().ExcludeFromDescription();
        app.MapMethods("/{ai:regex(^\\d{{2,4}}$)}/{key}/{**rest}", reads, OtherKey).AllowAnonymous().ExcludeFromDescription();
        foreach (var pattern in new[] { "/01/{gtin}/{**qualifiers}", "/q/{code}", "/{ai:regex(^\\d{{2,4}}$)}/{key}/{**rest}", "/.well-known/gs1resolver", ContextPath })
        {
            app.MapMethods(pattern, [HttpMethods.Options], Preflight).AllowAnonymous().ExcludeFromDescription();
        }

        app.MapGet(ContextPath, (HttpContext http) =>
        {
            http.Response.Headers.AccessControlAllowOrigin = "*";
            return Results.Text(LinksetContext, "application/ld+json");
        }).AllowAnonymous().ExcludeFromDescription();
        return app;
    }

    /// <summary>Whether a path is one of the resolver's (its errors are shown by the scan problem page).</summary>
    public static bool IsScanPath(PathString path)
    {
        if (path.StartsWithSegments("/q"))
        {
            return true;
        }

        var value = path.Value ?? string.Empty;
        var end = value.IndexOf('/', 1);
        var first = end < 0 ? value[1..] : value[1..end];
        return end > 0 && first.Length is >= 2 and <= 4 && first.All(char.IsAsciiDigit);
    }

    /// <summary>How to read a linkset as JSON-LD: anchors and targets are the identified things, relations are GS1 vocabulary IRIs.</summary>
    private const string LinksetContext = """
        {"@context": {"gs1": "https://gs1.org/voc/", "dcterms": "http://purl.org/dc/terms/", "linkset": "@graph", "anchor": "@id",
          "href": "@id", "itemDescription": "dcterms:description", "title": "dcterms:title", "type": "dcterms:format",
          "hreflang": {"@id": "dcterms:language", "@container": "@set"}}}
        """;

    private static async Task<IResult> GtinAsync(
        HttpContext http, string gtin, string? qualifiers, ResolverService resolver, ScanCounter counter, CancellationToken ct)
    {
        if (!Products.Gtin.TryNormalize(gtin, out var gtin14, out var error))
        {
            return Fail(http, StatusCodes.Status400BadRequest, "Scan.BadKeyTitle", error!, gtin);
        }

        if (!DigitalLinkPath.TryReadGtinQualifiers(qualifiers, out var read, out var problem))
        {
            return Fail(http, StatusCodes.Status400BadRequest, "Scan.BadKeyTitle", problem!.MessageKey, problem.Argument);
        }

        if (await resolver.ByGtinAsync(gtin14, ct) is not { } product)
        {
            return Fail(http, StatusCodes.Status404NotFound, "Scan.NotFoundTitle", "Scan.NotFound", gtin14);
        }

        // A lot is looked up under this product only; one the platform has not recorded (and a serial or a variant, which
        // it does not track) walks up to the product's own links, as the resolver standard asks.
        var lot = read.Lot is null ? null : await Lots(http).PublicAsync(product.Id, read.Lot, ct);
        return Answer(http, resolver, counter, product, lot);
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

    /// <summary>Another GS1 key (an SSCC, a GLN…): well formed is "not served here" (404), else a bad request; a non-key AI is 400.</summary>
    private static IResult OtherKey(HttpContext http, string ai, string key) =>
        !DigitalLinkPath.IsOtherPrimaryKey(ai) ? Fail(http, StatusCodes.Status400BadRequest, "Scan.BadKeyTitle", "Scan.NotAPrimaryKey", ai)
        : !DigitalLinkPath.IsWellFormedKey(ai, LotPath.Decode(key)) ? Fail(http, StatusCodes.Status400BadRequest, "Scan.BadKeyTitle", "Scan.BadPrimaryKey", ai)
        : Fail(http, StatusCodes.Status404NotFound, "Scan.NotFoundTitle", "Scan.KeyNotServed", ai);

    /// <summary>A browser's CORS preflight: anyone may read the resolver.</summary>
    private static IResult Preflight(HttpContext http)
    {
        var headers = http.Response.Headers;
        headers.AccessControlAllowOrigin = "*";
        headers.AccessControlAllowMethods = "GET, HEAD, OPTIONS";
        headers.AccessControlAllowHeaders = http.Request.Headers.AccessControlRequestHeaders.Count > 0
            ? http.Request.Headers.AccessControlRequestHeaders.ToString() : "Accept, Accept-Language";
        headers.AccessControlMaxAge = "86400";
        headers.Allow = "GET, HEAD, OPTIONS";
        return Results.NoContent();
    }

    /// <summary>Lots are in the database: asked for only when a lot is scanned, so a product scan opens no connection.</summary>
    private static LotService Lots(HttpContext http) => http.RequestServices.GetRequiredService<LotService>();

    private static IResult Answer(HttpContext http, ResolverService resolver, ScanCounter counter, ResolvedProduct product, LotItem? lot = null)
    {
        var request = http.Request;
        var asked = request.Query["linkType"].ToString();
        var requested = DigitalLinks.Normalize(asked);
        var wantsLinkset = requested == DigitalLinks.Linkset
            || request.GetTypedHeaders().Accept.Any(a => a.MediaType.Equals(DigitalLinks.LinksetMediaType, StringComparison.OrdinalIgnoreCase));
        var language = DigitalLinks.Language(request);
        var headers = http.Response.Headers;
        headers.AccessControlAllowOrigin = "*";
        headers.AccessControlExposeHeaders = "Link";
        headers.Vary = "Accept, Accept-Language";
        var urls = http.RequestServices.GetRequiredService<PublicUrls>();
        var linksetLink = $"<{resolver.LinkFor(product, lot)}?linkType=linkset>; rel=\"linkset\"; type=\"{DigitalLinks.LinksetMediaType}\"";
        if (wantsLinkset)
        {
            counter.Count(product.Id, lot?.Id ?? 0, DigitalLinks.Linkset, language);
            headers.Link = $"<{urls.Base}{ContextPath}>; rel=\"http://www.w3.org/ns/json-ld#context\"; type=\"application/ld+json\"";
            return Results.Text(resolver.Linkset(product, lot), DigitalLinks.LinksetMediaType);
        }

        if (requested is null || resolver.Target(product, lot, requested, language) is not { } target)
        {
            headers.Link = linksetLink;
            return Fail(http, StatusCodes.Status404NotFound, "Scan.NotFoundTitle", "Scan.NoSuchLinkType", asked);
        }

        var served = requested is DigitalLinks.DefaultLink or DigitalLinks.DefaultLinkMulti ? DigitalLinks.ProductPage : requested;
        counter.Count(product.Id, lot?.Id ?? 0, served, language);
        headers.Link = linksetLink;
        return Results.Redirect(WithQuery(target, request.Query), permanent: false, preserveMethod: true);
    }

    /// <summary>The request's query passed on to the target (the standard's default), all but the resolver's own linkType.</summary>
    private static string WithQuery(string target, IQueryCollection query)
    {
        var question = target.IndexOf('?', StringComparison.Ordinal);
        var already = question < 0 ? [] : Microsoft.AspNetCore.WebUtilities.QueryHelpers.ParseQuery(target[question..]).Keys.ToHashSet(StringComparer.OrdinalIgnoreCase);
        var passed = query.Where(q => !q.Key.Equals("linkType", StringComparison.OrdinalIgnoreCase) && !already.Contains(q.Key))
            .SelectMany(q => q.Value.Select(v => $"{Uri.EscapeDataString(q.Key)}={Uri.EscapeDataString(v ?? string.Empty)}")).ToList();
        return passed.Count == 0 ? target : target + (target.Contains('?', StringComparison.Ordinal) ? "&" : "?") + string.Join('&', passed);
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
