using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Localization;
using Ocop.Web.Infrastructure;

namespace Ocop.Web.Features.Import;

/// <summary>Importing a province's existing producer/product list: upload, mapping, preview, import (province-level officers).</summary>
public static class ImportEndpoints
{
    public const int ErrorsShown = 200;

    public static IEndpointRouteBuilder MapImportEndpoints(this IEndpointRouteBuilder app)
    {
        var imports = app.MapGroup("/api/v1/imports").WithTags("Import").RequireAuthorization(Policies.Officer);
        imports.MapPost("/", async Task<Results<Created<ImportSummary>, NotFound, ValidationProblem, ProblemHttpResult>> (IFormFile? file, ImportService s, [AsParameters] ApiCaller c) =>
            {
                if (file is null || file.Length > ImportService.MaxBytes)
                {
                    return ApiResults.Invalid("File", file is null ? "Validation.Import.Empty" : "Validation.Import.TooLarge", c.Localizer);
                }

                return await (await s.UploadAsync(file.FileName, await ReadAsync(file, c.Cancellation), c.Scope, c.Cancellation))
                    .ToCreatedAsync(c, id => $"/api/v1/imports/{id}", id => SummaryAsync(id, s, c));
            })
            .DisableAntiforgery().WithName("UploadImport")
            .WithSummary("Uploads a list (.xlsx or .csv, multipart 'file'): the answer is the preview with the guessed (or remembered) column mapping and row errors.");
        imports.MapGet("/{id:int}", async Task<Results<Ok<ImportSummary>, NotFound>> (int id, ImportService s, [AsParameters] ApiCaller c) =>
                await SummaryAsync(id, s, c) is { } summary ? TypedResults.Ok(summary) : TypedResults.NotFound())
            .WithName("GetImport").WithSummary("An upload's preview as the registry is now: mapping, counts to create and update, row errors.");
        imports.MapPut("/{id:int}/mapping", async (int id, Dictionary<ImportField, int> mapping, ImportService s, [AsParameters] ApiCaller c) =>
                await (await s.MapAsync(id, mapping, c.Scope, c.Cancellation)).ToOkAsync(c, _ => SummaryAsync(id, s, c)))
            .WithName("MapImportColumns").WithSummary("Chooses the column (0-based) of each field; remembered for lists with the same headers.");
        imports.MapPost("/{id:int}/commit", async (int id, ImportService s, [AsParameters] ApiCaller c) =>
                await (await s.CommitAsync(id, c.Scope, null, c.Cancellation)).ToOkAsync(c, _ => SummaryAsync(id, s, c)))
            .WithName("CommitImport")
            .WithSummary("Imports every row in one transaction, or nothing while any row has an error. Re-importing the same list updates instead of duplicating.");
        imports.MapGet("/{id:int}/progress", async Task<Results<Ok<ImportProgressItem>, NotFound>> (int id, ImportProgress progress, ImportService s, [AsParameters] ApiCaller c) =>
                !await s.IsVisibleAsync(id, c.Scope, c.Cancellation) ? TypedResults.NotFound()
                    : TypedResults.Ok(await progress.OfAsync(id, c.Cancellation) is { } p ? new ImportProgressItem(true, p.Done, p.Total) : new ImportProgressItem(false, 0, 0)))
            .WithName("GetImportProgress").WithSummary("Rows written so far while an import runs.");
        return app;
    }

    /// <summary>
    /// Before the import, what it would do (the plan); after it, what it did (the batch's record: the plan of the same file now
    /// finds everything unchanged), and nothing more to import.
    /// </summary>
    public static ImportSummary Summary((ImportBatch Batch, ImportPlan Plan) preview, IStringLocalizer localizer)
    {
        var (batch, plan) = preview;
        if (batch.Status == ImportStatus.Imported)
        {
            return new ImportSummary(
                batch.Id, batch.FileName, plan.Rows.Count, plan.Header, plan.HeaderRow, plan.Mapping, plan.Ignored,
                batch.ProducersCreated, batch.ProducersUpdated, batch.ProductsCreated, batch.ProductsUpdated,
                Math.Max(0, plan.Rows.Count - batch.ProductsCreated - batch.ProductsUpdated), [], 0, batch.Status, CanImport: false, batch.ImportedAt, batch.ImportedBy);
        }

        return new ImportSummary(
            batch.Id, batch.FileName, plan.Rows.Count + plan.Errors.Where(e => e.Row > 0).Select(e => e.Row).Distinct().Count(), plan.Header, plan.HeaderRow, plan.Mapping, plan.Ignored,
            plan.ProducersCreated, plan.ProducersUpdated, plan.ProductsCreated, plan.ProductsUpdated, plan.Unchanged,
            [.. plan.Errors.Take(ErrorsShown).Select(e => new ImportErrorItem(e.Row, e.Field, Message(e, localizer), e.Value))], plan.Errors.Count, batch.Status, plan.CanImport);
    }

    private static async Task<ImportSummary?> SummaryAsync(int id, ImportService service, ApiCaller caller) =>
        await service.PreviewAsync(id, caller.Scope, caller.Cancellation) is { } preview ? Summary(preview, caller.Localizer) : null;

    public static string Message(ImportError error, IStringLocalizer localizer) => string.Format(System.Globalization.CultureInfo.CurrentCulture, localizer[error.MessageKey].Value, error.Value);

    private static async Task<byte[]> ReadAsync(IFormFile file, CancellationToken ct)
    {
        using var buffer = new MemoryStream();
        await file.CopyToAsync(buffer, ct);
        return buffer.ToArray();
    }
}
