using Ocop.Web.Infrastructure;

namespace Ocop.Web.Features.Traceability;

/// <summary>
/// Compressed GS1 Digital Link URIs (`/{compressed}`, or `/01/{gtin}/{compressed}`): read back into the uncompressed URI and
/// answered as it would be, here (the standard asks a resolver not to redirect to its own uncompressed URI), with that URI
/// given in the Link header as owl:sameAs. A path that does not read as a compressed link is an unknown address (404).
/// </summary>
internal static class CompressedResolve
{
    public const string Pattern = "/{compressed:regex(^[A-Za-z0-9_-]{{8,}}$)}";

    private static readonly HashSet<string> PathAis = ["01", "22", "10", "21"];

    /// <summary>The GTIN's qualifiers in the order the path writes them.</summary>
    private static readonly string[] QualifierOrder = ["22", "10", "21"];

    public static async Task<IResult> ResolveAsync(HttpContext http, string compressed, ResolverService resolver, ScanCounter counter, CancellationToken ct) =>
        CompressedDigitalLink.Read(compressed) is { } elements ? await AnswerAsync(http, elements, resolver, counter, ct) : Results.NotFound();

    public static async Task<IResult> AnswerAsync(
        HttpContext http, IReadOnlyList<KeyValuePair<string, string>> elements, ResolverService resolver, ScanCounter counter, CancellationToken ct)
    {
        string? Value(string ai) => elements.FirstOrDefault(e => e.Key == ai).Value;
        if (!Products.Gtin.TryNormalize(Value("01"), out var gtin14, out var error))
        {
            return ResolverAnswers.Fail(http, StatusCodes.Status400BadRequest, "Scan.BadKeyTitle", error!, Value("01") ?? string.Empty);
        }

        // The qualifiers are read from the bits already, in no particular order: only their values are checked here.
        if (QualifierOrder.FirstOrDefault(ai => Value(ai) is { } value && !DigitalLinkPath.IsQualifierValue(value)) is { } bad)
        {
            return ResolverAnswers.Fail(http, StatusCodes.Status400BadRequest, "Scan.BadKeyTitle", "Scan.BadQualifierValue", bad);
        }

        var path = string.Concat(QualifierOrder.Where(ai => Value(ai) is not null).Select(ai => $"/{ai}/{Uri.EscapeDataString(Value(ai)!)}"));
        var attributes = elements.Where(e => !PathAis.Contains(e.Key)).ToList();
        var urls = http.RequestServices.GetRequiredService<PublicUrls>();
        var query = attributes.Count == 0 ? string.Empty : "?" + string.Join('&', attributes.Select(a => $"{Uri.EscapeDataString(a.Key)}={Uri.EscapeDataString(a.Value)}"));
        var uncompressed = $"{urls.Base}/01/{gtin14}{path}{query}";
        if (await resolver.ByGtinAsync(gtin14, ct) is not { } product)
        {
            http.Response.Headers.Link = $"<{uncompressed}>; rel=\"owl:sameAs\"";
            return ResolverAnswers.Fail(http, StatusCodes.Status404NotFound, "Scan.NotFoundTitle", "Scan.NotFound", gtin14);
        }

        var lot = Value("10") is { } lotCode ? await http.RequestServices.GetRequiredService<LotService>().PublicAsync(product.Id, lotCode, ct) : null;
        return ResolverAnswers.Answer(http, resolver, counter, product, lot, attributes, uncompressed);
    }
}
