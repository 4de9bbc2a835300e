using Microsoft.AspNetCore.Http.HttpResults;
using Ocop.Web.Infrastructure;

namespace Ocop.Web.Features.Evaluation.Batches;

/// <summary>
/// /api/v1/council for council members: only the batches they sit on and their own sheets; the
/// secretary follows progress, reopens sheets and closes the round.
/// </summary>
public static class CouncilEndpoints
{
    public static IEndpointRouteBuilder MapCouncilEndpoints(this IEndpointRouteBuilder app)
    {
        var council = app.MapGroup("/api/v1/council").WithTags("Council").RequireAuthorization(Policies.CouncilMember);
        council.MapGet("/batches", MyBatchesAsync).WithName("ListMyCouncilBatches").WithSummary("The batches the caller sits on, with their seat");
        council.MapGet("/entries/{entryId:int}", GetEntryAsync).WithName("GetCouncilEntry")
            .WithSummary("The product, its scorecard and the caller's own sheet; 404 unless the caller sits on its council");
        council.MapPut("/entries/{entryId:int}/sheet", SaveSheetAsync).WithName("SaveScoreSheet")
            .WithSummary("Saves the caller's sheet (a draft, or submitted once)");
        council.MapGet("/batches/{id:int}/progress", ProgressAsync).WithName("GetCouncilProgress")
            .WithSummary("Who has submitted what: for the batch's secretary only");
        council.MapPost("/batches/{id:int}/sheets/{sheetId:int}/reopen", ReopenAsync).WithName("ReopenScoreSheet")
            .WithSummary("The secretary reopens a submitted sheet, with a reason");
        council.MapPut("/batches/{id:int}/entries/{entryId:int}/discussion", RecordDiscussionAsync).WithName("RecordCouncilDiscussion")
            .WithSummary("The secretary records the council's discussion of a product whose members scored too far apart");
        council.MapPost("/batches/{id:int}/close", CloseAsync).WithName("CloseCouncilRound")
            .WithSummary("The secretary closes the round (refused while a sheet is missing or scores too far apart are not discussed) and the results are computed");
        council.MapGet("/batches/{id:int}/results", ResultsAsync).WithName("GetCouncilResults")
            .WithSummary("Every member's totals and the results: for the council's members once the round is closed");
        council.MapGet("/batches/{id:int}/results/xlsx", (int id, CouncilService s, BatchResultsReports r, [AsParameters] ApiCaller caller) =>
            ResultsFileAsync(id, ResultsFormat.Xlsx, s, r, caller)).WithName("GetCouncilResultsXlsx").WithSummary("The closed round's results list as Excel");
        council.MapGet("/batches/{id:int}/results/pdf", (int id, CouncilService s, BatchResultsReports r, [AsParameters] ApiCaller caller) =>
            ResultsFileAsync(id, ResultsFormat.Pdf, s, r, caller)).WithName("GetCouncilResultsPdf").WithSummary("The closed round's results list as PDF");
        return app;
    }

    private static async Task<Ok<IReadOnlyList<MemberBatch>>> MyBatchesAsync(CouncilService service, [AsParameters] ApiCaller caller) =>
        TypedResults.Ok(await service.MyBatchesAsync(caller.UserId, caller.Cancellation));

    private static async Task<Results<Ok<MemberEntry>, NotFound>> GetEntryAsync(int entryId, CouncilService service, [AsParameters] ApiCaller caller) =>
        await service.EntryAsync(entryId, caller.UserId, caller.Cancellation) is { } entry ? TypedResults.Ok(entry) : TypedResults.NotFound();

    private static async Task<Results<Ok<MemberEntry>, NotFound, ValidationProblem, ProblemHttpResult>> SaveSheetAsync(
        int entryId, SheetInput input, CouncilService service, [AsParameters] ApiCaller caller) =>
        await (await service.SaveSheetAsync(entryId, caller.UserId, input, caller.Cancellation))
            .ToOkAsync(caller, _ => service.EntryAsync(entryId, caller.UserId, caller.Cancellation));

    private static async Task<Results<Ok<IReadOnlyList<SheetProgress>>, NotFound>> ProgressAsync(int id, CouncilService service, [AsParameters] ApiCaller caller) =>
        await service.ProgressAsync(id, caller.UserId, caller.Cancellation) is { } progress ? TypedResults.Ok(progress) : TypedResults.NotFound();

    private static async Task<Results<Ok<IReadOnlyList<SheetProgress>>, NotFound, ValidationProblem, ProblemHttpResult>> ReopenAsync(
        int id, int sheetId, ReopenInput input, CouncilService service, [AsParameters] ApiCaller caller) =>
        await (await service.ReopenAsync(id, sheetId, caller.UserId, input, caller.Cancellation))
            .ToOkAsync(caller, _ => service.ProgressAsync(id, caller.UserId, caller.Cancellation));

    private static async Task<Results<Ok<IReadOnlyList<SheetProgress>>, NotFound, ValidationProblem, ProblemHttpResult>> RecordDiscussionAsync(
        int id, int entryId, DiscussionInput input, CouncilService service, [AsParameters] ApiCaller caller) =>
        await (await service.RecordDiscussionAsync(id, entryId, caller.UserId, input, caller.Cancellation))
            .ToOkAsync(caller, _ => service.ProgressAsync(id, caller.UserId, caller.Cancellation));

    private static async Task<Results<Ok<BatchDetails>, NotFound, ValidationProblem, ProblemHttpResult>> CloseAsync(
        int id, CouncilService service, [AsParameters] ApiCaller caller) =>
        await (await service.CloseAsync(id, caller.UserId, caller.Cancellation)).ToOkAsync(caller, _ => service.ResultsAsync(id, caller.UserId, caller.Cancellation));

    private static async Task<Results<Ok<BatchDetails>, NotFound>> ResultsAsync(int id, CouncilService service, [AsParameters] ApiCaller caller) =>
        await service.ResultsAsync(id, caller.UserId, caller.Cancellation) is { } results ? TypedResults.Ok(results) : TypedResults.NotFound();

    private static async Task<Results<FileContentHttpResult, NotFound, ProblemHttpResult>> ResultsFileAsync(
        int id, ResultsFormat format, CouncilService service, BatchResultsReports reports, ApiCaller caller) =>
        await BatchResultsFiles.AnswerAsync(await service.ResultsAsync(id, caller.UserId, caller.Cancellation), reports, format, caller.Localizer, caller.Cancellation);
}
