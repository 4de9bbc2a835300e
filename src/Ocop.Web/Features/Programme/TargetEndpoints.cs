using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Localization;
using Ocop.Web.Features.Accounts;
using Ocop.Web.Infrastructure;
using Ocop.Web.Resources;

namespace Ocop.Web.Features.Programme;

/// <summary>Programme periods and the province's targets with their progress (province-level officers write; officers of the province read).</summary>
public static class TargetEndpoints
{
    public static IEndpointRouteBuilder MapTargetEndpoints(this IEndpointRouteBuilder app)
    {
        var programme = app.MapGroup("/api/v1/programme").WithTags("Programme").RequireAuthorization(Policies.Officer);
        programme.MapGet("/periods", () => TypedResults.Ok(ProgrammePeriods.All)).WithSummary("The programme's phases (2018-2020, 2021-2025, 2026-2030).");

        var targets = programme.MapGroup("/targets");
        targets.MapGet("/", ListAsync).WithSummary("The targets of a province (the officer's own unless national, ?province=), each with its actual value, expected value by now, percentage and status; ?year= keeps those concerning the year.");
        targets.MapGet("/{id:int}", async Task<Results<Ok<TargetItem>, NotFound>> (int id, TargetService s, ClaimsPrincipal u, IStringLocalizer<SharedResource> l, CancellationToken ct) =>
            await s.GetAsync(id, UserScope.From(u), ct) is { } t ? TypedResults.Ok(Named(t, l)) : TypedResults.NotFound());
        targets.MapPost("/", async (TargetInput input, TargetService s, ClaimsPrincipal u, IStringLocalizer<SharedResource> l, CancellationToken ct) =>
                await ApiResults.SavedAsync(await s.SaveAsync(null, input, UserScope.From(u), ct), true, async id => Named((await s.GetAsync(id, UserScope.From(u), ct))!, l), id => $"/api/v1/programme/targets/{id}", l))
            .WithSummary("A new target: metric key, year or periodCode (or startsOn/dueOn), kind Minimum/Range/Exact, value (and upperValue for a range), optional communeCode.");
        targets.MapPut("/{id:int}", async (int id, TargetInput input, TargetService s, ClaimsPrincipal u, IStringLocalizer<SharedResource> l, CancellationToken ct) =>
            await ApiResults.SavedAsync(await s.SaveAsync(id, input, UserScope.From(u), ct), false, async x => Named((await s.GetAsync(x, UserScope.From(u), ct))!, l), x => $"/api/v1/programme/targets/{x}", l));
        targets.MapDelete("/{id:int}", async Task<Results<NoContent, NotFound>> (int id, TargetService s, ClaimsPrincipal u, CancellationToken ct) =>
            (await s.DeleteAsync(id, UserScope.From(u), ct)).IsOk ? TypedResults.NoContent() : TypedResults.NotFound());
        return app;
    }

    private static async Task<Results<Ok<List<TargetItem>>, ValidationProblem>> ListAsync(
        string? province, int? year, TargetService s, ClaimsPrincipal u, IStringLocalizer<SharedResource> l, CancellationToken ct)
    {
        var scope = UserScope.From(u);
        if (TargetService.ProvinceFor(scope, province) is not { } code)
        {
            return ApiResults.Invalid(new Dictionary<string, string[]> { ["Province"] = ["Validation.Metrics.Province"] }, l);
        }

        var items = await s.ListAsync(scope, code, ct);
        return TypedResults.Ok(items.Where(t => year is null || t.Concerns(year.Value)).Select(t => Named(t, l)).ToList());
    }

    private static TargetItem Named(TargetItem t, IStringLocalizer localizer) => t with { MetricName = localizer[$"Metric.{t.MetricKey}"].Value };
}
