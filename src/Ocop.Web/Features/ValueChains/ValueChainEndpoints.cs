using Microsoft.AspNetCore.Http.HttpResults;
using Ocop.Web.Features.Products;
using Ocop.Web.Infrastructure;

namespace Ocop.Web.Features.ValueChains;

/// <summary>Raw-material areas and value chains (officers of the area / province); a public product's chains and areas.</summary>
public static class ValueChainEndpoints
{
    public static IEndpointRouteBuilder MapValueChainEndpoints(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/v1").WithTags("Value chains");
        var officer = group.MapGroup("/").RequireAuthorization(Policies.Officer);
        officer.MapGet("/raw-material-areas", async (ValueChainService s, [AsParameters] ApiCaller c) => TypedResults.Ok(await s.AreasAsync(c.Scope, c.Cancellation)))
            .WithName("ListRawMaterialAreas").WithSummary("The raw-material areas of the officer's area.");
        officer.MapGet("/raw-material-areas/{id:int}", async Task<Results<Ok<AreaItem>, NotFound>> (int id, ValueChainService s, [AsParameters] ApiCaller c) =>
                await s.AreaAsync(id, c.Scope, c.Cancellation) is { } area ? TypedResults.Ok(area) : TypedResults.NotFound())
            .WithName("GetRawMaterialArea").WithSummary("A raw-material area with its boundary.");
        officer.MapPost("/raw-material-areas", async (AreaInput input, ValueChainService s, [AsParameters] ApiCaller c) =>
                await Area(await s.SaveAreaAsync(null, input, c.Scope, c.Cancellation), created: true, s, c))
            .WithName("CreateRawMaterialArea").WithSummary("An area in a commune of the officer's area; boundary optional, GeoJSON Polygon/MultiPolygon inside Vietnam.");
        officer.MapPut("/raw-material-areas/{id:int}", async (int id, AreaInput input, ValueChainService s, [AsParameters] ApiCaller c) =>
                await Area(await s.SaveAreaAsync(id, input, c.Scope, c.Cancellation), created: false, s, c))
            .WithName("UpdateRawMaterialArea").WithSummary("Changes a raw-material area (409 when someone saved meanwhile).");
        officer.MapGet("/value-chains", async (ValueChainService s, [AsParameters] ApiCaller c) => TypedResults.Ok(await s.ChainsAsync(c.Scope, c.Cancellation)))
            .WithName("ListValueChains").WithSummary("The value chains of the officer's province.");
        officer.MapGet("/value-chains/{id:int}", async Task<Results<Ok<ChainItem>, NotFound>> (int id, ValueChainService s, [AsParameters] ApiCaller c) =>
                await s.ChainAsync(id, c.Scope, c.Cancellation) is { } chain ? TypedResults.Ok(chain) : TypedResults.NotFound())
            .WithName("GetValueChain").WithSummary("A value chain with its members, their roles and products.");
        officer.MapPost("/value-chains", async (ChainInput input, ValueChainService s, [AsParameters] ApiCaller c) =>
                await Chain(await s.SaveChainAsync(null, input, c.Scope, c.Cancellation), created: true, s, c))
            .WithName("CreateValueChain").WithSummary("A chain of the province's producers and outside partners, with its raw-material areas.");
        officer.MapPut("/value-chains/{id:int}", async (int id, ChainInput input, ValueChainService s, [AsParameters] ApiCaller c) =>
                await Chain(await s.SaveChainAsync(id, input, c.Scope, c.Cancellation), created: false, s, c))
            .WithName("UpdateValueChain").WithSummary("Changes a value chain (409 when someone saved meanwhile).");
        group.MapGet("/products/{id:int}/value-chains", async Task<Results<Ok<List<ChainItem>>, NotFound>> (int id, ProductService products, ValueChainService s, CancellationToken ct) =>
                await products.GetPublicAsync(id, ct) is null ? TypedResults.NotFound() : TypedResults.Ok(await s.ForProductAsync(id, ct)))
            .AllowAnonymous().WithName("ListProductValueChains").WithSummary("The value chains a public product belongs to, with their raw-material areas.");
        return app;
    }

    private static Task<Results<Results<Created<AreaItem>, Ok<AreaItem>>, NotFound, ValidationProblem, ProblemHttpResult>> Area(
        ServiceResult<int> result, bool created, ValueChainService service, ApiCaller caller) =>
        result.ToSavedAsync(created, caller, id => $"/api/v1/raw-material-areas/{id}", id => service.AreaAsync(id, caller.Scope, caller.Cancellation));

    private static Task<Results<Results<Created<ChainItem>, Ok<ChainItem>>, NotFound, ValidationProblem, ProblemHttpResult>> Chain(
        ServiceResult<int> result, bool created, ValueChainService service, ApiCaller caller) =>
        result.ToSavedAsync(created, caller, id => $"/api/v1/value-chains/{id}", id => service.ChainAsync(id, caller.Scope, caller.Cancellation));
}
