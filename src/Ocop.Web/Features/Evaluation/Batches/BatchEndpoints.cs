using Microsoft.AspNetCore.Http.HttpResults;
using Ocop.Web.Infrastructure;

namespace Ocop.Web.Features.Evaluation.Batches;

/// <summary>
/// /api/v1/batches for officers (national: all; province: their own): the council's seats and
/// the dossiers it scores. Every change answers the batch as it now is.
/// </summary>
public static class BatchEndpoints
{
    public static IEndpointRouteBuilder MapBatchEndpoints(this IEndpointRouteBuilder app)
    {
        var batches = app.MapGroup("/api/v1/batches").WithTags("Batches").RequireAuthorization(Policies.Officer);
        batches.MapGet("/", ListAsync).WithName("ListBatches").WithSummary("Evaluation batches in the officer's scope");
        batches.MapGet("/{id:int}", GetAsync).WithName("GetBatch").WithSummary("A batch with its council, entries and, once closed, results");
        batches.MapPost("/", CreateAsync).WithName("CreateBatch").WithSummary("Opens a batch at one council step of a regime");
        batches.MapPost("/{id:int}/seats", AddSeatAsync).WithName("AddCouncilSeat")
            .WithSummary("Seats a council-member account of the province as chair, secretary or member");
        batches.MapDelete("/{id:int}/seats/{seatId:int}", RemoveSeatAsync).WithName("RemoveCouncilSeat").WithSummary("Unseats a council member");
        batches.MapGet("/{id:int}/assignable", AssignableAsync).WithName("ListAssignableDossiers")
            .WithSummary("Dossiers the batch can take: accepted ones, or those the council before forwarded");
        batches.MapPost("/{id:int}/entries", AssignAsync).WithName("AssignDossiers").WithSummary("Assigns dossiers to the batch");
        batches.MapDelete("/{id:int}/entries/{entryId:int}", UnassignAsync).WithName("UnassignDossier").WithSummary("Takes a dossier out of the batch");
        batches.MapGet("/{id:int}/results/xlsx", (int id, BatchService s, BatchResultsReports r, [AsParameters] ApiCaller caller) =>
            ResultsFileAsync(id, ResultsFormat.Xlsx, s, r, caller)).WithName("GetBatchResultsXlsx").WithSummary("The closed batch's results list as Excel");
        batches.MapGet("/{id:int}/results/pdf", (int id, BatchService s, BatchResultsReports r, [AsParameters] ApiCaller caller) =>
            ResultsFileAsync(id, ResultsFormat.Pdf, s, r, caller)).WithName("GetBatchResultsPdf").WithSummary("The closed batch's results list as PDF");
        return app;
    }

    private static async Task<Ok<IReadOnlyList<BatchListItem>>> ListAsync(BatchService service, [AsParameters] ApiCaller caller) =>
        TypedResults.Ok(await service.ListAsync(caller.Scope, caller.Cancellation));

    private static async Task<Results<Ok<BatchDetails>, NotFound>> GetAsync(int id, BatchService service, [AsParameters] ApiCaller caller) =>
        await service.GetAsync(id, caller.Scope, caller.Cancellation) is { } batch ? TypedResults.Ok(batch) : TypedResults.NotFound();

    private static async Task<Results<Created<BatchDetails>, NotFound, ValidationProblem, ProblemHttpResult>> CreateAsync(
        BatchInput input, BatchService service, [AsParameters] ApiCaller caller) =>
        await (await service.CreateAsync(input, caller.Scope, caller.Cancellation))
            .ToCreatedAsync(caller, id => $"/api/v1/batches/{id}", id => service.GetAsync(id, caller.Scope, caller.Cancellation));

    private static async Task<Results<Ok<BatchDetails>, NotFound, ValidationProblem, ProblemHttpResult>> AddSeatAsync(
        int id, SeatInput input, BatchService service, [AsParameters] ApiCaller caller) =>
        await Answer(await service.AddSeatAsync(id, input, caller.Scope, caller.Cancellation), id, service, caller);

    private static async Task<Results<Ok<BatchDetails>, NotFound, ValidationProblem, ProblemHttpResult>> RemoveSeatAsync(
        int id, int seatId, BatchService service, [AsParameters] ApiCaller caller) =>
        await Answer(await service.RemoveSeatAsync(id, seatId, caller.Scope, caller.Cancellation), id, service, caller);

    private static async Task<Ok<IReadOnlyList<AssignableDossier>>> AssignableAsync(int id, BatchService service, [AsParameters] ApiCaller caller) =>
        TypedResults.Ok(await service.AssignableAsync(id, caller.Scope, caller.Cancellation));

    private static async Task<Results<Ok<BatchDetails>, NotFound, ValidationProblem, ProblemHttpResult>> AssignAsync(
        int id, AssignInput input, BatchService service, [AsParameters] ApiCaller caller) =>
        await Answer(await service.AssignAsync(id, input, caller.Scope, caller.Cancellation), id, service, caller);

    private static async Task<Results<Ok<BatchDetails>, NotFound, ValidationProblem, ProblemHttpResult>> UnassignAsync(
        int id, int entryId, BatchService service, [AsParameters] ApiCaller caller) =>
        await Answer(await service.UnassignAsync(id, entryId, caller.Scope, caller.Cancellation), id, service, caller);

    private static async Task<Results<FileContentHttpResult, NotFound, ProblemHttpResult>> ResultsFileAsync(
        int id, ResultsFormat format, BatchService service, BatchResultsReports reports, ApiCaller caller) =>
        await BatchResultsFiles.AnswerAsync(await service.GetAsync(id, caller.Scope, caller.Cancellation), reports, format, caller.Localizer, caller.Cancellation);

    private static Task<Results<Ok<BatchDetails>, NotFound, ValidationProblem, ProblemHttpResult>> Answer(
        ServiceResult<int> result, int id, BatchService service, ApiCaller caller) =>
        result.ToOkAsync(caller, _ => service.GetAsync(id, caller.Scope, caller.Cancellation));
}
