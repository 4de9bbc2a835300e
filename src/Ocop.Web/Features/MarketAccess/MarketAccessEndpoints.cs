using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Localization;
using Ocop.Web.Features.Accounts;
using Ocop.Web.Infrastructure;
using Ocop.Web.Resources;

namespace Ocop.Web.Features.MarketAccess;

/// <summary>A point with the public products it carries.</summary>
public sealed record SalesPointDetails(SalesPointItem Point, IReadOnlyList<CarriedProduct> Products);

/// <summary>Display and sales points (public reads, officers write) and products' e-commerce listings.</summary>
public static class MarketAccessEndpoints
{
    public static IEndpointRouteBuilder MapMarketAccessEndpoints(this IEndpointRouteBuilder app)
    {
        var points = app.MapGroup("/api/v1/sales-points").WithTags("Sales points");
        points.MapGet("/", async (string? province, SalesPointType? type, int? productId, SalesPointService s, CancellationToken ct) =>
            TypedResults.Ok(await s.PublicListAsync(province, type, productId, ct)))
            .AllowAnonymous().WithSummary("Active display and sales points, optionally of a province, a type, or carrying a product.");
        points.MapGet("/{id:int}", async Task<Results<Ok<SalesPointDetails>, NotFound>> (int id, SalesPointService s, CancellationToken ct) =>
            await s.PublicGetAsync(id, ct) is { } point
                ? TypedResults.Ok(new SalesPointDetails(point, await s.ProductsAsync(id, publicOnly: true, ct)))
                : TypedResults.NotFound())
            .AllowAnonymous();
        points.MapGet("/manage", async (string? q, SalesPointType? type, string? province, int? page, int? pageSize, SalesPointService s, ClaimsPrincipal u, CancellationToken ct) =>
            TypedResults.Ok(await s.ListAsync(new SalesPointQuery(q, type, province, true, page, pageSize), UserScope.From(u), ct)))
            .RequireAuthorization(Policies.Officer).WithSummary("The points of the officer's area, inactive ones too.");
        points.MapPost("/", async (SalesPointInput input, SalesPointService s, ClaimsPrincipal u, IStringLocalizer<SharedResource> l, CancellationToken ct) =>
            await ToPoint(await s.CreateAsync(input, UserScope.From(u), ct), created: true, s, u, l, ct))
            .RequireAuthorization(Policies.Officer);
        points.MapPut("/{id:int}", async (int id, SalesPointInput input, SalesPointService s, ClaimsPrincipal u, IStringLocalizer<SharedResource> l, CancellationToken ct) =>
            await ToPoint(await s.UpdateAsync(id, input, UserScope.From(u), ct), created: false, s, u, l, ct))
            .RequireAuthorization(Policies.Officer);
        points.MapPut("/{id:int}/products/{productId:int}", async (int id, int productId, SalesPointService s, ClaimsPrincipal u, IStringLocalizer<SharedResource> l, CancellationToken ct) =>
            await ToProducts(id, await s.AddProductAsync(id, productId, UserScope.From(u), ct), s, l, ct))
            .RequireAuthorization(Policies.Officer).WithSummary("The point carries the product (any public product).");
        points.MapDelete("/{id:int}/products/{productId:int}", async (int id, int productId, SalesPointService s, ClaimsPrincipal u, IStringLocalizer<SharedResource> l, CancellationToken ct) =>
            await ToProducts(id, await s.RemoveProductAsync(id, productId, UserScope.From(u), ct), s, l, ct))
            .RequireAuthorization(Policies.Officer);

        var listings = app.MapGroup("/api/v1/products/{productId:int}/listings").WithTags("Listings");
        listings.MapGet("/", async Task<Results<Ok<List<ListingItem>>, NotFound>> (int productId, ListingService s, ClaimsPrincipal u, CancellationToken ct) =>
            (await s.PublicListAsync(productId, ct) ?? await s.ListAsync(productId, UserScope.From(u), ct)) is { } list ? TypedResults.Ok(list) : TypedResults.NotFound())
            .AllowAnonymous().WithSummary("A public product's e-commerce listings (also a non-public one's, for its editors).");
        listings.MapPost("/", async (int productId, ListingInput input, ListingService s, ClaimsPrincipal u, IStringLocalizer<SharedResource> l, CancellationToken ct) =>
            await ToListings(productId, await s.SaveAsync(productId, null, input, UserScope.From(u), ct), s, u, l, ct))
            .RequireAuthorization(Policies.RegistryEditor);
        listings.MapPut("/{listingId:int}", async (int productId, int listingId, ListingInput input, ListingService s, ClaimsPrincipal u, IStringLocalizer<SharedResource> l, CancellationToken ct) =>
            await ToListings(productId, await s.SaveAsync(productId, listingId, input, UserScope.From(u), ct), s, u, l, ct))
            .RequireAuthorization(Policies.RegistryEditor);
        listings.MapDelete("/{listingId:int}", async (int productId, int listingId, ListingService s, ClaimsPrincipal u, IStringLocalizer<SharedResource> l, CancellationToken ct) =>
            await ToListings(productId, await s.DeleteAsync(productId, listingId, UserScope.From(u), ct), s, u, l, ct))
            .RequireAuthorization(Policies.RegistryEditor);
        return app;
    }

    private static Task<Results<Created<SalesPointItem>, Ok<SalesPointItem>, NotFound, ValidationProblem, ProblemHttpResult>> ToPoint(
        ServiceResult<int> result, bool created, SalesPointService service, ClaimsPrincipal user, IStringLocalizer localizer, CancellationToken ct) =>
        ApiResults.SavedAsync(result, created, async id => (await service.GetAsync(id, UserScope.From(user), ct))!, id => $"/api/v1/sales-points/{id}", localizer);

    private static async Task<Results<Ok<List<CarriedProduct>>, NotFound, ValidationProblem>> ToProducts(
        int pointId, ServiceResult<int> result, SalesPointService service, IStringLocalizer localizer, CancellationToken ct) =>
        result.Status switch
        {
            ServiceStatus.Ok => TypedResults.Ok(await service.ProductsAsync(pointId, publicOnly: false, ct)),
            ServiceStatus.Invalid => ApiResults.Invalid(result.Errors, localizer),
            _ => TypedResults.NotFound(),
        };

    private static async Task<Results<Ok<List<ListingItem>>, NotFound, ValidationProblem, ProblemHttpResult>> ToListings(
        int productId, ServiceResult<int> result, ListingService service, ClaimsPrincipal user, IStringLocalizer localizer, CancellationToken ct) =>
        result.Status switch
        {
            ServiceStatus.Ok => TypedResults.Ok((await service.ListAsync(productId, UserScope.From(user), ct))!),
            ServiceStatus.Invalid => ApiResults.Invalid(result.Errors, localizer),
            ServiceStatus.Conflict => ApiResults.Conflict(localizer),
            _ => TypedResults.NotFound(),
        };
}
