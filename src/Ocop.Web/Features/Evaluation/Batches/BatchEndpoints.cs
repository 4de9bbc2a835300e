using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Localization;
using Ocop.Web.Features.Accounts;
using Ocop.Web.Infrastructure;
using Ocop.Web.Resources;

namespace Ocop.Web.Features.Evaluation.Batches;

/// <summary>
/// /api/v1/batches for officers (national: all; province: their own), and /api/v1/council for
/// council members (only their seats and their own sheets; the secretary's actions).
/// </summary>
public static class BatchEndpoints
{
    public static IEndpointRouteBuilder MapBatchEndpoints(this IEndpointRouteBuilder app)
    {
        var batches = app.MapGroup("/api/v1/batches").WithTags("Batches").RequireAuthorization(Policies.Officer);
        batches.MapGet("/", async (BatchService s, ClaimsPrincipal u, CancellationToken ct) => TypedResults.Ok(await s.ListAsync(UserScope.From(u), ct)));
        batches.MapGet("/{id:int}", GetAsync);
        batches.MapPost("/", CreateAsync);
        batches.MapPost("/{id:int}/seats", (int id, SeatInput input, BatchService s, ClaimsPrincipal u, IStringLocalizer<SharedResource> l, CancellationToken ct) =>
            AnswerAsync(s.AddSeatAsync(id, input, UserScope.From(u), ct), () => s.GetAsync(id, UserScope.From(u), ct), l));
        batches.MapDelete("/{id:int}/seats/{seatId:int}", (int id, int seatId, BatchService s, ClaimsPrincipal u, IStringLocalizer<SharedResource> l, CancellationToken ct) =>
            AnswerAsync(s.RemoveSeatAsync(id, seatId, UserScope.From(u), ct), () => s.GetAsync(id, UserScope.From(u), ct), l));
        batches.MapGet("/{id:int}/assignable", async (int id, BatchService s, ClaimsPrincipal u, CancellationToken ct) =>
            TypedResults.Ok(await s.AssignableAsync(id, UserScope.From(u), ct)));
        batches.MapGet("/{id:int}/results/xlsx", (int id, BatchService s, BatchResultsReports r, ClaimsPrincipal u, IStringLocalizer<SharedResource> l, CancellationToken ct) =>
            ResultsFileAsync(s.GetAsync(id, UserScope.From(u), ct), r, ResultsFormat.Xlsx, l, ct));
        batches.MapGet("/{id:int}/results/pdf", (int id, BatchService s, BatchResultsReports r, ClaimsPrincipal u, IStringLocalizer<SharedResource> l, CancellationToken ct) =>
            ResultsFileAsync(s.GetAsync(id, UserScope.From(u), ct), r, ResultsFormat.Pdf, l, ct));
        batches.MapPost("/{id:int}/entries", (int id, AssignInput input, BatchService s, ClaimsPrincipal u, IStringLocalizer<SharedResource> l, CancellationToken ct) =>
            AnswerAsync(s.AssignAsync(id, input, UserScope.From(u), ct), () => s.GetAsync(id, UserScope.From(u), ct), l));
        batches.MapDelete("/{id:int}/entries/{entryId:int}", (int id, int entryId, BatchService s, ClaimsPrincipal u, IStringLocalizer<SharedResource> l, CancellationToken ct) =>
            AnswerAsync(s.UnassignAsync(id, entryId, UserScope.From(u), ct), () => s.GetAsync(id, UserScope.From(u), ct), l));

        var council = app.MapGroup("/api/v1/council").WithTags("Council").RequireAuthorization(Policies.CouncilMember);
        council.MapGet("/batches", async (CouncilService s, ClaimsPrincipal u, CancellationToken ct) => TypedResults.Ok(await s.MyBatchesAsync(UserId(u), ct)));
        council.MapGet("/entries/{entryId:int}", GetEntryAsync);
        council.MapPut("/entries/{entryId:int}/sheet", (int entryId, SheetInput input, CouncilService s, ClaimsPrincipal u, IStringLocalizer<SharedResource> l, CancellationToken ct) =>
            AnswerAsync(s.SaveSheetAsync(entryId, UserId(u), input, ct), () => s.EntryAsync(entryId, UserId(u), ct), l));
        council.MapGet("/batches/{id:int}/progress", ProgressAsync);
        council.MapPost("/batches/{id:int}/sheets/{sheetId:int}/reopen", (int id, int sheetId, ReopenInput input, CouncilService s, ClaimsPrincipal u, IStringLocalizer<SharedResource> l, CancellationToken ct) =>
            AnswerAsync(s.ReopenAsync(id, sheetId, UserId(u), input, ct), () => s.ProgressAsync(id, UserId(u), ct), l));
        council.MapPost("/batches/{id:int}/close", (int id, CouncilService s, ClaimsPrincipal u, IStringLocalizer<SharedResource> l, CancellationToken ct) =>
            AnswerAsync(s.CloseAsync(id, UserId(u), ct), () => s.ResultsAsync(id, UserId(u), ct), l));
        council.MapGet("/batches/{id:int}/results", ResultsAsync);
        council.MapGet("/batches/{id:int}/results/xlsx", (int id, CouncilService s, BatchResultsReports r, ClaimsPrincipal u, IStringLocalizer<SharedResource> l, CancellationToken ct) =>
            ResultsFileAsync(s.ResultsAsync(id, UserId(u), ct), r, ResultsFormat.Xlsx, l, ct));
        council.MapGet("/batches/{id:int}/results/pdf", (int id, CouncilService s, BatchResultsReports r, ClaimsPrincipal u, IStringLocalizer<SharedResource> l, CancellationToken ct) =>
            ResultsFileAsync(s.ResultsAsync(id, UserId(u), ct), r, ResultsFormat.Pdf, l, ct));
        return app;
    }

