using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Ocop.Web.Features.Evaluation.Advisory;
using Ocop.Web.Infrastructure;

namespace Ocop.Web.Features.Evaluation.Dossiers;

/// <summary>
/// Dossiers for producers (their own) and officers (their province or commune); anything outside
/// the caller's scope is 404. Every change answers the dossier as it now is.
/// </summary>
public static class DossierEndpoints
{
    public static IEndpointRouteBuilder MapDossierEndpoints(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/v1/dossiers").WithTags("Dossiers").RequireAuthorization(Policies.RegistryEditor);
        group.MapGet("/", ListAsync).WithName("ListDossiers").WithSummary("Dossiers in the caller's scope; filter by status and product");
        group.MapGet("/{id:int}", GetAsync).WithName("GetDossier").WithSummary("A dossier with its documents, self-assessment, checks and events");
        group.MapPost("/", CreateAsync).WithName("CreateDossier").WithSummary("Registers a dossier (first evaluation, re-evaluation or upgrade) for a product");
        group.MapPut("/{id:int}/self-assessment", SelfAssessAsync).WithName("SaveSelfAssessment")
            .WithSummary("Saves the self-assessment (leaf criterion code → points); a draft may be partial");
        group.MapPost("/{id:int}/actions", ActAsync).WithName("ActOnDossier")
            .WithSummary("Submit, Return (with a comment), Accept (with the intake checks), Withdraw, or Resume a withdrawn dossier as a draft while its round allows; the version guards against overwriting");
        group.MapPost("/{id:int}/documents", UploadAsync).DisableAntiforgery().WithName("UploadDossierDocument")
            .WithSummary("Adds a document: multipart form with type (a document type) and file");
        group.MapDelete("/{id:int}/documents/{documentId:int}", DeleteDocumentAsync).WithName("DeleteDossierDocument").WithSummary("Removes a document");
        group.MapGet("/{id:int}/advisory", ListAdvisoryAsync).WithName("ListAdvisoryRecords")
            .WithSummary("The advisory group's records on the dossier (reviews, field surveys, quality-test requests, reports) with their files");
        group.MapGet("/{id:int}/advisory/{recordId:int}", GetAdvisoryAsync).WithName("GetAdvisoryRecord").WithSummary("One advisory record with its files");
        group.MapPost("/{id:int}/advisory", AddAdvisoryAsync).WithName("AddAdvisoryRecord")
            .WithSummary("Records the advisory group's work (province-level officers, while the dossier is before a council); files go to /api/v1/advisory-records/{id}/files");
        group.MapGet("/{id:int}/forms/{number:int}", FormAsync).WithName("GetDossierForm")
            .WithSummary("A form of 26/2026 Phụ lục III generated from the dossier: 1 registration form, 2 self-assessment report, 3 the commune's report; format pdf (default) or docx");
        group.MapGet("/{id:int}/documents/{documentId:int}", DownloadAsync).WithName("DownloadDossierDocument").WithSummary("A document's file");
        return app;
    }

    private static async Task<Ok<PagedResult<DossierListItem>>> ListAsync(
        DossierService service, DossierStatus? status, int? product, int? page, int? pageSize, [AsParameters] ApiCaller caller) =>
        TypedResults.Ok(await service.ListAsync(new DossierQuery(status, product, page, pageSize), caller.Scope, caller.Cancellation));

    private static async Task<Results<Ok<DossierDetails>, NotFound>> GetAsync(int id, DossierService service, [AsParameters] ApiCaller caller) =>
        await service.GetAsync(id, caller.Scope, caller.Cancellation) is { } dossier ? TypedResults.Ok(dossier) : TypedResults.NotFound();

    private static async Task<Results<Created<DossierDetails>, NotFound, ValidationProblem, ProblemHttpResult>> CreateAsync(
        DossierInput input, DossierService service, [AsParameters] ApiCaller caller) =>
        await (await service.CreateAsync(input, caller.Scope, caller.Cancellation))
            .ToCreatedAsync(caller, id => $"/api/v1/dossiers/{id}", id => service.GetAsync(id, caller.Scope, caller.Cancellation));

    private static async Task<Results<Ok<DossierDetails>, NotFound, ValidationProblem, ProblemHttpResult>> SelfAssessAsync(
        int id, SelfAssessmentInput input, DossierService service, [AsParameters] ApiCaller caller) =>
        await Answer(await service.SaveSelfAssessmentAsync(id, input, caller.Scope, caller.Cancellation), id, service, caller);

