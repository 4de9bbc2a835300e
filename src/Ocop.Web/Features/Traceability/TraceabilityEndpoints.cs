using System.Text;
using Microsoft.AspNetCore.Http.HttpResults;
using Ocop.Web.Infrastructure;

namespace Ocop.Web.Features.Traceability;

/// <summary>What a product's QR code carries: its Digital Link (or short URL without a GTIN).</summary>
public sealed record ProductLink(string Uri, string? Gtin, string ShortCode);

/// <summary>The resolver's description file, the products' QR codes (public: they carry public links only) and their scan counts.</summary>
public static class TraceabilityEndpoints
{
    private static readonly string[] PrimaryKeys = ["01"];

    public static IEndpointRouteBuilder MapTraceabilityEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapGet("/.well-known/gs1resolver", (PublicUrls urls, HttpContext http) =>
        {
            http.Response.Headers.AccessControlAllowOrigin = "*";
            return TypedResults.Json(new
            {
                name = "OCOP Digital Link resolver",
                resolverRoot = urls.Base,
                supportedPrimaryKeys = PrimaryKeys,
                supportedLinkType = new[] { new { @namespace = DigitalLinks.Vocabulary, prefix = "gs1:" } },
                linkTypeDefaultCanBeLinkset = true,
                supportedLinkTypes = DigitalLinks.Supported,
                jsonLdContextLocation = urls.Base + ResolveEndpoints.ContextPath,
            });
        }).AllowAnonymous().ExcludeFromDescription();

        var qr = app.MapGroup("/api/v1/products").WithTags("Products");
        qr.MapGet("/{id:int}/digital-link", async Task<Results<Ok<ProductLink>, NotFound>> (int id, ResolverService resolver, CancellationToken ct) =>
                await resolver.ByIdAsync(id, ct) is { } p
                    ? TypedResults.Ok(new ProductLink(resolver.LinkFor(p), p.Gtin, DigitalLinks.ShortCode(p.Id)))
                    : TypedResults.NotFound())
            .AllowAnonymous().WithName("GetProductDigitalLink").WithSummary("The URI a public product's QR code carries: its GS1 Digital Link, or the short URL without a GTIN");
        qr.MapGet("/{id:int}/qr.svg", async Task<Results<ContentHttpResult, NotFound>> (int id, ResolverService resolver, CancellationToken ct) =>
                await resolver.ByIdAsync(id, ct) is { } p ? TypedResults.Content(QrCodes.Svg(resolver.LinkFor(p)), "image/svg+xml", Encoding.UTF8) : TypedResults.NotFound())
            .AllowAnonymous().WithName("GetProductQrSvg").WithSummary("A public product's QR code as SVG (vector, for print)");
        qr.MapGet("/{id:int}/qr.png", async Task<Results<FileContentHttpResult, NotFound>> (int id, int? size, ResolverService resolver, CancellationToken ct) =>
                await resolver.ByIdAsync(id, ct) is { } p
                    ? TypedResults.File(QrCodes.Png(resolver.LinkFor(p), Math.Clamp(size ?? 10, 2, 40)), "image/png", $"qr-{DigitalLinks.ShortCode(p.Id)}.png")
                    : TypedResults.NotFound())
            .AllowAnonymous().WithName("GetProductQrPng").WithSummary("A public product's QR code as PNG (size: pixels per module, 2–40)");
        qr.MapGet("/{id:int}/scans", async Task<Results<Ok<ScanSeries>, NotFound>> (int id, int? days, ScanStatistics s, [AsParameters] ApiCaller c) =>
                await s.ForProductAsync(id, days ?? 30, c.Scope, c.Cancellation) is { } series ? TypedResults.Ok(series) : TypedResults.NotFound())
            .RequireAuthorization(Policies.RegistryEditor).WithName("GetProductScans").WithSummary("A product's scans per day, by link type and language (zeros filled)");
        app.MapGet("/api/v1/scans/top", async (int? days, int? take, ScanStatistics s, [AsParameters] ApiCaller c) =>
                TypedResults.Ok(await s.TopAsync(days ?? 30, Math.Clamp(take ?? 20, 1, 100), c.Scope, c.Cancellation)))
            .WithTags("Products").RequireAuthorization(Policies.RegistryEditor).WithName("GetTopScannedProducts")
            .WithSummary("The most scanned products of the caller's scope over the last days");
        return app;
    }
}
