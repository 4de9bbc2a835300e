using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Localization;
using Ocop.Web.Features.Accounts;
using Ocop.Web.Infrastructure;
using Ocop.Web.Resources;

namespace Ocop.Web.Features.Import;

/// <summary>Importing a province's existing producer/product list: upload, mapping, preview, import (province-level officers).</summary>
public static class ImportEndpoints
{
    public const int ErrorsShown = 200;

    public static IEndpointRouteBuilder MapImportEndpoints(this IEndpointRouteBuilder app)
    {
        var imports = app.MapGroup("/api/v1/imports").WithTags("Import").RequireAuthorization(Policies.Officer);
        imports.MapPost("/", async Task<Results<Created<ImportSummary>, ValidationProblem>> (IFormFile? file, ImportService s, ClaimsPrincipal u, IStringLocalizer<SharedResource> l, CancellationToken ct) =>
            {
                if (file is null || file.Length > ImportService.MaxBytes)
                {
                    return ApiResults.Invalid(new Dictionary<string, string[]> { ["File"] = [file is null ? "Validation.Import.Empty" : "Validation.Import.TooLarge"] }, l);
                }

                var scope = UserScope.From(u);
                var result = await s.UploadAsync(file.FileName, await ReadAsync(file, ct), scope, ct);
                return result.IsOk
                    ? TypedResults.Created($"/api/v1/imports/{result.Value}", Summary((await s.PreviewAsync(result.Value, scope, ct))!.Value, l))
                    : ApiResults.Invalid(result.Errors, l);
            })
            .DisableAntiforgery().WithSummary("Uploads a list (.xlsx or .csv, multipart 'file'): the answer is the preview with the guessed (or remembered) column mapping and row errors.");
        imports.MapGet("/{id:int}", async Task<Results<Ok<ImportSummary>, NotFound>> (int id, ImportService s, ClaimsPrincipal u, IStringLocalizer<SharedResource> l, CancellationToken ct) =>
            await s.PreviewAsync(id, UserScope.From(u), ct) is { } p ? TypedResults.Ok(Summary(p, l)) : TypedResults.NotFound());
        imports.MapPut("/{id:int}/mapping", async Task<Results<Ok<ImportSummary>, NotFound, ValidationProblem>> (int id, Dictionary<ImportField, int> mapping, ImportService s, ClaimsPrincipal u, IStringLocalizer<SharedResource> l, CancellationToken ct) =>
            {
                var scope = UserScope.From(u);
                var result = await s.MapAsync(id, mapping, scope, ct);
                return result.Status switch
                {
                    ServiceStatus.Ok => TypedResults.Ok(Summary((await s.PreviewAsync(id, scope, ct))!.Value, l)),
                    ServiceStatus.Invalid => ApiResults.Invalid(result.Errors, l),
                    _ => TypedResults.NotFound(),
                };
            })
            .WithSummary("Chooses the column (0-based) of each field; remembered for lists with the same headers.");
        imports.MapPost("/{id:int}/commit", async Task<Results<Ok<ImportSummary>, NotFound, ValidationProblem>> (int id, ImportService s, ClaimsPrincipal u, IStringLocalizer<SharedResource> l, CancellationToken ct) =>
            {
                var scope = UserScope.From(u);
                var result = await s.CommitAsync(id, scope, null, ct);
                return result.Status switch
                {
                    ServiceStatus.Ok => TypedResults.Ok(Summary((await s.PreviewAsync(id, scope, ct))!.Value, l)),
                    ServiceStatus.Invalid => ApiResults.Invalid(result.Errors, l),
                    _ => TypedResults.NotFound(),
                };
            })
            .WithSummary("Imports every row in one transaction, or nothing while any row has an error. Re-importing the same list updates instead of duplicating.");
        imports.MapGet("/{id:int}/progress", async Task<Results<Ok<ImportProgressItem>, NotFound>> (int id, ImportProgress progress, ImportService s, ClaimsPrincipal u, CancellationToken ct) =>
                !await s.IsVisibleAsync(id, UserScope.From(u), ct) ? TypedResults.NotFound()
                    : TypedResults.Ok(progress.Of(id) is { } p ? new ImportProgressItem(true, p.Done, p.Total) : new ImportProgressItem(false, 0, 0)))
            .WithSummary("Rows written so far while an import runs.");
        return app;
    }

    public static ImportSummary Summary((ImportBatch Batch, ImportPlan Plan) preview, IStringLocalizer localizer)
    {
        var (batch, plan) = preview;
        return new ImportSummary(
            batch.Id, batch.FileName, plan.Rows.Count + plan.Errors.Where(e => e.Row > 0).Select(e => e.Row).Distinct().Count(), plan.Header, plan.HeaderRow, plan.Mapping, plan.Ignored,
            plan.ProducersCreated, plan.ProducersUpdated, plan.ProductsCreated, plan.ProductsUpdated, plan.Unchanged,
            [.. plan.Errors.Take(ErrorsShown).Select(e => new ImportErrorItem(e.Row, e.Field, Message(e, localizer), e.Value))], plan.Errors.Count, batch.Status, plan.CanImport);
    }

    public static string Message(ImportError error, IStringLocalizer localizer) => string.Format(System.Globalization.CultureInfo.CurrentCulture, localizer[error.MessageKey].Value, error.Value);

    private static async Task<byte[]> ReadAsync(IFormFile file, CancellationToken ct)
    {
        using var buffer = new MemoryStream();
        await file.CopyToAsync(buffer, ct);
        return buffer.ToArray();
    }
}