    private static async Task<Results<Ok<BatchDetails>, NotFound>> GetAsync(int id, BatchService service, ClaimsPrincipal user, CancellationToken ct) =>
        await service.GetAsync(id, UserScope.From(user), ct) is { } batch ? TypedResults.Ok(batch) : TypedResults.NotFound();

    private static async Task<Results<Created<BatchDetails>, NotFound, ValidationProblem>> CreateAsync(
        BatchInput input, BatchService service, ClaimsPrincipal user, IStringLocalizer<SharedResource> localizer, CancellationToken ct)
    {
        var scope = UserScope.From(user);
        var result = await service.CreateAsync(input, scope, ct);
        return result.Status switch
        {
            ServiceStatus.Ok => TypedResults.Created($"/api/v1/batches/{result.Value}", await service.GetAsync(result.Value, scope, ct)),
            ServiceStatus.Invalid => ApiResults.Invalid(result.Errors, localizer),
            _ => TypedResults.NotFound(),
        };
    }

    /// <summary>The product, its scorecard and the caller's own sheet; 404 unless the caller sits on its council.</summary>
    private static async Task<Results<Ok<MemberEntry>, NotFound>> GetEntryAsync(int entryId, CouncilService service, ClaimsPrincipal user, CancellationToken ct) =>
        await service.EntryAsync(entryId, UserId(user), ct) is { } entry ? TypedResults.Ok(entry) : TypedResults.NotFound();

    /// <summary>Who has submitted what: for the batch's secretary only.</summary>
    private static async Task<Results<Ok<IReadOnlyList<SheetProgress>>, NotFound>> ProgressAsync(int id, CouncilService service, ClaimsPrincipal user, CancellationToken ct) =>
        await service.ProgressAsync(id, UserId(user), ct) is { } progress ? TypedResults.Ok(progress) : TypedResults.NotFound();

    /// <summary>Every member's totals and the results: for the council's members once the round is closed.</summary>
    private static async Task<Results<Ok<BatchDetails>, NotFound>> ResultsAsync(int id, CouncilService service, ClaimsPrincipal user, CancellationToken ct) =>
        await service.ResultsAsync(id, UserId(user), ct) is { } results ? TypedResults.Ok(results) : TypedResults.NotFound();

    private enum ResultsFormat { Xlsx, Pdf }

    /// <summary>The results list as a file; 404 outside the caller's reach, 409 while the round is open.</summary>
    private static async Task<Results<FileContentHttpResult, NotFound, ProblemHttpResult>> ResultsFileAsync(
        Task<BatchDetails?> load, BatchResultsReports reports, ResultsFormat format, IStringLocalizer localizer, CancellationToken ct)
    {
        if (await load is not { } batch)
        {
            return TypedResults.NotFound();
        }

        if (batch.Status != BatchStatus.Closed)
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status409Conflict, title: localizer["Problem.ResultsNotReady"], detail: localizer["Problem.ResultsNotReadyDetail"]);
        }

        var report = await reports.BuildAsync(batch, ct);
        var name = $"ket-qua-danh-gia-dot-{batch.Id}";
        return format == ResultsFormat.Xlsx
            ? TypedResults.File(BatchResultsExcel.Write(report), Xlsx.ContentType, $"{name}.xlsx")
            : TypedResults.File(BatchResultsPdf.Render(report), "application/pdf", $"{name}.pdf");
    }

    private static async Task<Results<Ok<T>, NotFound, ValidationProblem, ProblemHttpResult>> AnswerAsync<T>(
        Task<ServiceResult<int>> action, Func<Task<T?>> reload, IStringLocalizer localizer)
        where T : class
    {
        var result = await action;
        return result.Status switch
        {
            ServiceStatus.Ok => await reload() is { } value ? TypedResults.Ok(value) : TypedResults.NotFound(),
            ServiceStatus.Invalid => ApiResults.Invalid(result.Errors, localizer),
            ServiceStatus.Conflict => ApiResults.Conflict(localizer),
            _ => TypedResults.NotFound(),
        };
    }

    private static string UserId(ClaimsPrincipal user) => user.FindFirstValue(ClaimTypes.NameIdentifier) ?? "";
}
