using System.Security.Claims;
using System.Text;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Localization;
using Ocop.Web.Features.Accounts;
using Ocop.Web.Infrastructure;
using Ocop.Web.Resources;

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
            await resolver.ByIdAsync(id, ct) is { } p ? TypedResults.Content(QrCodes.Svg(resolver.LinkFor(p)), "image/svg+xml", Encoding.UTF8) : TypedResults.NotFound())
            .AllowAnonymous();
        qr.MapGet("/{id:int}/qr.png", async Task<Results<FileContentHttpResult, NotFound>> (int id, int? size, ResolverService resolver, CancellationToken ct) =>
            await resolver.ByIdAsync(id, ct) is { } p
                ? TypedResults.File(QrCodes.Png(resolver.LinkFor(p), Math.Clamp(size ?? 10, 2, 40)), "image/png", $"qr-{DigitalLinks.ShortCode(p.Id)}.png")
                : TypedResults.NotFound())
            .AllowAnonymous();
        qr.MapGet("/{id:int}/scans", async Task<Results<Ok<ScanSeries>, NotFound>> (int id, int? days, ScanStatistics s, ClaimsPrincipal u, CancellationToken ct) =>
            await s.ForProductAsync(id, days ?? 30, UserScope.From(u), ct) is { } series ? TypedResults.Ok(series) : TypedResults.NotFound())
            .RequireAuthorization(Policies.RegistryEditor);
        app.MapGet("/api/v1/scans/top", async (int? days, int? take, ScanStatistics s, ClaimsPrincipal u, CancellationToken ct) =>
            TypedResults.Ok(await s.TopAsync(days ?? 30, Math.Clamp(take ?? 20, 1, 100), UserScope.From(u), ct)))
            .WithTags("Products").RequireAuthorization(Policies.RegistryEditor);

        var lots = app.MapGroup("/api/v1/products/{productId:int}/lots").WithTags("Lots");
        lots.MapGet("/", async Task<Results<Ok<IReadOnlyList<LotItem>>, NotFound>> (int productId, LotService s, ClaimsPrincipal u, CancellationToken ct) =>
            await s.ListAsync(productId, UserScope.From(u), ct) is { } list ? TypedResults.Ok(list) : TypedResults.NotFound())
            .RequireAuthorization(Policies.RegistryEditor);
        lots.MapPost("/", (int productId, LotInput input, LotService s, ClaimsPrincipal u, IStringLocalizer<SharedResource> l, CancellationToken ct) =>
            SaveAsync(productId, null, input, s, u, l, ct)).RequireAuthorization(Policies.RegistryEditor);
        lots.MapPut("/{lotId:int}", (int productId, int lotId, LotInput input, LotService s, ClaimsPrincipal u, IStringLocalizer<SharedResource> l, CancellationToken ct) =>
            SaveAsync(productId, lotId, input, s, u, l, ct)).RequireAuthorization(Policies.RegistryEditor);
        lots.MapGet("/{lotId:int}/qr.svg", async Task<Results<ContentHttpResult, NotFound>> (int productId, int lotId, LotService s, ResolverService resolver, CancellationToken ct) =>
            await s.PublicByIdAsync(lotId, ct) is { } lot && lot.ProductId == productId && await resolver.ByIdAsync(productId, ct) is { } p
                ? TypedResults.Content(QrCodes.Svg(resolver.LinkFor(p, lot)), "image/svg+xml", Encoding.UTF8)
                : TypedResults.NotFound())
            .AllowAnonymous();
        lots.MapGet("/{lotId:int}/labels.pdf", LabelsAsync).RequireAuthorization(Policies.RegistryEditor);
        lots.MapGet("/{lotId:int}/digital-link", async Task<Results<Ok<ProductLink>, NotFound>> (int productId, int lotId, LotService s, ResolverService resolver, CancellationToken ct) =>
            await s.PublicByIdAsync(lotId, ct) is { } lot && lot.ProductId == productId && await resolver.ByIdAsync(productId, ct) is { } p
                ? TypedResults.Ok(new ProductLink(resolver.LinkFor(p, lot), p.Gtin, DigitalLinks.LotShortCode(lot.Id)))
                : TypedResults.NotFound())
            .AllowAnonymous();
        return app;
    }

    /// <summary>A sheet of labels for a lot of a public product in the caller's scope (count 1–1000, size 25–80 mm).</summary>
    private static async Task<Results<FileContentHttpResult, NotFound, ValidationProblem>> LabelsAsync(
        int productId, int lotId, int? count, int? size, LotService lots, ResolverService resolver, ClaimsPrincipal user,
        IStringLocalizer<SharedResource> localizer, CancellationToken ct)
    {
        var mine = await lots.ListAsync(productId, UserScope.From(user), ct);
        if (mine?.FirstOrDefault(l => l.Id == lotId) is not { } lot)
        {
            return TypedResults.NotFound();
        }

        var errors = new Dictionary<string, string[]>();
        if (count is not (>= 1 and <= LotLabelsPdf.MaxCount))
        {
            errors["Count"] = ["Validation.Labels.Count"];
        }

        if (size is not null and not (>= LotLabelsPdf.MinSizeMm and <= LotLabelsPdf.MaxSizeMm))
        {
            errors["Size"] = ["Validation.Labels.Size"];
        }

        var product = await resolver.ByIdAsync(productId, ct);
        if (product is null)
        {
            errors[""] = ["Validation.Labels.NotPublic"];
        }

        if (errors.Count > 0)
        {
            return ApiResults.Invalid(errors, localizer);
        }

        var pdf = LotLabelsPdf.Render(product!.Name, lot.Code, resolver.LinkFor(product, lot), count!.Value, size ?? 40);
        return TypedResults.File(pdf, "application/pdf", $"nhan-lo-{lot.Id}.pdf");
    }

    private static async Task<Results<Ok<IReadOnlyList<LotItem>>, NotFound, ValidationProblem, ProblemHttpResult>> SaveAsync(
        int productId, int? lotId, LotInput input, LotService service, ClaimsPrincipal user, IStringLocalizer localizer, CancellationToken ct)
    {
        var scope = UserScope.From(user);
        var result = await service.SaveAsync(productId, lotId, input, scope, ct);
        return result.Status switch
        {
            ServiceStatus.Ok => TypedResults.Ok((await service.ListAsync(productId, scope, ct))!),
            ServiceStatus.Invalid => ApiResults.Invalid(result.Errors, localizer),
            ServiceStatus.Conflict => ApiResults.Conflict(localizer),
            _ => TypedResults.NotFound(),
        };
    }
}
