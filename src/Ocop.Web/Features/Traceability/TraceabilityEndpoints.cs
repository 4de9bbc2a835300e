using System.Text;
using Microsoft.AspNetCore.Http.HttpResults;
using Ocop.Web.Infrastructure;

namespace Ocop.Web.Features.Traceability;

/// <summary>What a product's QR code carries: its Digital Link (or short URL without a GTIN).</summary>
public sealed record ProductLink(string Uri, string? Gtin, string ShortCode);

/// <summary>The resolver's description file and the products' QR codes (public: they carry public links only).</summary>
public static class TraceabilityEndpoints
{
    private static readonly string[] PrimaryKeys = ["01"];

    public static IEndpointRouteBuilder MapTraceabilityEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapGet("/.well-known/gs1resolver", (PublicUrls urls) => TypedResults.Json(new
        {
            name = "OCOP Digital Link resolver",
            resolverRoot = urls.Base,
            supportedPrimaryKeys = PrimaryKeys,
            supportedLinkType = new[] { new { @namespace = DigitalLinks.Vocabulary, prefix = "gs1:" } },
            linkTypeDefaultCanBeLinkset = true,
            supportedLinkTypes = DigitalLinks.Supported,
        })).AllowAnonymous().ExcludeFromDescription();

        var qr = app.MapGroup("/api/v1/products").WithTags("Products");
        qr.MapGet("/{id:int}/digital-link", async Task<Results<Ok<ProductLink>, NotFound>> (int id, ResolverService resolver, CancellationToken ct) =>
            await resolver.ByIdAsync(id, ct) is { } p
                ? TypedResults.Ok(new ProductLink(resolver.LinkFor(p), p.Gtin, DigitalLinks.ShortCode(p.Id)))
                : TypedResults.NotFound())
            .AllowAnonymous();
        qr.MapGet("/{id:int}/qr.svg", async Task<Results<ContentHttpResult, NotFound>> (int id, ResolverService resolver, CancellationToken ct) =>
            await resolver.ByIdAsync(id, ct) is { } p ? TypedResults.Content(Svg(resolver.LinkFor(p)), "image/svg+xml", Encoding.UTF8) : TypedResults.NotFound())
            .AllowAnonymous();
        qr.MapGet("/{id:int}/qr.png", async Task<Results<FileContentHttpResult, NotFound>> (int id, int? size, ResolverService resolver, CancellationToken ct) =>
            await resolver.ByIdAsync(id, ct) is { } p
                ? TypedResults.File(QrCodes.Png(resolver.LinkFor(p), Math.Clamp(size ?? 10, 2, 40)), "image/png", $"qr-{DigitalLinks.ShortCode(p.Id)}.png")
                : TypedResults.NotFound())
            .AllowAnonymous();
        return app;
    }

    /// <summary>The QR code as SVG squares (quiet zone included), crisp at any print size.</summary>
    public static string Svg(string text)
    {
        var modules = QrCodes.Modules(text);
        var size = modules.Length;
        var path = new StringBuilder();
        for (var y = 0; y < size; y++)
        {
            for (var x = 0; x < size; x++)
            {
                if (modules[y][x])
                {
                    path.Append(System.Globalization.CultureInfo.InvariantCulture, $"M{x} {y}h1v1h-1z");
                }
            }
        }

        return $"""<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {size} {size}" shape-rendering="crispEdges"><rect width="{size}" height="{size}" fill="#fff"/><path d="{path}" fill="#000"/></svg>""";
    }
}
