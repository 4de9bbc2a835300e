using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using Ocop.Web.Features.Accounts;
using Ocop.Web.Infrastructure;
using Ocop.Web.Resources;

namespace Ocop.Web.Features.Evaluation.Dossiers;

/// <summary>
/// Dossiers for producers (their own) and officers (their province or commune); anything outside
/// the caller's scope is 404.
/// </summary>
public static class DossierEndpoints
{
    public static IEndpointRouteBuilder MapDossierEndpoints(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/v1/dossiers").WithTags("Dossiers").RequireAuthorization(Policies.RegistryEditor);
        group.MapGet("/", ListAsync);
        group.MapGet("/{id:int}", GetAsync);
        group.MapPost("/", CreateAsync);
        group.MapPut("/{id:int}/self-assessment", SelfAssessAsync);
        group.MapPost("/{id:int}/actions", ActAsync);
        group.MapPost("/{id:int}/documents", UploadAsync).DisableAntiforgery();
        group.MapDelete("/{id:int}/documents/{documentId:int}", DeleteDocumentAsync);
        group.MapGet("/{id:int}/documents/{documentId:int}", DownloadAsync);
        return app;
    }

    private static async Task<Ok<PagedResult<DossierListItem>>> ListAsync(
        DossierService service, ClaimsPrincipal user, DossierStatus? status, int? product, int? page, int? pageSize, CancellationToken ct) =>
        TypedResults.Ok(await service.ListAsync(new DossierQuery(status, product, page, pageSize), UserScope.From(user), ct));

    private static async Task<Results<Ok<DossierDetails>, NotFound>> GetAsync(int id, DossierService service, ClaimsPrincipal user, CancellationToken ct) =>
        await service.GetAsync(id, UserScope.From(user), ct) is { } dossier ? TypedResults.Ok(dossier) : TypedResults.NotFound();

    private static async Task<Results<Created<DossierDetails>, NotFound, ValidationProblem>> CreateAsync(
        DossierInput input, DossierService service, ClaimsPrincipal user, IStringLocalizer<SharedResource> localizer, CancellationToken ct)
    {
        var scope = UserScope.From(user);
        var result = await service.CreateAsync(input, scope, ct);
        return result.Status switch
        {
            ServiceStatus.Ok => TypedResults.Created($"/api/v1/dossiers/{result.Value}", await service.GetAsync(result.Value, scope, ct)),
            ServiceStatus.Invalid => ApiResults.Invalid(result.Errors, localizer),
            _ => TypedResults.NotFound(),
        };
    }

    /// <summary>Saves the self-assessment (leaf criterion code → points); a draft may be partial.</summary>
    private static async Task<Results<Ok<DossierDetails>, NotFound, ValidationProblem, ProblemHttpResult>> SelfAssessAsync(
        int id, SelfAssessmentInput input, DossierService service, ClaimsPrincipal user, IStringLocalizer<SharedResource> localizer, CancellationToken ct) =>
        await AnswerAsync(await service.SaveSelfAssessmentAsync(id, input, UserScope.From(user), ct), id, service, user, localizer, ct);

    /// <summary>Submit, Return (with a comment), Accept or Withdraw; the version guards against overwriting.</summary>
    private static async Task<Results<Ok<DossierDetails>, NotFound, ValidationProblem, ProblemHttpResult>> ActAsync(
        int id, DossierActionInput input, DossierService service, ClaimsPrincipal user, IStringLocalizer<SharedResource> localizer, CancellationToken ct) =>
        await AnswerAsync(await service.TransitionAsync(id, input, UserScope.From(user), ct), id, service, user, localizer, ct);

    /// <summary>Multipart form: type (a document type) and file.</summary>
    private static async Task<Results<Ok<DossierDetails>, NotFound, ValidationProblem, ProblemHttpResult>> UploadAsync(
        int id, [FromForm] DossierDocumentType? type, IFormFile? file, DossierService service, DossierDocumentService documents,
        ClaimsPrincipal user, IStringLocalizer<SharedResource> localizer, CancellationToken ct)
    {
        ServiceResult<int> result;
        if (file is null)
        {
            result = ServiceResult<int>.Invalid("File", "Validation.Document.Empty");
        }
        else
        {
            await using var stream = file.OpenReadStream();
            result = await documents.AddAsync(id, type, file.FileName, stream, file.Length, UserScope.From(user), ct);
        }

        return await AnswerAsync(result, id, service, user, localizer, ct);
    }

    private static async Task<Results<Ok<DossierDetails>, NotFound, ValidationProblem, ProblemHttpResult>> DeleteDocumentAsync(
        int id, int documentId, DossierService service, DossierDocumentService documents, ClaimsPrincipal user, IStringLocalizer<SharedResource> localizer, CancellationToken ct) =>
        await AnswerAsync(await documents.DeleteAsync(id, documentId, UserScope.From(user), ct), id, service, user, localizer, ct);

    private static async Task<Results<PhysicalFileHttpResult, NotFound>> DownloadAsync(
        int id, int documentId, DossierDocumentService documents, ClaimsPrincipal user, CancellationToken ct) =>
        await documents.OpenAsync(id, documentId, UserScope.From(user), ct) is { } file && File.Exists(file.Path)
            ? TypedResults.PhysicalFile(file.Path, file.ContentType, file.FileName)
            : TypedResults.NotFound();

    private static async Task<Results<Ok<DossierDetails>, NotFound, ValidationProblem, ProblemHttpResult>> AnswerAsync(
        ServiceResult<int> result, int id, DossierService service, ClaimsPrincipal user, IStringLocalizer<SharedResource> localizer, CancellationToken ct) =>
        result.Status switch
        {
            ServiceStatus.Ok => TypedResults.Ok((await service.GetAsync(id, UserScope.From(user), ct))!),
            ServiceStatus.Invalid => ApiResults.Invalid(result.Errors, localizer),
            ServiceStatus.Conflict => ApiResults.Conflict(localizer),
            _ => TypedResults.NotFound(),
        };
}
