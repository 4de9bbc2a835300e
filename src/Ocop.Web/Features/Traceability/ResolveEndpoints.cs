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
        app.MapMethods(CompressedResolve.Pattern, reads, CompressedResolve.ResolveAsync).AllowAnonymous().ExcludeFromDescription();
        foreach (var pattern in new[] { "/01/{gtin}/{**qualifiers}", "/q/{code}", "/{ai:regex(^\\d{{2,4}}$)}/{key}/{**rest}", CompressedResolve.Pattern, "/.well-known/gs1resolver", ContextPath })
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
            return ResolverAnswers.Fail(http, StatusCodes.Status400BadRequest, "Scan.BadKeyTitle", error!, gtin);
        }

        if (!DigitalLinkPath.TryReadGtinQualifiers(qualifiers, out var read, out var problem))
        {
            // A partly compressed link: the GTIN as it is, the rest compressed in one segment.
            return qualifiers is { } rest && !rest.Contains('/', StringComparison.Ordinal) && CompressedDigitalLink.Read(rest, gtin14) is { } elements
                ? await CompressedResolve.AnswerAsync(http, elements, resolver, counter, ct)
                : ResolverAnswers.Fail(http, StatusCodes.Status400BadRequest, "Scan.BadKeyTitle", problem!.MessageKey, problem.Argument);
        }

        if (await resolver.ByGtinAsync(gtin14, ct) is not { } product)
        {
            return ResolverAnswers.Fail(http, StatusCodes.Status404NotFound, "Scan.NotFoundTitle", "Scan.NotFound", gtin14);
        }

        // A lot is looked up under this product only; one the platform has not recorded (and a serial or a variant, which
        // it does not track) walks up to the product's own links, as the resolver standard asks.
        var lot = read.Lot is null ? null : await Lots(http).PublicAsync(product.Id, read.Lot, ct);
        return ResolverAnswers.Answer(http, resolver, counter, product, lot);
    }

    private static async Task<IResult> ShortAsync(
        HttpContext http, string code, ResolverService resolver, ScanCounter counter, CancellationToken ct)
    {
        if (DigitalLinks.TryParseShortCode(code, out var id) && await resolver.ByIdAsync(id, ct) is { } product)
        {
            return ResolverAnswers.Answer(http, resolver, counter, product);
        }

        if (DigitalLinks.TryParseShortCode(code, 'l', out var lotId) && await Lots(http).PublicByIdAsync(lotId, ct) is { } lot
            && await resolver.ByIdAsync(lot.ProductId, ct) is { } owner)
        {
            return ResolverAnswers.Answer(http, resolver, counter, owner, lot);
        }

        return ResolverAnswers.Fail(http, StatusCodes.Status404NotFound, "Scan.NotFoundTitle", "Scan.UnknownCode", code);
    }

    /// <summary>Another GS1 key (an SSCC, a GLN…): well formed is "not served here" (404), else a bad request; a non-key AI is 400.</summary>
    private static IResult OtherKey(HttpContext http, string ai, string key) =>
        !DigitalLinkPath.IsOtherPrimaryKey(ai) ? ResolverAnswers.Fail(http, StatusCodes.Status400BadRequest, "Scan.BadKeyTitle", "Scan.NotAPrimaryKey", ai)
        : !DigitalLinkPath.IsWellFormedKey(ai, LotPath.Decode(key)) ? ResolverAnswers.Fail(http, StatusCodes.Status400BadRequest, "Scan.BadKeyTitle", "Scan.BadPrimaryKey", ai)
        : ResolverAnswers.Fail(http, StatusCodes.Status404NotFound, "Scan.NotFoundTitle", "Scan.KeyNotServed", ai);

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
}

/// <summary>Why a scan resolved to nothing, for the problem page the request is re-executed to.</summary>
public sealed record ScanProblem(string Title, string Message)
{
    public const string Key = "ocop.scan-problem";
}
