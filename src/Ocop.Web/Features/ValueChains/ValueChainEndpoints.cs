using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Localization;
using Ocop.Web.Features.Accounts;
using Ocop.Web.Features.Products;
using Ocop.Web.Infrastructure;
using Ocop.Web.Resources;

namespace Ocop.Web.Features.ValueChains;

/// <summary>Raw-material areas and value chains (officers of the area / province); a public product's chains and areas.</summary>
public static class ValueChainEndpoints
{
    public static IEndpointRouteBuilder MapValueChainEndpoints(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/v1").WithTags("Value chains");
        var officer = group.MapGroup("/").RequireAuthorization(Policies.Officer);
        officer.MapGet("/raw-material-areas", async (ValueChainService s, ClaimsPrincipal u, CancellationToken ct) => TypedResults.Ok(await s.AreasAsync(UserScope.From(u), ct)));
        officer.MapGet("/raw-material-areas/{id:int}", async Task<Results<Ok<AreaItem>, NotFound>> (int id, ValueChainService s, ClaimsPrincipal u, CancellationToken ct) =>
            await s.AreaAsync(id, UserScope.From(u), ct) is { } a ? TypedResults.Ok(a) : TypedResults.NotFound());
        officer.MapPost("/raw-material-areas", async (AreaInput input, ValueChainService s, ClaimsPrincipal u, IStringLocalizer<SharedResource> l, CancellationToken ct) =>
                await ApiResults.SavedAsync(await s.SaveAreaAsync(null, input, UserScope.From(u), ct), true, async id => (await s.AreaAsync(id, UserScope.From(u), ct))!, id => $"/api/v1/raw-material-areas/{id}", l))
            .WithSummary("An area in a commune of the officer's area; boundary optional, GeoJSON Polygon/MultiPolygon inside Vietnam.");
        officer.MapPut("/raw-material-areas/{id:int}", async (int id, AreaInput input, ValueChainService s, ClaimsPrincipal u, IStringLocalizer<SharedResource> l, CancellationToken ct) =>
            await ApiResults.SavedAsync(await s.SaveAreaAsync(id, input, UserScope.From(u), ct), false, async x => (await s.AreaAsync(x, UserScope.From(u), ct))!, x => $"/api/v1/raw-material-areas/{x}", l));
        officer.MapGet("/value-chains", async (ValueChainService s, ClaimsPrincipal u, CancellationToken ct) => TypedResults.Ok(await s.ChainsAsync(UserScope.From(u), ct)));
        officer.MapGet("/value-chains/{id:int}", async Task<Results<Ok<ChainItem>, NotFound>> (int id, ValueChainService s, ClaimsPrincipal u, CancellationToken ct) =>
            await s.ChainAsync(id, UserScope.From(u), ct) is { } c ? TypedResults.Ok(c) : TypedResults.NotFound());
        officer.MapPost("/value-chains", async (ChainInput input, ValueChainService s, ClaimsPrincipal u, IStringLocalizer<SharedResource> l, CancellationToken ct) =>
            await ApiResults.SavedAsync(await s.SaveChainAsync(null, input, UserScope.From(u), ct), true, async id => (await s.ChainAsync(id, UserScope.From(u), ct))!, id => $"/api/v1/value-chains/{id}", l));
        officer.MapPut("/value-chains/{id:int}", async (int id, ChainInput input, ValueChainService s, ClaimsPrincipal u, IStringLocalizer<SharedResource> l, CancellationToken ct) =>
            await ApiResults.SavedAsync(await s.SaveChainAsync(id, input, UserScope.From(u), ct), false, async x => (await s.ChainAsync(x, UserScope.From(u), ct))!, x => $"/api/v1/value-chains/{x}", l));
        group.MapGet("/products/{id:int}/value-chains", async Task<Results<Ok<List<ChainItem>>, NotFound>> (int id, ProductService products, ValueChainService s, CancellationToken ct) =>
                await products.GetPublicAsync(id, ct) is null ? TypedResults.NotFound() : TypedResults.Ok(await s.ForProductAsync(id, ct)))
            .AllowAnonymous().WithSummary("The value chains a public product belongs to, with their raw-material areas.");
        return app;
    }
}
