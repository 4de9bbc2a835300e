using Microsoft.AspNetCore.Http.HttpResults;
using Ocop.Web.Infrastructure;

namespace Ocop.Web.Features.Inspections;

/// <summary>Inspections after recognition (Điều 9): the province's OCOP body (or the national level) writes, the area's officers and the producer read.</summary>
public static class InspectionEndpoints
{
    public static IEndpointRouteBuilder MapInspectionEndpoints(this IEndpointRouteBuilder app)
    {
        var inspections = app.MapGroup("/api/v1/inspections").WithTags("Inspections");
        inspections.MapGet("/", async Task<Results<Ok<IReadOnlyList<InspectionItem>>, ValidationProblem>> (int? year, InspectionService s, TimeProvider clock, [AsParameters] ApiCaller c) =>
                year is < 2000 or > 2100
                    ? ApiResults.Invalid("Year", "Validation.Training.Year", c.Localizer)
                    : TypedResults.Ok(await s.ListAsync(year ?? VietnamTime.Today(clock).Year, c.Scope, c.Cancellation)))
            .RequireAuthorization(Policies.RegistryEditor).WithName("ListInspections")
            .WithSummary("A year's inspections of recognised products in the caller's scope (this year by default), in planned order.");
        inspections.MapGet("/summary", async Task<Results<Ok<InspectionSummary>, ValidationProblem>> (int? year, InspectionService s, TimeProvider clock, [AsParameters] ApiCaller c) =>
                year is < 2000 or > 2100
                    ? ApiResults.Invalid("Year", "Validation.Training.Year", c.Localizer)
                    : TypedResults.Ok(await s.SummaryAsync(year ?? VietnamTime.Today(clock).Year, c.Scope, c.Cancellation)))
            .RequireAuthorization(Policies.Officer).WithName("GetInspectionSummary")
            .WithSummary("The year's plan and findings: planned, periodic and ad hoc, done, each conclusion, revocations proposed and decided.");
        inspections.MapGet("/{id:int}", async Task<Results<Ok<InspectionDetails>, NotFound>> (int id, InspectionService s, [AsParameters] ApiCaller c) =>
                await s.GetAsync(id, c.Scope, c.Cancellation) is { } inspection ? TypedResults.Ok(inspection) : TypedResults.NotFound())
            .RequireAuthorization(Policies.RegistryEditor).WithName("GetInspection").WithSummary("One inspection with its scope, findings, conclusion and proposal.");
        inspections.MapPost("/", async (InspectionInput input, InspectionService s, [AsParameters] ApiCaller c) =>
                await (await s.CreateAsync(input, c.Scope, c.Cancellation))
                    .ToCreatedAsync(c, id => $"/api/v1/inspections/{id}", id => s.GetAsync(id, c.Scope, c.Cancellation)))
            .RequireAuthorization(Policies.Officer).WithName("PlanInspection")
            .WithSummary("Plans a periodic or ad hoc inspection of a product with a certificate in force: its day, scope (Điều 9.3) and team.");
        inspections.MapPut("/{id:int}/conclusion", async (int id, ConclusionInput input, InspectionService s, [AsParameters] ApiCaller c) =>
                await (await s.ConcludeAsync(id, input, c.Scope, c.Cancellation)).ToOkAsync(c, _ => s.GetAsync(id, c.Scope, c.Cancellation)))
            .RequireAuthorization(Policies.Officer).WithName("ConcludeInspection")
            .WithSummary("Records the findings and conclusion once; a violation may propose revoking the certificate (ground of Điều 8.1).");
        return app;
    }
}
