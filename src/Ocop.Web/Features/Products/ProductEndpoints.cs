using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Localization;
using Ocop.Web.Features.Accounts;
using Ocop.Web.Features.Audit;
using Ocop.Web.Infrastructure;
using Ocop.Web.Resources;

namespace Ocop.Web.Features.Products;

public static class ProductEndpoints
{
    public static IEndpointRouteBuilder MapProductEndpoints(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/v1/products").WithTags("Products");
        group.MapGet("/", ListAsync).AllowAnonymous();
        group.MapGet("/{id:int}", GetAsync).AllowAnonymous();
        group.MapGet("/{id:int}/record", GetRecordAsync).RequireAuthorization(Policies.RegistryEditor);
        group.MapGet("/{id:int}/history", HistoryAsync).RequireAuthorization(Policies.RegistryEditor);
        group.MapPost("/", CreateAsync).RequireAuthorization(Policies.RegistryEditor);
        group.MapPut("/{id:int}", UpdateAsync).RequireAuthorization(Policies.RegistryEditor);
        group.MapDelete("/{id:int}", DeleteAsync).RequireAuthorization(Policies.RegistryEditor);
        group.MapPost("/{id:int}/images", UploadImageAsync).RequireAuthorization(Policies.RegistryEditor).DisableAntiforgery();
        group.MapDelete("/{id:int}/images/{imageId:int}", DeleteImageAsync).RequireAuthorization(Policies.RegistryEditor);
        group.MapPut("/{id:int}/images/order", ReorderImagesAsync).RequireAuthorization(Policies.RegistryEditor);

        app.MapGet("/media/product-images/{imageId:int}", ImageAsync).AllowAnonymous().ExcludeFromDescription();
        return app;
    }

    /// <summary>Active products, public fields only. Filter by q (accents optional), producer, province, group, set, stars.</summary>
    private static async Task<Ok<PagedResult<ProductListItem>>> ListAsync(
        ProductService service, string? q, int? producer, string? province, int? group, int? set, int? stars, int? page, int? pageSize, CancellationToken ct) =>
        TypedResults.Ok(await service.ListPublicAsync(new ProductQuery(q, producer, province, group, set, null, stars, page, pageSize), ct));

    private static async Task<Results<Ok<ProductPublicDto>, NotFound>> GetAsync(int id, ProductService service, CancellationToken ct) =>
        await service.GetPublicAsync(id, ct) is { } product ? TypedResults.Ok(product) : TypedResults.NotFound();

    private static async Task<Results<Ok<ProductDetails>, NotFound>> GetRecordAsync(int id, ProductService service, ClaimsPrincipal user, CancellationToken ct) =>
        await service.GetAsync(id, UserScope.From(user), ct) is { } product ? TypedResults.Ok(product) : TypedResults.NotFound();

    private static async Task<Results<Ok<IReadOnlyList<HistoryItem>>, NotFound>> HistoryAsync(int id, HistoryService history, ClaimsPrincipal user, CancellationToken ct) =>
        await history.ForProductAsync(id, UserScope.From(user), ct) is { } items ? TypedResults.Ok(items) : TypedResults.NotFound();

    private static async Task<Results<Created<ProductDetails>, NotFound, ValidationProblem>> CreateAsync(
        ProductInput input, ProductService service, ClaimsPrincipal user, IStringLocalizer<SharedResource> localizer, CancellationToken ct)
    {
        var scope = UserScope.From(user);
        var result = await service.CreateAsync(input, scope, ct);
        return result.Status switch
        {
            ServiceStatus.Ok => TypedResults.Created($"/api/v1/products/{result.Value}", await service.GetAsync(result.Value, scope, ct)),
            ServiceStatus.Invalid => ApiResults.Invalid(result.Errors, localizer),
            _ => TypedResults.NotFound(),
        };
    }

    private static async Task<Results<Ok<ProductDetails>, NotFound, ValidationProblem, ProblemHttpResult>> UpdateAsync(
        int id, ProductInput input, ProductService service, ClaimsPrincipal user, IStringLocalizer<SharedResource> localizer, CancellationToken ct)
    {
        var scope = UserScope.From(user);
        var result = await service.UpdateAsync(id, input, scope, ct);
        return result.Status switch
        {
            ServiceStatus.Ok => TypedResults.Ok((await service.GetAsync(id, scope, ct))!),
            ServiceStatus.Invalid => ApiResults.Invalid(result.Errors, localizer),
            ServiceStatus.Conflict => ApiResults.Conflict(localizer),
            _ => TypedResults.NotFound(),
        };
    }

    private static async Task<Results<NoContent, NotFound, ProblemHttpResult>> DeleteAsync(
        int id, int version, ProductService service, ClaimsPrincipal user, IStringLocalizer<SharedResource> localizer, CancellationToken ct)
    {
        var result = await service.DeleteAsync(id, version, UserScope.From(user), ct);
        return result.Status switch
        {
            ServiceStatus.Ok => TypedResults.NoContent(),
            ServiceStatus.Conflict => ApiResults.Conflict(localizer),
            _ => TypedResults.NotFound(),
        };
    }

    /// <summary>Upload one picture as multipart field "image" (JPEG, PNG, WebP or GIF, checked by content).</summary>
    private static async Task<Results<Created, NotFound, ValidationProblem>> UploadImageAsync(
        int id, IFormFile image, ProductImageService images, ClaimsPrincipal user, IStringLocalizer<SharedResource> localizer, CancellationToken ct)
    {
        await using var stream = image.OpenReadStream();
        var result = await images.AddAsync(id, stream, image.Length, UserScope.From(user), ct);
        return result.Status switch
        {
            ServiceStatus.Ok => TypedResults.Created($"/media/product-images/{result.Value}"),
            ServiceStatus.Invalid => ApiResults.Invalid(result.Errors, localizer),
            _ => TypedResults.NotFound(),
        };
    }

    private static async Task<Results<NoContent, NotFound>> DeleteImageAsync(int id, int imageId, ProductImageService images, ClaimsPrincipal user, CancellationToken ct) =>
        await images.DeleteAsync(id, imageId, UserScope.From(user), ct) ? TypedResults.NoContent() : TypedResults.NotFound();

    /// <summary>Body: every picture id of the product, cover first. Answers the new order.</summary>
    private static async Task<Results<Ok<IReadOnlyList<int>>, NotFound, ValidationProblem>> ReorderImagesAsync(
        int id, int[] order, ProductImageService images, ClaimsPrincipal user, IStringLocalizer<SharedResource> localizer, CancellationToken ct)
    {
        var result = await images.ReorderAsync(id, order, UserScope.From(user), ct);
        return result.Status switch
        {
            ServiceStatus.Ok => TypedResults.Ok(result.Value!),
            ServiceStatus.Invalid => ApiResults.Invalid(result.Errors, localizer),
            _ => TypedResults.NotFound(),
        };
    }

    private static async Task<Results<PhysicalFileHttpResult, NotFound>> ImageAsync(int imageId, ProductImageService images, ClaimsPrincipal user, CancellationToken ct) =>
        await images.OpenAsync(imageId, UserScope.From(user), ct) is { } file
            ? TypedResults.PhysicalFile(file.Path, file.ContentType, enableRangeProcessing: false)
            : TypedResults.NotFound();
}
