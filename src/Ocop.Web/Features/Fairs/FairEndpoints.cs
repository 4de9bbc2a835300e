using Microsoft.AspNetCore.Http.HttpResults;
using Ocop.Web.Infrastructure;

namespace Ocop.Web.Features.Fairs;

/// <summary>
/// Trade fairs: public plan and exhibitors; the organising province's officers manage the fair, zones,
/// allocation and results (<see cref="FairManagementEndpoints"/>); producers apply and withdraw.
/// </summary>
public static class FairEndpoints
{
    public static IEndpointRouteBuilder MapFairEndpoints(this IEndpointRouteBuilder app)
    {
        var fairs = app.MapGroup("/api/v1/fairs").WithTags("Trade fairs");
        fairs.MapGet("/", async (FairService s, TimeProvider clock, CancellationToken ct) => TypedResults.Ok(await s.PublicListAsync(VietnamTime.Today(clock), ct)))
            .AllowAnonymous().WithName("ListPublishedFairs").WithSummary("Published fairs, coming ones first.");
        fairs.MapGet("/{id:int}", async Task<Results<Ok<FairPlan>, NotFound>> (int id, FairService s, CancellationToken ct) =>
                await s.PublicPlanAsync(id, ct) is { } plan ? TypedResults.Ok(plan) : TypedResults.NotFound())
            .AllowAnonymous().WithName("GetPublishedFair").WithSummary("A published fair with its zones and booths (taken ones name their exhibitor).");
        fairs.MapGet("/{id:int}/exhibitors", async Task<Results<Ok<List<Exhibitor>>, NotFound>> (int id, int? zoneId, string? province, string? q, FairService s, CancellationToken ct) =>
                await s.ExhibitorsAsync(id, new ExhibitorQuery(zoneId, province, q), ct) is { } list ? TypedResults.Ok(list) : TypedResults.NotFound())
            .AllowAnonymous().WithName("ListFairExhibitors")
            .WithSummary("A published fair's exhibitors, by zone, province of origin or words in their name or products (accents optional).");

        fairs.MapFairManagement();

        var producer = fairs.MapGroup("/{id:int}/applications/mine").RequireAuthorization(Policies.Producer);
        producer.MapGet("/", async Task<Results<Ok<ApplicationItem>, NotFound>> (int id, BoothApplicationService s, [AsParameters] ApiCaller c) =>
                await s.MineAtAsync(id, c.Scope, c.Cancellation) is { } a ? TypedResults.Ok(a) : TypedResults.NotFound())
            .WithName("GetMyFairApplication").WithSummary("The producer's own application to a fair.");
        producer.MapPost("/", async (int id, ApplicationInput input, BoothApplicationService s, [AsParameters] ApiCaller c) =>
                await Mine(id, await s.ApplyAsync(id, input, c.Scope, c.Cancellation), s, c))
            .WithName("ApplyToFair").WithSummary("Applies for booths: products to show (own, up to 10), booths wanted (up to the fair's allowance), zone wished for.");
        producer.MapDelete("/", async (int id, BoothApplicationService s, [AsParameters] ApiCaller c) =>
                await Mine(id, await s.WithdrawAsync(id, c.Scope, c.Cancellation), s, c))
            .WithName("WithdrawFairApplication").WithSummary("Withdraws before the fair starts; the booths become free.");
        return app;
    }

    private static Task<Results<Ok<ApplicationItem>, NotFound, ValidationProblem, ProblemHttpResult>> Mine(
        int fairId, ServiceResult<int> result, BoothApplicationService service, ApiCaller caller) =>
        result.ToOkAsync(caller, _ => service.MineAtAsync(fairId, caller.Scope, caller.Cancellation));
}
