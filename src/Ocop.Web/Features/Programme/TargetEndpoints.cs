using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Localization;
using Ocop.Web.Infrastructure;

namespace Ocop.Web.Features.Programme;

/// <summary>Programme periods and the province's targets with their progress (province-level officers write; officers of the province read).</summary>
public static class TargetEndpoints
{
    public static IEndpointRouteBuilder MapTargetEndpoints(this IEndpointRouteBuilder app)
    {
        var programme = app.MapGroup("/api/v1/programme").WithTags("Programme").RequireAuthorization(Policies.Officer);
        programme.MapGet("/periods", () => TypedResults.Ok(ProgrammePeriods.All)).WithName("ListProgrammePeriods")
            .WithSummary("The programme's phases (2018-2020, 2021-2025, 2026-2030).");

        var targets = programme.MapGroup("/targets");
        targets.MapGet("/", ListAsync).WithName("ListTargets")
            .WithSummary("The targets of a province (the officer's own unless national, ?province=), each with its actual value, expected value by now, percentage and status; ?year= keeps those concerning the year.");
        targets.MapGet("/{id:int}", async Task<Results<Ok<TargetItem>, NotFound>> (int id, TargetService s, [AsParameters] ApiCaller c) =>
                await ReadAsync(id, s, c) is { } target ? TypedResults.Ok(target) : TypedResults.NotFound())
            .WithName("GetTarget").WithSummary("A target with its progress.");
        targets.MapPost("/", async (TargetInput input, TargetService s, [AsParameters] ApiCaller c) =>
                await (await s.SaveAsync(null, input, c.Scope, c.Cancellation)).ToSavedAsync(true, c, id => $"/api/v1/programme/targets/{id}", id => ReadAsync(id, s, c)))
            .WithName("CreateTarget")
            .WithSummary("A new target: metric key, year or periodCode (or startsOn/dueOn), kind Minimum/Range/Exact, value (and upperValue for a range), optional communeCode.");
        targets.MapPut("/{id:int}", async (int id, TargetInput input, TargetService s, [AsParameters] ApiCaller c) =>
                await (await s.SaveAsync(id, input, c.Scope, c.Cancellation)).ToSavedAsync(false, c, x => $"/api/v1/programme/targets/{x}", x => ReadAsync(x, s, c)))
            .WithName("UpdateTarget").WithSummary("Changes a target (409 when someone saved meanwhile).");
        targets.MapDelete("/{id:int}", async (int id, TargetService s, [AsParameters] ApiCaller c) => await (await s.DeleteAsync(id, c.Scope, c.Cancellation)).ToNoContentAsync(c))
            .WithName("DeleteTarget").WithSummary("Removes a target.");
        return app;
    }

    private static async Task<Results<Ok<List<TargetItem>>, ValidationProblem>> ListAsync(
        string? province, int? year, TargetService s, [AsParameters] ApiCaller caller)
    {
        if (TargetService.ProvinceFor(caller.Scope, province) is not { } code)
        {
            return ApiResults.Invalid("Province", "Validation.Metrics.Province", caller.Localizer);
        }

        var items = await s.ListAsync(caller.Scope, code, caller.Cancellation);
        return TypedResults.Ok(items.Where(t => year is null || t.Concerns(year.Value)).Select(t => Named(t, caller.Localizer)).ToList());
    }

    private static async Task<TargetItem?> ReadAsync(int id, TargetService service, ApiCaller caller) =>
        await service.GetAsync(id, caller.Scope, caller.Cancellation) is { } target ? Named(target, caller.Localizer) : null;

    private static TargetItem Named(TargetItem t, IStringLocalizer localizer) => t with { MetricName = localizer[$"Metric.{t.MetricKey}"].Value };
}
