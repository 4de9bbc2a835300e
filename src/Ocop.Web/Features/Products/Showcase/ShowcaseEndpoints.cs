using Microsoft.AspNetCore.Http.HttpResults;
using Ocop.Web.Infrastructure;

namespace Ocop.Web.Features.Products.Showcase;

/// <summary>A product's packs with prices and its promotion videos: read by anyone while the product is public, kept by its editors.</summary>
public static class ShowcaseEndpoints
{
    public static IEndpointRouteBuilder MapShowcaseEndpoints(this IEndpointRouteBuilder app)
    {
        var packs = app.MapGroup("/api/v1/products/{productId:int}/packs").WithTags("Packs");
        packs.MapGet("/", async Task<Results<Ok<List<PackItem>>, NotFound>> (int productId, ProductPackService s, [AsParameters] ApiCaller c) =>
                (await s.PublicListAsync(productId, c.Cancellation) ?? await s.ListAsync(productId, c.Scope, c.Cancellation)) is { } list ? TypedResults.Ok(list) : TypedResults.NotFound())
            .AllowAnonymous().WithName("ListProductPacks").WithSummary("A public product's packs and prices, smallest first (also a non-public one's, for its editors).");
        packs.MapPost("/", async (int productId, PackInput input, ProductPackService s, [AsParameters] ApiCaller c) =>
                await Packs(productId, await s.SaveAsync(productId, null, input, c.Scope, c.Cancellation), s, c))
            .RequireAuthorization(Policies.RegistryEditor).WithName("CreatePack").WithSummary("Adds a pack: kind (Bottle, Jar…), amount, unit (Gram, Kilogram, Millilitre, Litre, Piece), price in VND.");
        packs.MapPut("/{packId:int}", async (int productId, int packId, PackInput input, ProductPackService s, [AsParameters] ApiCaller c) =>
                await Packs(productId, await s.SaveAsync(productId, packId, input, c.Scope, c.Cancellation), s, c))
            .RequireAuthorization(Policies.RegistryEditor).WithName("UpdatePack").WithSummary("Changes a pack (409 when someone saved meanwhile).");
        packs.MapDelete("/{packId:int}", async (int productId, int packId, ProductPackService s, [AsParameters] ApiCaller c) =>
                await Packs(productId, await s.DeleteAsync(productId, packId, c.Scope, c.Cancellation), s, c))
            .RequireAuthorization(Policies.RegistryEditor).WithName("DeletePack").WithSummary("Removes a pack.");

        var videos = app.MapGroup("/api/v1/products/{productId:int}/videos").WithTags("Videos");
        videos.MapGet("/", async Task<Results<Ok<List<VideoItem>>, NotFound>> (int productId, ProductVideoService s, [AsParameters] ApiCaller c) =>
                (await s.PublicListAsync(productId, c.Cancellation) ?? await s.ListAsync(productId, c.Scope, c.Cancellation)) is { } list ? TypedResults.Ok(list) : TypedResults.NotFound())
            .AllowAnonymous().WithName("ListProductVideos").WithSummary("A public product's promotion videos with their players' addresses (also a non-public one's, for its editors).");
        videos.MapPost("/", async (int productId, VideoInput input, ProductVideoService s, [AsParameters] ApiCaller c) =>
                await Videos(productId, await s.AddAsync(productId, input, c.Scope, c.Cancellation), s, c))
            .RequireAuthorization(Policies.RegistryEditor).WithName("AddVideo").WithSummary("Adds a YouTube or TikTok video by its address (the full TikTok address, not a short link).");
        videos.MapDelete("/{videoId:int}", async (int productId, int videoId, ProductVideoService s, [AsParameters] ApiCaller c) =>
                await Videos(productId, await s.DeleteAsync(productId, videoId, c.Scope, c.Cancellation), s, c))
            .RequireAuthorization(Policies.RegistryEditor).WithName("DeleteVideo").WithSummary("Removes a video.");
        return app;
    }

    private static Task<Results<Ok<List<PackItem>>, NotFound, ValidationProblem, ProblemHttpResult>> Packs(
        int productId, ServiceResult<int> result, ProductPackService service, ApiCaller caller) =>
        result.ToOkAsync(caller, _ => service.ListAsync(productId, caller.Scope, caller.Cancellation));

    private static Task<Results<Ok<List<VideoItem>>, NotFound, ValidationProblem, ProblemHttpResult>> Videos(
        int productId, ServiceResult<int> result, ProductVideoService service, ApiCaller caller) =>
        result.ToOkAsync(caller, _ => service.ListAsync(productId, caller.Scope, caller.Cancellation));
}
