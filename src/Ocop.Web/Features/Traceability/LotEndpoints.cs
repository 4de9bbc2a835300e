using System.Text;
using Microsoft.AspNetCore.Http.HttpResults;
using Ocop.Web.Infrastructure;

namespace Ocop.Web.Features.Traceability;

/// <summary>Production lots of a product (its editors), their QR codes and Digital Links (public) and label sheets.</summary>
public static class LotEndpoints
{
    public static IEndpointRouteBuilder MapLotEndpoints(this IEndpointRouteBuilder app)
    {
        var lots = app.MapGroup("/api/v1/products/{productId:int}/lots").WithTags("Lots");
        lots.MapGet("/", async Task<Results<Ok<IReadOnlyList<LotItem>>, NotFound>> (int productId, LotService s, [AsParameters] ApiCaller c) =>
                await s.ListAsync(productId, c.Scope, c.Cancellation) is { } list ? TypedResults.Ok(list) : TypedResults.NotFound())
            .RequireAuthorization(Policies.RegistryEditor).WithName("ListLots").WithSummary("A product's lots, newest first");
        lots.MapPost("/", (int productId, LotInput input, LotService s, [AsParameters] ApiCaller c) => SaveAsync(productId, null, input, s, c))
            .RequireAuthorization(Policies.RegistryEditor).WithName("CreateLot").WithSummary("Records a lot: code (GS1 AI 10), dates, quantity, raw-material area, process steps");
        lots.MapPut("/{lotId:int}", (int productId, int lotId, LotInput input, LotService s, [AsParameters] ApiCaller c) => SaveAsync(productId, lotId, input, s, c))
            .RequireAuthorization(Policies.RegistryEditor).WithName("UpdateLot").WithSummary("Changes a lot (409 when someone saved meanwhile)");
        lots.MapGet("/{lotId:int}/qr.svg", async Task<Results<ContentHttpResult, NotFound>> (int productId, int lotId, LotService s, ResolverService resolver, CancellationToken ct) =>
                await s.PublicByIdAsync(lotId, ct) is { } lot && lot.ProductId == productId && await resolver.ByIdAsync(productId, ct) is { } p
                    ? TypedResults.Content(QrCodes.Svg(resolver.LinkFor(p, lot)), "image/svg+xml", Encoding.UTF8)
                    : TypedResults.NotFound())
            .AllowAnonymous().WithName("GetLotQrSvg").WithSummary("A lot's QR code as SVG");
        lots.MapGet("/{lotId:int}/labels.pdf", LabelsAsync).RequireAuthorization(Policies.RegistryEditor).WithName("GetLotLabels")
            .WithSummary("A sheet of labels for a lot of a public product in the caller's scope (count 1–1000, size 25–80 mm)");
        lots.MapGet("/{lotId:int}/digital-link", async Task<Results<Ok<ProductLink>, NotFound>> (int productId, int lotId, LotService s, ResolverService resolver, CancellationToken ct) =>
                await s.PublicByIdAsync(lotId, ct) is { } lot && lot.ProductId == productId && await resolver.ByIdAsync(productId, ct) is { } p
                    ? TypedResults.Ok(new ProductLink(resolver.LinkFor(p, lot), p.Gtin, DigitalLinks.LotShortCode(lot.Id)))
                    : TypedResults.NotFound())
            .AllowAnonymous().WithName("GetLotDigitalLink").WithSummary("The URI a lot's QR code carries");
        return app;
    }

    private static async Task<Results<FileContentHttpResult, NotFound, ValidationProblem>> LabelsAsync(
        int productId, int lotId, int? count, int? size, LotService lots, ResolverService resolver, [AsParameters] ApiCaller caller)
    {
        var mine = await lots.ListAsync(productId, caller.Scope, caller.Cancellation);
        if (mine?.FirstOrDefault(l => l.Id == lotId) is not { } lot)
        {
            return TypedResults.NotFound();
        }

        var errors = new ValidationErrors();
        if (count is not (>= 1 and <= LotLabelsPdf.MaxCount))
        {
            errors.Add("Count", "Validation.Labels.Count");
        }

        if (size is not null and not (>= LotLabelsPdf.MinSizeMm and <= LotLabelsPdf.MaxSizeMm))
        {
            errors.Add("Size", "Validation.Labels.Size");
        }

        var product = await resolver.ByIdAsync(productId, caller.Cancellation);
        if (product is null)
        {
            errors.Add("", "Validation.Labels.NotPublic");
        }

        if (errors.Any)
        {
            return ApiResults.Invalid(errors.ToDictionary(), caller.Localizer);
        }

        var pdf = LotLabelsPdf.Render(product!.Name, lot.Code, resolver.LinkFor(product, lot), count!.Value, size ?? 40);
        return TypedResults.File(pdf, "application/pdf", $"nhan-lo-{lot.Id}.pdf");
    }

    private static async Task<Results<Ok<IReadOnlyList<LotItem>>, NotFound, ValidationProblem, ProblemHttpResult>> SaveAsync(
        int productId, int? lotId, LotInput input, LotService service, ApiCaller caller) =>
        await (await service.SaveAsync(productId, lotId, input, caller.Scope, caller.Cancellation))
            .ToOkAsync(caller, _ => service.ListAsync(productId, caller.Scope, caller.Cancellation));
}
