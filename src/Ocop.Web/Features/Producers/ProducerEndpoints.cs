using Microsoft.AspNetCore.Http.HttpResults;
using Ocop.Web.Features.Audit;
using Ocop.Web.Infrastructure;

namespace Ocop.Web.Features.Producers;

public static class ProducerEndpoints
{
    public static IEndpointRouteBuilder MapProducerEndpoints(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/v1/producers").WithTags("Producers");
        group.MapGet("/", ListAsync).AllowAnonymous().WithName("ListProducers")
            .WithSummary("Active producers, public fields only; filter by q (accents optional), type, province, commune");
        group.MapGet("/{id:int}", GetAsync).AllowAnonymous().WithName("GetProducer").WithSummary("An active producer's public fields");
        group.MapGet("/{id:int}/record", GetRecordAsync).RequireAuthorization(Policies.RegistryEditor).WithName("GetProducerRecord")
            .WithSummary("The full record, for officers in scope and the producer themself");
        group.MapGet("/{id:int}/history", HistoryAsync).RequireAuthorization(Policies.RegistryEditor).WithName("GetProducerHistory")
            .WithSummary("Every change of a producer: who, when, old and new values");
        group.MapPost("/", CreateAsync).RequireAuthorization(Policies.Officer).WithName("CreateProducer").WithSummary("Registers a producer in the officer's area");
        group.MapPut("/{id:int}", UpdateAsync).RequireAuthorization(Policies.RegistryEditor).WithName("UpdateProducer")
            .WithSummary("Changes a producer (a producer: their contact details only; 409 when someone saved meanwhile)");
        group.MapDelete("/{id:int}", DeleteAsync).RequireAuthorization(Policies.Officer).WithName("DeleteProducer")
            .WithSummary("Soft delete: gone from lists, history kept; version guards against deleting a newer edit");
        return app;
    }

    private static async Task<Ok<PagedResult<ProducerPublicDto>>> ListAsync(
        ProducerService service, string? q, ProducerType? type, string? province, string? commune, int? page, int? pageSize, CancellationToken ct) =>
        TypedResults.Ok(await service.ListPublicAsync(new ProducerQuery(q, type, province, commune, null, page, pageSize), ct));

    private static async Task<Results<Ok<ProducerPublicDto>, NotFound>> GetAsync(int id, ProducerService service, CancellationToken ct) =>
        await service.GetPublicAsync(id, ct) is { } producer ? TypedResults.Ok(producer) : TypedResults.NotFound();

    private static async Task<Results<Ok<ProducerDetails>, NotFound>> GetRecordAsync(int id, ProducerService service, [AsParameters] ApiCaller caller) =>
        await service.GetAsync(id, caller.Scope, caller.Cancellation) is { } producer ? TypedResults.Ok(producer) : TypedResults.NotFound();

    private static async Task<Results<Ok<IReadOnlyList<HistoryItem>>, NotFound>> HistoryAsync(int id, HistoryService history, [AsParameters] ApiCaller caller) =>
        await history.ForProducerAsync(id, caller.Scope, caller.Cancellation) is { } items ? TypedResults.Ok(items) : TypedResults.NotFound();

    private static async Task<Results<Created<ProducerDetails>, NotFound, ValidationProblem, ProblemHttpResult>> CreateAsync(
        ProducerInput input, ProducerService service, [AsParameters] ApiCaller caller) =>
        await (await service.CreateAsync(input, caller.Scope, caller.Cancellation))
            .ToCreatedAsync(caller, id => $"/api/v1/producers/{id}", id => service.GetAsync(id, caller.Scope, caller.Cancellation));

    private static async Task<Results<Ok<ProducerDetails>, NotFound, ValidationProblem, ProblemHttpResult>> UpdateAsync(
        int id, ProducerInput input, ProducerService service, [AsParameters] ApiCaller caller) =>
        await (await service.UpdateAsync(id, input, caller.Scope, caller.Cancellation))
            .ToOkAsync(caller, _ => service.GetAsync(id, caller.Scope, caller.Cancellation));

    private static async Task<Results<NoContent, NotFound, ValidationProblem, ProblemHttpResult>> DeleteAsync(
        int id, int version, ProducerService service, [AsParameters] ApiCaller caller) =>
        await (await service.DeleteAsync(id, version, caller.Scope, caller.Cancellation)).ToNoContentAsync(caller);
}
