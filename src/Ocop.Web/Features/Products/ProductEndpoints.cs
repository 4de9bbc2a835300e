using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Localization;
using Ocop.Web.Features.Audit;
using Ocop.Web.Infrastructure;
using Ocop.Web.Resources;

namespace Ocop.Web.Features.Products;

public static class ProductEndpoints
{
    public static IEndpointRouteBuilder MapProductEndpoints(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/v1/products").WithTags("Products");
        group.MapGet("/", ListAsync).AllowAnonymous().WithName("ListProducts")
            .WithSummary("Active products, public fields only; filter by q (accents optional), producer, province, group, set, stars");
        group.MapGet("/{id:int}", GetAsync).AllowAnonymous().WithName("GetProduct").WithSummary("A public product's public fields");
        group.MapGet("/{id:int}/record", GetRecordAsync).RequireAuthorization(Policies.RegistryEditor).WithName("GetProductRecord")
            .WithSummary("The full record of a product in the caller's scope");
        group.MapGet("/{id:int}/history", HistoryAsync).RequireAuthorization(Policies.RegistryEditor).WithName("GetProductHistory")
            .WithSummary("Every change of a product: who, when, old and new values");
        group.MapPost("/", CreateAsync).RequireAuthorization(Policies.RegistryEditor).WithName("CreateProduct").WithSummary("Registers a product of a producer in the caller's scope");
        group.MapPut("/{id:int}", UpdateAsync).RequireAuthorization(Policies.RegistryEditor).WithName("UpdateProduct")
            .WithSummary("Changes a product (version: the one read; 409 when someone saved meanwhile)");
        group.MapDelete("/{id:int}", DeleteAsync).RequireAuthorization(Policies.RegistryEditor).WithName("DeleteProduct").WithSummary("Removes a product (kept in its history)");
        group.MapPost("/{id:int}/images", UploadImageAsync).RequireAuthorization(Policies.RegistryEditor).DisableAntiforgery().WithName("UploadProductImage")
            .WithSummary("Adds one picture as multipart field \"image\" (JPEG, PNG, WebP or GIF, checked by content)");
        group.MapDelete("/{id:int}/images/{imageId:int}", DeleteImageAsync).RequireAuthorization(Policies.RegistryEditor).WithName("DeleteProductImage")
            .WithSummary("Removes one picture");
        group.MapPut("/{id:int}/images/order", ReorderImagesAsync).RequireAuthorization(Policies.RegistryEditor).WithName("ReorderProductImages")
            .WithSummary("Orders the pictures: body is every picture id, cover first; answers the new order");

        app.MapGet("/media/product-images/{imageId:int}", ImageAsync).AllowAnonymous().ExcludeFromDescription();
        return app;
    }

    private static async Task<Ok<PagedResult<ProductListItem>>> ListAsync(
        ProductService service, string? q, int? producer, string? province, int? group, int? set, int? stars, int? page, int? pageSize, CancellationToken ct) =>
        TypedResults.Ok(await service.ListPublicAsync(new ProductQuery(q, producer, province, group, set, null, stars, page, pageSize), ct));

    private static async Task<Results<Ok<ProductPublicDto>, NotFound>> GetAsync(int id, ProductService service, CancellationToken ct) =>
        await service.GetPublicAsync(id, ct) is { } product ? TypedResults.Ok(product) : TypedResults.NotFound();

    private static async Task<Results<Ok<ProductDetails>, NotFound>> GetRecordAsync(int id, ProductService service, [AsParameters] ApiCaller caller) =>
        await service.GetAsync(id, caller.Scope, caller.Cancellation) is { } product ? TypedResults.Ok(product) : TypedResults.NotFound();

    private static async Task<Results<Ok<IReadOnlyList<HistoryItem>>, NotFound>> HistoryAsync(int id, HistoryService history, [AsParameters] ApiCaller caller) =>
        await history.ForProductAsync(id, caller.Scope, caller.Cancellation) is { } items ? TypedResults.Ok(items) : TypedResults.NotFound();

