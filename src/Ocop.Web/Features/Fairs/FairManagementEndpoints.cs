using Microsoft.AspNetCore.Http.HttpResults;
using Ocop.Web.Infrastructure;

namespace Ocop.Web.Features.Fairs;

/// <summary>The organising province's officers: the fair, its zones, the allocation of booths and the results.</summary>
public static class FairManagementEndpoints
{
    public static void MapFairManagement(this RouteGroupBuilder fairs)
    {
        var manage = fairs.MapGroup("/").RequireAuthorization(Policies.Officer);
        manage.MapGet("/manage", async (FairService s, [AsParameters] ApiCaller c) => TypedResults.Ok(await s.ListAsync(c.Scope, c.Cancellation)))
            .WithName("ListManagedFairs").WithSummary("The fairs of the officer's province, unpublished ones too.");
        manage.MapGet("/manage/{id:int}", async Task<Results<Ok<FairPlan>, NotFound>> (int id, FairService s, [AsParameters] ApiCaller c) =>
                await s.PlanAsync(id, c.Scope, c.Cancellation) is { } plan ? TypedResults.Ok(plan) : TypedResults.NotFound())
            .WithName("GetManagedFair").WithSummary("A fair of the officer's province with its zones, booths and who holds them.");
        manage.MapPost("/", async (FairInput input, FairService s, [AsParameters] ApiCaller c) =>
                await Fair(await s.CreateAsync(input, c.Scope, c.Cancellation), created: true, s, c))
            .WithName("CreateFair").WithSummary("Creates a fair: dates, venue, hall size, booth allowance, application window.");
        manage.MapPut("/{id:int}", async (int id, FairInput input, FairService s, [AsParameters] ApiCaller c) =>
                await Fair(await s.UpdateAsync(id, input, c.Scope, c.Cancellation), created: false, s, c))
            .WithName("UpdateFair").WithSummary("Changes a fair (409 when someone saved meanwhile).");
        manage.MapPost("/{id:int}/zones", async (int id, ZoneInput input, FairService s, [AsParameters] ApiCaller c) =>
                await Plan(id, await s.AddZoneAsync(id, input, c.Scope, c.Cancellation), s, c))
            .WithName("AddFairZone").WithSummary("Lays out a block of booths (rows × columns, an aisle between rows) inside the hall, clear of the other zones.");
        manage.MapDelete("/{id:int}/zones/{zoneId:int}", async (int id, int zoneId, FairService s, [AsParameters] ApiCaller c) =>
                await Plan(id, await s.RemoveZoneAsync(id, zoneId, c.Scope, c.Cancellation), s, c))
            .WithName("RemoveFairZone").WithSummary("Removes a zone none of whose booths is taken.");
        manage.MapGet("/{id:int}/applications", async Task<Results<Ok<List<ApplicationItem>>, NotFound>> (int id, BoothApplicationService s, [AsParameters] ApiCaller c) =>
                await s.ListAsync(id, c.Scope, c.Cancellation) is { } list ? TypedResults.Ok(list) : TypedResults.NotFound())
            .WithName("ListFairApplications").WithSummary("The fair's applications with their state and booths.");
        manage.MapPost("/{id:int}/allocations", async (int id, AllocationInput input, BoothApplicationService s, FairService f, [AsParameters] ApiCaller c) =>
                await Plan(id, await s.AllocateAsync(id, input, c.Scope, c.Cancellation), f, c))
            .WithName("AllocateBooth").WithSummary("Gives a free booth to an application still owed booths; a booth already taken or an application already served is refused.");
        manage.MapDelete("/{id:int}/booths/{boothId:int}/allocation", async (int id, int boothId, BoothApplicationService s, FairService f, [AsParameters] ApiCaller c) =>
                await Plan(id, await s.ReleaseAsync(id, boothId, c.Scope, c.Cancellation), f, c))
            .WithName("ReleaseBooth").WithSummary("Frees a booth.");
        manage.MapPost("/{id:int}/applications/{applicationId:int}/waitlist", async (int id, int applicationId, BoothApplicationService s, [AsParameters] ApiCaller c) =>
                await Applications(id, await s.WaitlistAsync(id, applicationId, c.Scope, c.Cancellation), s, c))
            .WithName("WaitlistFairApplication").WithSummary("Puts an application on the waiting list.");
        manage.MapPost("/{id:int}/applications/{applicationId:int}/reject", async (int id, int applicationId, BoothApplicationService s, [AsParameters] ApiCaller c) =>
                await Applications(id, await s.RejectAsync(id, applicationId, c.Scope, c.Cancellation), s, c))
            .WithName("RejectFairApplication").WithSummary("Refuses an application.");
        manage.MapPut("/{id:int}/results", async (int id, ResultsInput input, FairResultsService r, BoothApplicationService s, [AsParameters] ApiCaller c) =>
                await Applications(id, await r.SaveResultsAsync(id, input, c.Scope, c.Cancellation), s, c))
            .WithName("SaveFairResults").WithSummary("From the fair's last day: visitors and each exhibitor's sales, contracts and their value (whole đồng).");
        manage.MapGet("/{id:int}/summary", SummaryAsync).WithName("GetFairSummary").WithSummary("The summary report as JSON, or ?format=pdf / xlsx.");
    }

    private static async Task<IResult> SummaryAsync(int id, string? format, FairResultsService service, [AsParameters] ApiCaller caller)
    {
        if (await service.SummaryAsync(id, caller.Scope, caller.Cancellation) is not { } summary)
        {
            return TypedResults.NotFound();
        }

        return ApiResults.JsonOrFile(summary, format, $"tong-ket-hoi-cho-{id}", FairSummaryExports.Pdf, FairSummaryExports.Excel, caller.Localizer);
    }

    private static Task<Results<Results<Created<FairItem>, Ok<FairItem>>, NotFound, ValidationProblem, ProblemHttpResult>> Fair(
        ServiceResult<int> result, bool created, FairService service, ApiCaller caller) =>
        result.ToSavedAsync(created, caller, id => $"/api/v1/fairs/manage/{id}", id => service.GetAsync(id, caller.Scope, caller.Cancellation));

    private static Task<Results<Ok<FairPlan>, NotFound, ValidationProblem, ProblemHttpResult>> Plan(int fairId, ServiceResult<int> result, FairService service, ApiCaller caller) =>
        result.ToOkAsync(caller, _ => service.PlanAsync(fairId, caller.Scope, caller.Cancellation));

    private static Task<Results<Ok<List<ApplicationItem>>, NotFound, ValidationProblem, ProblemHttpResult>> Applications(
        int fairId, ServiceResult<int> result, BoothApplicationService service, ApiCaller caller) =>
        result.ToOkAsync(caller, _ => service.ListAsync(fairId, caller.Scope, caller.Cancellation));
}
