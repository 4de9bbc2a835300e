using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Localization;
using Ocop.Web.Features.Accounts;
using Ocop.Web.Infrastructure;
using Ocop.Web.Resources;

namespace Ocop.Web.Features.Traceability;

/// <summary>
/// Documents of a lot: list (anyone, reachable products), upload as multipart "title" + "file" and delete
/// (RegistryEditor: officers of the product's area, its producer), download by anyone at `/media/lot-documents/{id}`.
/// </summary>
public static class LotDocumentEndpoints
{
    public static IEndpointRouteBuilder MapLotDocumentEndpoints(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/v1/products/{productId:int}/lots/{lotId:int}/documents").WithTags("Lots");
        group.MapGet("/", ListAsync).AllowAnonymous();
        group.MapPost("/", UploadAsync).RequireAuthorization(Policies.RegistryEditor).DisableAntiforgery();
        group.MapDelete("/{documentId:int}", DeleteAsync).RequireAuthorization(Policies.RegistryEditor);
        app.MapGet("/media/lot-documents/{documentId:int}", DownloadAsync).AllowAnonymous().ExcludeFromDescription();
        return app;
    }

    private static async Task<Results<Ok<IReadOnlyList<LotDocumentItem>>, NotFound>> ListAsync(
        int productId, int lotId, LotService lots, LotDocumentService documents, CancellationToken ct) =>
        await lots.PublicByIdAsync(lotId, ct) is { } lot && lot.ProductId == productId
            ? TypedResults.Ok(await documents.ListAsync(lotId, ct))
            : TypedResults.NotFound();

    private static async Task<Results<Created<IReadOnlyList<LotDocumentItem>>, NotFound, ValidationProblem>> UploadAsync(
        int productId, int lotId, [Microsoft.AspNetCore.Mvc.FromForm] string? title, IFormFile? file, LotDocumentService documents, ClaimsPrincipal user,
        IStringLocalizer<SharedResource> localizer, CancellationToken ct)
    {
        if (file is null)
        {
            return ApiResults.Invalid(new Dictionary<string, string[]> { ["File"] = ["Validation.Document.Empty"] }, localizer);
        }

        await using var stream = file.OpenReadStream();
        var result = await documents.AddAsync(productId, lotId, title, file.FileName, stream, file.Length, UserScope.From(user), ct);
        return result.Status switch
        {
            ServiceStatus.Ok => TypedResults.Created($"/media/lot-documents/{result.Value}", await documents.ListAsync(lotId, ct)),
            ServiceStatus.Invalid => ApiResults.Invalid(result.Errors, localizer),
            _ => TypedResults.NotFound(),
        };
    }

    private static async Task<Results<NoContent, NotFound>> DeleteAsync(
        int productId, int lotId, int documentId, LotDocumentService documents, ClaimsPrincipal user, CancellationToken ct) =>
        await documents.DeleteAsync(productId, lotId, documentId, UserScope.From(user), ct) ? TypedResults.NoContent() : TypedResults.NotFound();

    private static async Task<Results<PhysicalFileHttpResult, NotFound>> DownloadAsync(int documentId, LotDocumentService documents, CancellationToken ct) =>
        await documents.OpenPublicAsync(documentId, ct) is { } file
            ? TypedResults.PhysicalFile(file.Path, file.ContentType, file.FileName)
            : TypedResults.NotFound();
}
