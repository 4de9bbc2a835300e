using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Localization;
using Ocop.Web.Features.Accounts;
using Ocop.Web.Infrastructure;
using Ocop.Web.Resources;

namespace Ocop.Web.Features.Support;

/// <summary>Consulting support records (officers of the area write, the producer reads their own), the province's support policies and the yearly report.</summary>
public static class SupportEndpoints
{
    public static IEndpointRouteBuilder MapSupportEndpoints(this IEndpointRouteBuilder app)
    {
        var support = app.MapGroup("/api/v1/support").WithTags("Support");
        support.MapGet("/records", async (int? year, SupportKind? kind, int? policyId, SupportService s, ClaimsPrincipal u, CancellationToken ct) =>
                TypedResults.Ok(await s.ListAsync(year, kind, UserScope.From(u), ct, policyId)))
            .RequireAuthorization(Policies.RegistryEditor).WithSummary("Support records of the officer's area, or the producer's own; by year started, kind and policy used.");
        support.MapGet("/records/{id:int}", async Task<Results<Ok<SupportItem>, NotFound>> (int id, SupportService s, ClaimsPrincipal u, CancellationToken ct) =>
                await s.GetAsync(id, UserScope.From(u), ct) is { } r ? TypedResults.Ok(r) : TypedResults.NotFound())
            .RequireAuthorization(Policies.RegistryEditor);
        support.MapPost("/records", async (SupportInput input, SupportService s, ClaimsPrincipal u, IStringLocalizer<SharedResource> l, CancellationToken ct) =>
                await ToRecord(await s.SaveAsync(null, input, UserScope.From(u), ct), created: true, s, u, l, ct))
            .RequireAuthorization(Policies.Officer);
        support.MapPut("/records/{id:int}", async (int id, SupportInput input, SupportService s, ClaimsPrincipal u, IStringLocalizer<SharedResource> l, CancellationToken ct) =>
                await ToRecord(await s.SaveAsync(id, input, UserScope.From(u), ct), created: false, s, u, l, ct))
            .RequireAuthorization(Policies.Officer);
        support.MapGet("/report", async Task<Results<Ok<SupportReport>, ValidationProblem>> (int? year, SupportService s, TimeProvider clock, ClaimsPrincipal u, IStringLocalizer<SharedResource> l, CancellationToken ct) =>
                year is < 2000 or > 2100
                    ? ApiResults.Invalid(new Dictionary<string, string[]> { ["Year"] = ["Validation.Training.Year"] }, l)
                    : TypedResults.Ok(await s.ReportAsync(year ?? VietnamTime.Today(clock).Year, UserScope.From(u), ct)))
            .RequireAuthorization(Policies.Officer).WithSummary("Producers and products supported per kind, spend per funding source, stars before and now of the supported products.");

        var policies = support.MapGroup("/policies").RequireAuthorization(Policies.Officer);
        policies.MapGet("/", async (PolicyService s, ClaimsPrincipal u, CancellationToken ct) => TypedResults.Ok(await s.ListAsync(UserScope.From(u), ct)));
        policies.MapGet("/{id:int}", async Task<Results<Ok<PolicyItem>, NotFound>> (int id, PolicyService s, ClaimsPrincipal u, CancellationToken ct) =>
            await s.GetAsync(id, UserScope.From(u), ct) is { } p ? TypedResults.Ok(p) : TypedResults.NotFound());
        policies.MapPost("/", async (PolicyInput input, PolicyService s, ClaimsPrincipal u, IStringLocalizer<SharedResource> l, CancellationToken ct) =>
            await ApiResults.SavedAsync(await s.SaveAsync(null, input, UserScope.From(u), ct), true, async id => (await s.GetAsync(id, UserScope.From(u), ct))!, id => $"/api/v1/support/policies/{id}", l));
        policies.MapPut("/{id:int}", async (int id, PolicyInput input, PolicyService s, ClaimsPrincipal u, IStringLocalizer<SharedResource> l, CancellationToken ct) =>
            await ApiResults.SavedAsync(await s.SaveAsync(id, input, UserScope.From(u), ct), false, async x => (await s.GetAsync(x, UserScope.From(u), ct))!, x => $"/api/v1/support/policies/{x}", l));
        return app;
    }

    private static Task<Results<Created<SupportItem>, Ok<SupportItem>, NotFound, ValidationProblem, ProblemHttpResult>> ToRecord(
        ServiceResult<int> result, bool created, SupportService service, ClaimsPrincipal user, IStringLocalizer localizer, CancellationToken ct) =>
        ApiResults.SavedAsync(result, created, async id => (await service.GetAsync(id, UserScope.From(user), ct))!, id => $"/api/v1/support/records/{id}", localizer);
}
