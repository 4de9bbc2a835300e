using Microsoft.AspNetCore.Http.HttpResults;
using Ocop.Web.Infrastructure;

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
        group.MapGet("/", ListAsync).AllowAnonymous().WithName("ListLotDocuments").WithSummary("A public lot's documents: test results, certifications");
        group.MapPost("/", UploadAsync).RequireAuthorization(Policies.RegistryEditor).DisableAntiforgery().WithName("UploadLotDocument")
            .WithSummary("Adds a document (multipart: title, file; PDF, JPEG or PNG); answers the lot's documents");
        group.MapDelete("/{documentId:int}", DeleteAsync).RequireAuthorization(Policies.RegistryEditor).WithName("DeleteLotDocument").WithSummary("Removes a document");
        app.MapGet("/media/lot-documents/{documentId:int}", DownloadAsync).AllowAnonymous().ExcludeFromDescription();
        return app;
    }

    private static async Task<Results<Ok<IReadOnlyList<LotDocumentItem>>, NotFound>> ListAsync(
        int productId, int lotId, LotService lots, LotDocumentService documents, CancellationToken ct) =>
        await lots.PublicByIdAsync(lotId, ct) is { } lot && lot.ProductId == productId
            ? TypedResults.Ok(await documents.ListAsync(lotId, ct))
            : TypedResults.NotFound();

    private static async Task<Results<Created<IReadOnlyList<LotDocumentItem>>, NotFound, ValidationProblem, ProblemHttpResult>> UploadAsync(
        int productId, int lotId, [Microsoft.AspNetCore.Mvc.FromForm] string? title, IFormFile? file, LotDocumentService documents, [AsParameters] ApiCaller caller)
    {
        if (file is null)
        {
            return ApiResults.Invalid("File", "Validation.Document.Empty", caller.Localizer);
        }

        await using var stream = file.OpenReadStream();
        return await (await documents.AddAsync(productId, lotId, title, file.FileName, stream, file.Length, caller.Scope, caller.Cancellation))
            .ToCreatedAsync(caller, id => $"/media/lot-documents/{id}", async _ => (IReadOnlyList<LotDocumentItem>?)await documents.ListAsync(lotId, caller.Cancellation));
    }

    private static async Task<Results<NoContent, NotFound>> DeleteAsync(int productId, int lotId, int documentId, LotDocumentService documents, [AsParameters] ApiCaller caller) =>
        await documents.DeleteAsync(productId, lotId, documentId, caller.Scope, caller.Cancellation) ? TypedResults.NoContent() : TypedResults.NotFound();

    private static async Task<Results<PhysicalFileHttpResult, NotFound>> DownloadAsync(int documentId, LotDocumentService documents, CancellationToken ct) =>
        await documents.OpenPublicAsync(documentId, ct) is { } file
            ? TypedResults.PhysicalFile(file.Path, file.ContentType, file.FileName)
            : TypedResults.NotFound();
}
