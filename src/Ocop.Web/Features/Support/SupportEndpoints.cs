using Microsoft.AspNetCore.Http.HttpResults;
using Ocop.Web.Infrastructure;

namespace Ocop.Web.Features.Support;

/// <summary>Consulting support records (officers of the area write, the producer reads their own), the province's support policies and the yearly report.</summary>
public static class SupportEndpoints
{
    public static IEndpointRouteBuilder MapSupportEndpoints(this IEndpointRouteBuilder app)
    {
        var support = app.MapGroup("/api/v1/support").WithTags("Support");
        support.MapGet("/records", async (int? year, SupportKind? kind, int? policyId, SupportService s, [AsParameters] ApiCaller c) =>
                TypedResults.Ok(await s.ListAsync(year, kind, c.Scope, c.Cancellation, policyId)))
            .RequireAuthorization(Policies.RegistryEditor).WithName("ListSupportRecords")
            .WithSummary("Support records of the officer's area, or the producer's own; by year started, kind and policy used.");
        support.MapGet("/records/{id:int}", async Task<Results<Ok<SupportItem>, NotFound>> (int id, SupportService s, [AsParameters] ApiCaller c) =>
                await s.GetAsync(id, c.Scope, c.Cancellation) is { } record ? TypedResults.Ok(record) : TypedResults.NotFound())
            .RequireAuthorization(Policies.RegistryEditor).WithName("GetSupportRecord").WithSummary("A support record in the caller's scope.");
        support.MapPost("/records", async (SupportInput input, SupportService s, [AsParameters] ApiCaller c) =>
                await Record(await s.SaveAsync(null, input, c.Scope, c.Cancellation), created: true, s, c))
            .RequireAuthorization(Policies.Officer).WithName("CreateSupportRecord")
            .WithSummary("Records support given to a producer (and product): kind, provider, dates, cost, funding, policy.");
        support.MapPut("/records/{id:int}", async (int id, SupportInput input, SupportService s, [AsParameters] ApiCaller c) =>
                await Record(await s.SaveAsync(id, input, c.Scope, c.Cancellation), created: false, s, c))
            .RequireAuthorization(Policies.Officer).WithName("UpdateSupportRecord").WithSummary("Changes a support record (409 when someone saved meanwhile).");
        support.MapGet("/report", async Task<Results<Ok<SupportReport>, ValidationProblem>> (int? year, SupportService s, TimeProvider clock, [AsParameters] ApiCaller c) =>
                year is < 2000 or > 2100
                    ? ApiResults.Invalid("Year", "Validation.Training.Year", c.Localizer)
                    : TypedResults.Ok(await s.ReportAsync(year ?? VietnamTime.Today(clock).Year, c.Scope, c.Cancellation)))
            .RequireAuthorization(Policies.Officer).WithName("GetSupportReport")
            .WithSummary("Producers and products supported per kind, spend per funding source, stars before and now of the supported products.");

        var policies = support.MapGroup("/policies").RequireAuthorization(Policies.Officer);
        policies.MapGet("/", async (PolicyService s, [AsParameters] ApiCaller c) => TypedResults.Ok(await s.ListAsync(c.Scope, c.Cancellation)))
            .WithName("ListSupportPolicies").WithSummary("The province's support policies.");
        policies.MapGet("/{id:int}", async Task<Results<Ok<PolicyItem>, NotFound>> (int id, PolicyService s, [AsParameters] ApiCaller c) =>
                await s.GetAsync(id, c.Scope, c.Cancellation) is { } policy ? TypedResults.Ok(policy) : TypedResults.NotFound())
            .WithName("GetSupportPolicy").WithSummary("A support policy with the records that used it.");
        policies.MapPost("/", async (PolicyInput input, PolicyService s, [AsParameters] ApiCaller c) =>
                await Policy(await s.SaveAsync(null, input, c.Scope, c.Cancellation), created: true, s, c))
            .WithName("CreateSupportPolicy").WithSummary("Adds a support policy of the province: its decision, dates and what it funds.");
        policies.MapPut("/{id:int}", async (int id, PolicyInput input, PolicyService s, [AsParameters] ApiCaller c) =>
                await Policy(await s.SaveAsync(id, input, c.Scope, c.Cancellation), created: false, s, c))
            .WithName("UpdateSupportPolicy").WithSummary("Changes a support policy (409 when someone saved meanwhile).");
        return app;
    }

    private static Task<Results<Results<Created<SupportItem>, Ok<SupportItem>>, NotFound, ValidationProblem, ProblemHttpResult>> Record(
        ServiceResult<int> result, bool created, SupportService service, ApiCaller caller) =>
        result.ToSavedAsync(created, caller, id => $"/api/v1/support/records/{id}", id => service.GetAsync(id, caller.Scope, caller.Cancellation));

    private static Task<Results<Results<Created<PolicyItem>, Ok<PolicyItem>>, NotFound, ValidationProblem, ProblemHttpResult>> Policy(
        ServiceResult<int> result, bool created, PolicyService service, ApiCaller caller) =>
        result.ToSavedAsync(created, caller, id => $"/api/v1/support/policies/{id}", id => service.GetAsync(id, caller.Scope, caller.Cancellation));
}
