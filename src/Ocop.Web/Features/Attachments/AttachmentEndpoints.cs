using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Localization;
using Ocop.Web.Features.Accounts;
using Ocop.Web.Infrastructure;
using Ocop.Web.Resources;

namespace Ocop.Web.Features.Attachments;

/// <summary>Course materials and support-record documents: list and download (who may read the owner), upload and delete (who may change it).</summary>
public static class AttachmentEndpoints
{
    public static IEndpointRouteBuilder MapAttachmentEndpoints(this IEndpointRouteBuilder app)
    {
        Map(app.MapGroup("/api/v1/training/courses/{ownerId:int}/materials").WithTags("Training"), AttachmentOwner.Course);
        Map(app.MapGroup("/api/v1/support/records/{ownerId:int}/documents").WithTags("Support"), AttachmentOwner.SupportRecord);
        app.MapGet("/api/v1/attachments/{id:int}", async Task<Results<PhysicalFileHttpResult, NotFound>> (int id, AttachmentService s, ClaimsPrincipal u, CancellationToken ct) =>
                await s.OpenAsync(id, UserScope.From(u), ct) is { } file ? TypedResults.PhysicalFile(file.Path, file.ContentType, file.FileName) : TypedResults.NotFound())
            .RequireAuthorization(Policies.RegistryEditor).WithTags("Training", "Support").WithSummary("Downloads a course material or a support document the caller may read.");
        return app;
    }

    private static void Map(RouteGroupBuilder group, AttachmentOwner owner)
    {
        group.MapGet("/", async Task<Results<Ok<List<AttachmentItem>>, NotFound>> (int ownerId, AttachmentService s, ClaimsPrincipal u, CancellationToken ct) =>
                await s.ListAsync(owner, ownerId, UserScope.From(u), ct) is { } list ? TypedResults.Ok(list) : TypedResults.NotFound())
            .RequireAuthorization(Policies.RegistryEditor);
        group.MapPost("/", async Task<Results<Created<List<AttachmentItem>>, NotFound, ValidationProblem>> (
                int ownerId, [Microsoft.AspNetCore.Mvc.FromForm] string? title, IFormFile? file, AttachmentService s, ClaimsPrincipal u, IStringLocalizer<SharedResource> l, CancellationToken ct) =>
            {
                if (file is null)
                {
                    return ApiResults.Invalid(new Dictionary<string, string[]> { ["File"] = ["Validation.Document.Empty"] }, l);
                }

                var scope = UserScope.From(u);
                await using var stream = file.OpenReadStream();
                var result = await s.AddAsync(owner, ownerId, title, file.FileName, stream, file.Length, scope, ct);
                return result.Status switch
                {
                    ServiceStatus.Ok => TypedResults.Created($"/api/v1/attachments/{result.Value}", (await s.ListAsync(owner, ownerId, scope, ct))!),
                    ServiceStatus.Invalid => ApiResults.Invalid(result.Errors, l),
                    _ => TypedResults.NotFound(),
                };
            })
            .RequireAuthorization(Policies.Officer).DisableAntiforgery()
            .WithSummary("Uploads a file (multipart: title, file): PDF, JPEG, PNG, .docx or .xlsx.");
        group.MapDelete("/{id:int}", async Task<Results<NoContent, NotFound>> (int ownerId, int id, AttachmentService s, ClaimsPrincipal u, CancellationToken ct) =>
                await s.DeleteAsync(owner, ownerId, id, UserScope.From(u), ct) ? TypedResults.NoContent() : TypedResults.NotFound())
            .RequireAuthorization(Policies.Officer);
    }
}