    private static async Task<Results<Created<ProductDetails>, NotFound, ValidationProblem, ProblemHttpResult>> CreateAsync(
        ProductInput input, ProductService service, [AsParameters] ApiCaller caller) =>
        await (await service.CreateAsync(input, caller.Scope, caller.Cancellation))
            .ToCreatedAsync(caller, id => $"/api/v1/products/{id}", id => service.GetAsync(id, caller.Scope, caller.Cancellation));

    private static async Task<Results<Ok<ProductDetails>, NotFound, ValidationProblem, ProblemHttpResult>> UpdateAsync(
        int id, ProductInput input, ProductService service, [AsParameters] ApiCaller caller) =>
        await (await service.UpdateAsync(id, input, caller.Scope, caller.Cancellation))
            .ToOkAsync(caller, _ => service.GetAsync(id, caller.Scope, caller.Cancellation));

    private static async Task<Results<NoContent, NotFound, ValidationProblem, ProblemHttpResult>> DeleteAsync(
        int id, int version, ProductService service, [AsParameters] ApiCaller caller) =>
        await (await service.DeleteAsync(id, version, caller.Scope, caller.Cancellation)).ToNoContentAsync(caller);

    private static async Task<Results<Created, NotFound, ValidationProblem, ProblemHttpResult>> UploadImageAsync(
        int id, IFormFile image, ProductImageService images, [AsParameters] ApiCaller caller)
    {
        await using var stream = image.OpenReadStream();
        return await (await images.AddAsync(id, stream, image.Length, caller.Scope, caller.Cancellation))
            .ToCreatedAsync(caller, ProductImageUrl.Of);
    }

    private static async Task<Results<NoContent, NotFound>> DeleteImageAsync(int id, int imageId, ProductImageService images, [AsParameters] ApiCaller caller) =>
        await images.DeleteAsync(id, imageId, caller.Scope, caller.Cancellation) ? TypedResults.NoContent() : TypedResults.NotFound();

    private static async Task<Results<Ok<IReadOnlyList<int>>, NotFound, ValidationProblem, ProblemHttpResult>> ReorderImagesAsync(
        int id, int[] order, ProductImageService images, [AsParameters] ApiCaller caller) =>
        await (await images.ReorderAsync(id, order, caller.Scope, caller.Cancellation)).ToOkAsync(caller);

    /// <summary>The picture, or with <c>w</c> its copy that wide (<see cref="ProductImageVariants.Widths"/>).</summary>
    /// <remarks><c>w</c> is read as text: a number binding would answer "w=abc" with a bare 400 that names no width.</remarks>
    private static async Task<Results<PhysicalFileHttpResult, NotFound, ProblemHttpResult>> ImageAsync(
        int imageId, string? w, ProductImageService images, ProductImageVariants variants, IStringLocalizer<SharedResource> localizer,
        HttpContext http, [AsParameters] ApiCaller caller)
    {
        var width = 0;
        if (w is not null && !(int.TryParse(w, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out width)
                               && ProductImageVariants.Widths.Contains(width)))
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status400BadRequest, title: localizer["Image.BadWidth"],
                detail: string.Format(localizer["Image.BadWidthDetail"].Value, string.Join(", ", ProductImageVariants.Widths)));
        }

        if (await images.OpenAsync(imageId, caller.Scope, caller.Cancellation) is not { } file)
        {
            return TypedResults.NotFound();
        }

        // An image's bytes never change under its number (a new upload is a new number). Anonymous visitors only reach
        // public products' images, which any cache may keep for a day; a signed-in user's may be of an unpublished one.
        http.Response.Headers.CacheControl = caller.User.Identity?.IsAuthenticated == true ? "private, max-age=86400" : "public, max-age=86400";
        var path = w is null ? file.Path : await variants.PathAsync(file.Path, width, caller.Cancellation);
        return TypedResults.PhysicalFile(path, file.ContentType, enableRangeProcessing: false);
    }
}
