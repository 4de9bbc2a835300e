using Microsoft.AspNetCore.Http.HttpResults;
using Ocop.Web.Infrastructure;

namespace Ocop.Web.Features.Attachments;

/// <summary>Course materials and support-record documents: list and download (who may read the owner), upload and delete (who may change it).</summary>
public static class AttachmentEndpoints
{
    public static IEndpointRouteBuilder MapAttachmentEndpoints(this IEndpointRouteBuilder app)
    {
        Map(app.MapGroup("/api/v1/training/courses/{ownerId:int}/materials").WithTags("Training"), AttachmentOwner.Course, "CourseMaterial");
        Map(app.MapGroup("/api/v1/support/records/{ownerId:int}/documents").WithTags("Support"), AttachmentOwner.SupportRecord, "SupportDocument");
        Map(app.MapGroup("/api/v1/inspections/{ownerId:int}/documents").WithTags("Inspections"), AttachmentOwner.Inspection, "InspectionDocument");
        Map(app.MapGroup("/api/v1/advisory-records/{ownerId:int}/files").WithTags("Dossiers"), AttachmentOwner.AdvisoryRecord, "AdvisoryFile");
        app.MapGet("/api/v1/attachments/{id:int}", async Task<Results<PhysicalFileHttpResult, NotFound>> (int id, AttachmentService s, [AsParameters] ApiCaller c) =>
                await s.OpenAsync(id, c.Scope, c.Cancellation) is { } file ? TypedResults.PhysicalFile(file.Path, file.ContentType, file.FileName) : TypedResults.NotFound())
            .RequireAuthorization(Policies.RegistryEditor).WithTags("Training", "Support").WithName("DownloadAttachment")
            .WithSummary("Downloads a course material or a support document the caller may read.");
        return app;
    }

    private static void Map(RouteGroupBuilder group, AttachmentOwner owner, string name)
    {
        group.MapGet("/", async Task<Results<Ok<List<AttachmentItem>>, NotFound>> (int ownerId, AttachmentService s, [AsParameters] ApiCaller c) =>
                await s.ListAsync(owner, ownerId, c.Scope, c.Cancellation) is { } list ? TypedResults.Ok(list) : TypedResults.NotFound())
            .RequireAuthorization(Policies.RegistryEditor).WithName($"List{name}s").WithSummary("The files of the record, newest first.");
        group.MapPost("/", async Task<Results<Created<List<AttachmentItem>>, NotFound, ValidationProblem, ProblemHttpResult>> (
                int ownerId, [Microsoft.AspNetCore.Mvc.FromForm] string? title, IFormFile? file, AttachmentService s, [AsParameters] ApiCaller c) =>
                await (await s.AddUploadAsync(owner, ownerId, title, file, c.Scope, c.Cancellation))
                    .ToCreatedAsync(c, id => $"/api/v1/attachments/{id}", _ => s.ListAsync(owner, ownerId, c.Scope, c.Cancellation)))
            .RequireAuthorization(Policies.Officer).DisableAntiforgery().WithName($"Upload{name}")
            .WithSummary("Uploads a file (multipart: title, file): PDF, JPEG, PNG, .docx or .xlsx.");
        group.MapDelete("/{id:int}", async Task<Results<NoContent, NotFound>> (int ownerId, int id, AttachmentService s, [AsParameters] ApiCaller c) =>
                await s.DeleteAsync(owner, ownerId, id, c.Scope, c.Cancellation) ? TypedResults.NoContent() : TypedResults.NotFound())
            .RequireAuthorization(Policies.Officer).WithName($"Delete{name}").WithSummary("Removes a file.");
    }
}