    private static async Task<Results<Ok<DossierDetails>, NotFound, ValidationProblem, ProblemHttpResult>> ActAsync(
        int id, DossierActionInput input, DossierService service, [AsParameters] ApiCaller caller) =>
        await Answer(await service.TransitionAsync(id, input, caller.Scope, caller.Cancellation), id, service, caller);

    private static async Task<Results<Ok<DossierDetails>, NotFound, ValidationProblem, ProblemHttpResult>> UploadAsync(
        int id, [FromForm] DossierDocumentType? type, IFormFile? file, DossierService service, DossierDocumentService documents, [AsParameters] ApiCaller caller)
    {
        if (file is null)
        {
            return ApiResults.Invalid("File", "Validation.Document.Empty", caller.Localizer);
        }

        await using var stream = file.OpenReadStream();
        return await Answer(await documents.AddAsync(id, type, file.FileName, stream, file.Length, caller.Scope, caller.Cancellation), id, service, caller);
    }

    private static async Task<Results<Ok<DossierDetails>, NotFound, ValidationProblem, ProblemHttpResult>> DeleteDocumentAsync(
        int id, int documentId, DossierService service, DossierDocumentService documents, [AsParameters] ApiCaller caller) =>
        await Answer(await documents.DeleteAsync(id, documentId, caller.Scope, caller.Cancellation), id, service, caller);

    private static async Task<Results<PhysicalFileHttpResult, NotFound>> DownloadAsync(
        int id, int documentId, DossierDocumentService documents, [AsParameters] ApiCaller caller) =>
        await documents.OpenAsync(id, documentId, caller.Scope, caller.Cancellation) is { } file && File.Exists(file.Path)
            ? TypedResults.PhysicalFile(file.Path, file.ContentType, file.FileName)
            : TypedResults.NotFound();

    private static async Task<Results<Ok<IReadOnlyList<AdvisoryItem>>, NotFound>> ListAdvisoryAsync(int id, AdvisoryService advisory, [AsParameters] ApiCaller caller) =>
        await advisory.ListAsync(id, caller.Scope, caller.Cancellation) is { } records ? TypedResults.Ok(records) : TypedResults.NotFound();

    private static async Task<Results<Ok<AdvisoryItem>, NotFound>> GetAdvisoryAsync(int id, int recordId, AdvisoryService advisory, [AsParameters] ApiCaller caller) =>
        (await advisory.ListAsync(id, caller.Scope, caller.Cancellation))?.FirstOrDefault(r => r.Id == recordId) is { } record
            ? TypedResults.Ok(record) : TypedResults.NotFound();

    private static async Task<Results<Created<AdvisoryItem>, NotFound, ValidationProblem, ProblemHttpResult>> AddAdvisoryAsync(
        int id, AdvisoryInput input, AdvisoryService advisory, [AsParameters] ApiCaller caller) =>
        await (await advisory.AddAsync(id, input, caller.Scope, caller.Cancellation)).ToCreatedAsync(
            caller, recordId => $"/api/v1/dossiers/{id}/advisory/{recordId}",
            async recordId => (await advisory.ListAsync(id, caller.Scope, caller.Cancellation))?.FirstOrDefault(r => r.Id == recordId));

    private static async Task<Results<FileContentHttpResult, NotFound, ValidationProblem, ProblemHttpResult>> FormAsync(
        int id, int number, string? format, DossierForms forms, [AsParameters] ApiCaller caller)
    {
        if (format is not (null or "pdf" or "docx"))
        {
            return ApiResults.Invalid("format", "Validation.Dossier.FormFormat", caller.Localizer);
        }

        var word = format == "docx";
        return await (await forms.RenderAsync(id, number, word, caller.Scope, caller.Cancellation)).ToResultAsync(caller, f => Task.FromResult<FileContentHttpResult?>(
            TypedResults.File(f.Content, word ? "application/vnd.openxmlformats-officedocument.wordprocessingml.document" : "application/pdf", f.FileName)));
    }

    private static Task<Results<Ok<DossierDetails>, NotFound, ValidationProblem, ProblemHttpResult>> Answer(
        ServiceResult<int> result, int id, DossierService service, ApiCaller caller) =>
        result.ToOkAsync(caller, _ => service.GetAsync(id, caller.Scope, caller.Cancellation));
}
