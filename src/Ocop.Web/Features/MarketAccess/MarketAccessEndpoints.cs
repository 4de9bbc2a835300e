using Microsoft.AspNetCore.Http.HttpResults;
using Ocop.Web.Infrastructure;

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
            .AllowAnonymous().WithName("ListSalesPoints").WithSummary("Active display and sales points, optionally of a province, a type, or carrying a product.");
        points.MapGet("/{id:int}", async Task<Results<Ok<SalesPointDetails>, NotFound>> (int id, SalesPointService s, CancellationToken ct) =>
                await s.PublicGetAsync(id, ct) is { } point
                    ? TypedResults.Ok(new SalesPointDetails(point, await s.ProductsAsync(id, publicOnly: true, ct)))
                    : TypedResults.NotFound())
            .AllowAnonymous().WithName("GetSalesPoint").WithSummary("An active point with the public products it carries.");
        points.MapGet("/manage", async (string? q, SalesPointType? type, string? province, int? page, int? pageSize, SalesPointService s, [AsParameters] ApiCaller c) =>
                TypedResults.Ok(await s.ListAsync(new SalesPointQuery(q, type, province, true, page, pageSize), c.Scope, c.Cancellation)))
            .RequireAuthorization(Policies.Officer).WithName("ListManagedSalesPoints").WithSummary("The points of the officer's area, inactive ones too.");
        points.MapPost("/", async (SalesPointInput input, SalesPointService s, [AsParameters] ApiCaller c) =>
                await Point(await s.CreateAsync(input, c.Scope, c.Cancellation), created: true, s, c))
            .RequireAuthorization(Policies.Officer).WithName("CreateSalesPoint").WithSummary("Adds a point in the officer's area: type, address, location, opening hours.");
        points.MapPut("/{id:int}", async (int id, SalesPointInput input, SalesPointService s, [AsParameters] ApiCaller c) =>
                await Point(await s.UpdateAsync(id, input, c.Scope, c.Cancellation), created: false, s, c))
            .RequireAuthorization(Policies.Officer).WithName("UpdateSalesPoint").WithSummary("Changes a point (409 when someone saved meanwhile).");
        points.MapPut("/{id:int}/products/{productId:int}", async (int id, int productId, SalesPointService s, [AsParameters] ApiCaller c) =>
                await Products(id, await s.AddProductAsync(id, productId, c.Scope, c.Cancellation), s, c))
            .RequireAuthorization(Policies.Officer).WithName("CarryProduct").WithSummary("The point carries the product (any public product).");
        points.MapDelete("/{id:int}/products/{productId:int}", async (int id, int productId, SalesPointService s, [AsParameters] ApiCaller c) =>
                await Products(id, await s.RemoveProductAsync(id, productId, c.Scope, c.Cancellation), s, c))
            .RequireAuthorization(Policies.Officer).WithName("StopCarryingProduct").WithSummary("The point no longer carries the product.");

        var listings = app.MapGroup("/api/v1/products/{productId:int}/listings").WithTags("Listings");
        listings.MapGet("/", async Task<Results<Ok<List<ListingItem>>, NotFound>> (int productId, ListingService s, [AsParameters] ApiCaller c) =>
                (await s.PublicListAsync(productId, c.Cancellation) ?? await s.ListAsync(productId, c.Scope, c.Cancellation)) is { } list ? TypedResults.Ok(list) : TypedResults.NotFound())
            .AllowAnonymous().WithName("ListProductListings").WithSummary("A public product's e-commerce listings (also a non-public one's, for its editors).");
        listings.MapPost("/", async (int productId, ListingInput input, ListingService s, [AsParameters] ApiCaller c) =>
                await Listings(productId, await s.SaveAsync(productId, null, input, c.Scope, c.Cancellation), s, c))
            .RequireAuthorization(Policies.RegistryEditor).WithName("CreateListing").WithSummary("Adds a shop page of the product: platform, address, price.");
        listings.MapPut("/{listingId:int}", async (int productId, int listingId, ListingInput input, ListingService s, [AsParameters] ApiCaller c) =>
                await Listings(productId, await s.SaveAsync(productId, listingId, input, c.Scope, c.Cancellation), s, c))
            .RequireAuthorization(Policies.RegistryEditor).WithName("UpdateListing").WithSummary("Changes a listing (409 when someone saved meanwhile).");
        listings.MapDelete("/{listingId:int}", async (int productId, int listingId, ListingService s, [AsParameters] ApiCaller c) =>
                await Listings(productId, await s.DeleteAsync(productId, listingId, c.Scope, c.Cancellation), s, c))
            .RequireAuthorization(Policies.RegistryEditor).WithName("DeleteListing").WithSummary("Removes a listing.");
        return app;
    }

    private static Task<Results<Results<Created<SalesPointItem>, Ok<SalesPointItem>>, NotFound, ValidationProblem, ProblemHttpResult>> Point(
        ServiceResult<int> result, bool created, SalesPointService service, ApiCaller caller) =>
        result.ToSavedAsync(created, caller, id => $"/api/v1/sales-points/{id}", id => service.GetAsync(id, caller.Scope, caller.Cancellation));

    private static Task<Results<Ok<List<CarriedProduct>>, NotFound, ValidationProblem, ProblemHttpResult>> Products(
        int pointId, ServiceResult<int> result, SalesPointService service, ApiCaller caller) =>
        result.ToOkAsync(caller, async _ => (List<CarriedProduct>?)await service.ProductsAsync(pointId, publicOnly: false, caller.Cancellation));

    private static Task<Results<Ok<List<ListingItem>>, NotFound, ValidationProblem, ProblemHttpResult>> Listings(
        int productId, ServiceResult<int> result, ListingService service, ApiCaller caller) =>
        result.ToOkAsync(caller, _ => service.ListAsync(productId, caller.Scope, caller.Cancellation));
}
