using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Localization;
using Ocop.Web.Features.Accounts;
using Ocop.Web.Features.Audit;
using Ocop.Web.Infrastructure;
using Ocop.Web.Resources;

namespace Ocop.Web.Features.Producers;

public static class ProducerEndpoints
{
    public static IEndpointRouteBuilder MapProducerEndpoints(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/v1/producers").WithTags("Producers");
        group.MapGet("/", ListAsync).AllowAnonymous();
        group.MapGet("/{id:int}", GetAsync).AllowAnonymous();
        group.MapGet("/{id:int}/record", GetRecordAsync).RequireAuthorization(Policies.RegistryEditor);
        group.MapGet("/{id:int}/history", HistoryAsync).RequireAuthorization(Policies.RegistryEditor);
        group.MapPost("/", CreateAsync).RequireAuthorization(Policies.Officer);
        group.MapPut("/{id:int}", UpdateAsync).RequireAuthorization(Policies.RegistryEditor);
        group.MapDelete("/{id:int}", DeleteAsync).RequireAuthorization(Policies.Officer);
        return app;
    }

    /// <summary>Active producers, public fields only. Filter by q (accents optional), type, province, commune.</summary>
    private static async Task<Ok<PagedResult<ProducerPublicDto>>> ListAsync(
        ProducerService service, string? q, ProducerType? type, string? province, string? commune, int? page, int? pageSize, CancellationToken ct) =>
        TypedResults.Ok(await service.ListPublicAsync(new ProducerQuery(q, type, province, commune, null, page, pageSize), ct));

    private static async Task<Results<Ok<ProducerPublicDto>, NotFound>> GetAsync(int id, ProducerService service, CancellationToken ct) =>
        await service.GetPublicAsync(id, ct) is { } producer ? TypedResults.Ok(producer) : TypedResults.NotFound();

    /// <summary>The full record, for officers in scope and the producer themself.</summary>
    private static async Task<Results<Ok<ProducerDetails>, NotFound>> GetRecordAsync(int id, ProducerService service, ClaimsPrincipal user, CancellationToken ct) =>
        await service.GetAsync(id, UserScope.From(user), ct) is { } producer ? TypedResults.Ok(producer) : TypedResults.NotFound();

    private static async Task<Results<Ok<IReadOnlyList<HistoryItem>>, NotFound>> HistoryAsync(int id, HistoryService history, ClaimsPrincipal user, CancellationToken ct) =>
        await history.ForProducerAsync(id, UserScope.From(user), ct) is { } items ? TypedResults.Ok(items) : TypedResults.NotFound();

    private static async Task<Results<Created<ProducerDetails>, NotFound, ValidationProblem>> CreateAsync(
        ProducerInput input, ProducerService service, ClaimsPrincipal user, IStringLocalizer<SharedResource> localizer, CancellationToken ct)
    {
        var scope = UserScope.From(user);
        var result = await service.CreateAsync(input, scope, ct);
        return result.Status switch
        {
            ServiceStatus.Ok => TypedResults.Created($"/api/v1/producers/{result.Value}", await service.GetAsync(result.Value, scope, ct)),
            ServiceStatus.Invalid => ApiResults.Invalid(result.Errors, localizer),
            _ => TypedResults.NotFound(),
        };
    }

    private static async Task<Results<Ok<ProducerDetails>, NotFound, ValidationProblem, ProblemHttpResult>> UpdateAsync(
        int id, ProducerInput input, ProducerService service, ClaimsPrincipal user, IStringLocalizer<SharedResource> localizer, CancellationToken ct)
    {
        var scope = UserScope.From(user);
        var result = await service.UpdateAsync(id, input, scope, ct);
        return result.Status switch
        {
            ServiceStatus.Ok => TypedResults.Ok((await service.GetAsync(id, scope, ct))!),
            ServiceStatus.Invalid => ApiResults.Invalid(result.Errors, localizer),
            ServiceStatus.Conflict => ApiResults.Conflict(localizer),
            _ => TypedResults.NotFound(),
        };
    }

    /// <summary>Soft delete: the record disappears from lists, its history stays. `version` guards against deleting a newer edit.</summary>
    private static async Task<Results<NoContent, NotFound, ValidationProblem, ProblemHttpResult>> DeleteAsync(
        int id, int version, ProducerService service, ClaimsPrincipal user, IStringLocalizer<SharedResource> localizer, CancellationToken ct)
    {
        var result = await service.DeleteAsync(id, version, UserScope.From(user), ct);
        return result.Status switch
        {
            ServiceStatus.Ok => TypedResults.NoContent(),
            ServiceStatus.Invalid => ApiResults.Invalid(result.Errors, localizer),
            ServiceStatus.Conflict => ApiResults.Conflict(localizer),
            _ => TypedResults.NotFound(),
        };
    }
}
