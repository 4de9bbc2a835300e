using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Net.Http.Headers;
using Ocop.Web.Infrastructure;
using Ocop.Web.Infrastructure.Hosting;

namespace Ocop.Web.Features.Evaluation.Batches;

/// <summary>
/// The files of a batch entry's dossier for the members of its council, opened in place beside the score sheet
/// (inline, framable by our own pages only); 404 for anyone not on the council.
/// </summary>
public static class EntryDossierEndpoints
{
    public static IEndpointRouteBuilder MapEntryDossierEndpoints(this IEndpointRouteBuilder app)
    {
        var files = app.MapGroup("/council/entries/{entryId:int}").RequireAuthorization(Policies.CouncilMember).ExcludeFromDescription();
        files.MapGet("/documents/{documentId:int}", async (int entryId, int documentId, EntryDossierService s, HttpContext context, CancellationToken ct) =>
                Inline(context, await s.OpenDocumentAsync(entryId, documentId, UserId(context), ct)))
            .WithName("CouncilEntryDocument").WithSummary("A document of the entry's dossier, shown in place");
        files.MapGet("/advisory-files/{fileId:int}", async (int entryId, int fileId, EntryDossierService s, HttpContext context, CancellationToken ct) =>
                Inline(context, await s.OpenAdvisoryFileAsync(entryId, fileId, UserId(context), ct)))
            .WithName("CouncilEntryAdvisoryFile").WithSummary("A file of the advisory group's records on the entry's dossier, shown in place");
        return app;
    }

    private static string UserId(HttpContext context) => context.User.FindFirstValue(ClaimTypes.NameIdentifier)!;

    private static Results<PhysicalFileHttpResult, NotFound> Inline(HttpContext context, (string Path, string ContentType, string FileName)? file)
    {
        if (file is not { } f)
        {
            return TypedResults.NotFound();
        }

        // Shown in the frame beside the sheet when the browser can (PDF, pictures); a Word file is downloaded under its own name.
        var disposition = new ContentDispositionHeaderValue(EntryDossier.OpensInPlace(f.ContentType) ? "inline" : "attachment");
        disposition.SetHttpFileName(f.FileName);
        context.Response.Headers.ContentDisposition = disposition.ToString();
        TransportSetup.AllowFramingBySelf(context);
        return TypedResults.PhysicalFile(f.Path, f.ContentType);
    }
}
