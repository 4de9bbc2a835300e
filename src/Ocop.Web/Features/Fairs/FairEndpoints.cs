using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Localization;
using Ocop.Web.Features.Accounts;
using Ocop.Web.Infrastructure;
using Ocop.Web.Resources;

namespace Ocop.Web.Features.Fairs;

/// <summary>
/// Trade fairs: public plan and exhibitors; the organising province's officers manage the fair, zones,
/// allocation and results; producers apply and withdraw.
/// </summary>
public static class FairEndpoints
{
    public static IEndpointRouteBuilder MapFairEndpoints(this IEndpointRouteBuilder app)
    {
        var fairs = app.MapGroup("/api/v1/fairs").WithTags("Trade fairs");
        fairs.MapGet("/", async (FairService s, TimeProvider clock, CancellationToken ct) => TypedResults.Ok(await s.PublicListAsync(VietnamTime.Today(clock), ct)))
            .AllowAnonymous().WithSummary("Published fairs, coming ones first.");
        fairs.MapGet("/{id:int}", async Task<Results<Ok<FairPlan>, NotFound>> (int id, FairService s, CancellationToken ct) =>
            await s.PublicPlanAsync(id, ct) is { } plan ? TypedResults.Ok(plan) : TypedResults.NotFound())
            .AllowAnonymous().WithSummary("A published fair with its zones and booths (taken ones name their exhibitor).");
        fairs.MapGet("/{id:int}/exhibitors", async Task<Results<Ok<List<Exhibitor>>, NotFound>> (int id, int? zoneId, string? province, string? q, FairService s, CancellationToken ct) =>
            await s.ExhibitorsAsync(id, new ExhibitorQuery(zoneId, province, q), ct) is { } list ? TypedResults.Ok(list) : TypedResults.NotFound())
            .AllowAnonymous().WithSummary("A published fair's exhibitors, by zone, province of origin or words in their name or products (accents optional).");

        var manage = fairs.MapGroup("/").RequireAuthorization(Policies.Officer);
        manage.MapGet("/manage", async (FairService s, ClaimsPrincipal u, CancellationToken ct) => TypedResults.Ok(await s.ListAsync(UserScope.From(u), ct)))
            .WithSummary("The fairs of the officer's province, unpublished ones too.");
        manage.MapGet("/manage/{id:int}", async Task<Results<Ok<FairPlan>, NotFound>> (int id, FairService s, ClaimsPrincipal u, CancellationToken ct) =>
            await s.PlanAsync(id, UserScope.From(u), ct) is { } plan ? TypedResults.Ok(plan) : TypedResults.NotFound());
        manage.MapPost("/", async (FairInput input, FairService s, ClaimsPrincipal u, IStringLocalizer<SharedResource> l, CancellationToken ct) =>
            await ToFair(await s.CreateAsync(input, UserScope.From(u), ct), created: true, s, u, l, ct));
        manage.MapPut("/{id:int}", async (int id, FairInput input, FairService s, ClaimsPrincipal u, IStringLocalizer<SharedResource> l, CancellationToken ct) =>
            await ToFair(await s.UpdateAsync(id, input, UserScope.From(u), ct), created: false, s, u, l, ct));
        manage.MapPost("/{id:int}/zones", async (int id, ZoneInput input, FairService s, ClaimsPrincipal u, IStringLocalizer<SharedResource> l, CancellationToken ct) =>
            await ToPlan(id, await s.AddZoneAsync(id, input, UserScope.From(u), ct), s, u, l, ct))
            .WithSummary("Lays out a block of booths (rows × columns, an aisle between rows) inside the hall, clear of the other zones.");
        manage.MapDelete("/{id:int}/zones/{zoneId:int}", async (int id, int zoneId, FairService s, ClaimsPrincipal u, IStringLocalizer<SharedResource> l, CancellationToken ct) =>
            await ToPlan(id, await s.RemoveZoneAsync(id, zoneId, UserScope.From(u), ct), s, u, l, ct));
        manage.MapGet("/{id:int}/applications", async Task<Results<Ok<List<ApplicationItem>>, NotFound>> (int id, BoothApplicationService s, ClaimsPrincipal u, CancellationToken ct) =>
            await s.ListAsync(id, UserScope.From(u), ct) is { } list ? TypedResults.Ok(list) : TypedResults.NotFound());
        manage.MapPost("/{id:int}/allocations", async (int id, AllocationInput input, BoothApplicationService s, FairService f, ClaimsPrincipal u, IStringLocalizer<SharedResource> l, CancellationToken ct) =>
                await ToPlan(id, await s.AllocateAsync(id, input, UserScope.From(u), ct), f, u, l, ct))
            .WithSummary("Gives a free booth to an application still owed booths; a booth already taken or an application already served is refused.");
        manage.MapDelete("/{id:int}/booths/{boothId:int}/allocation", async (int id, int boothId, BoothApplicationService s, FairService f, ClaimsPrincipal u, IStringLocalizer<SharedResource> l, CancellationToken ct) =>
            await ToPlan(id, await s.ReleaseAsync(id, boothId, UserScope.From(u), ct), f, u, l, ct));
        manage.MapPost("/{id:int}/applications/{applicationId:int}/waitlist", async (int id, int applicationId, BoothApplicationService s, ClaimsPrincipal u, IStringLocalizer<SharedResource> l, CancellationToken ct) =>
            await ToApplications(id, await s.WaitlistAsync(id, applicationId, UserScope.From(u), ct), s, u, l, ct));
        manage.MapPost("/{id:int}/applications/{applicationId:int}/reject", async (int id, int applicationId, BoothApplicationService s, ClaimsPrincipal u, IStringLocalizer<SharedResource> l, CancellationToken ct) =>
            await ToApplications(id, await s.RejectAsync(id, applicationId, UserScope.From(u), ct), s, u, l, ct));
        manage.MapPut("/{id:int}/results", async (int id, ResultsInput input, FairResultsService r, BoothApplicationService s, ClaimsPrincipal u, IStringLocalizer<SharedResource> l, CancellationToken ct) =>
            await ToApplications(id, await r.SaveResultsAsync(id, input, UserScope.From(u), ct), s, u, l, ct))
            .WithSummary("From the fair's last day: visitors and each exhibitor's sales, contracts and their value (whole đồng).");
        manage.MapGet("/{id:int}/summary", SummaryAsync)
            .WithSummary("The summary report as JSON, or ?format=pdf / xlsx.");

        var producer = fairs.MapGroup("/{id:int}/applications/mine").RequireAuthorization(Policies.Producer);
        producer.MapGet("/", async Task<Results<Ok<ApplicationItem>, NotFound>> (int id, BoothApplicationService s, ClaimsPrincipal u, CancellationToken ct) =>
            await s.MineAtAsync(id, UserScope.From(u), ct) is { } a ? TypedResults.Ok(a) : TypedResults.NotFound());
        producer.MapPost("/", async (int id, ApplicationInput input, BoothApplicationService s, ClaimsPrincipal u, IStringLocalizer<SharedResource> l, CancellationToken ct) =>
            await ToMine(id, await s.ApplyAsync(id, input, UserScope.From(u), ct), s, u, l, ct))
            .WithSummary("Applies for booths: products to show (own, up to 10), booths wanted (up to the fair's allowance), zone wished for.");
        producer.MapDelete("/", async (int id, BoothApplicationService s, ClaimsPrincipal u, IStringLocalizer<SharedResource> l, CancellationToken ct) =>
            await ToMine(id, await s.WithdrawAsync(id, UserScope.From(u), ct), s, u, l, ct))
            .WithSummary("Withdraws before the fair starts; the booths become free.");
        return app;
    }

    private static async Task<IResult> SummaryAsync(int id, string? format, FairResultsService service, ClaimsPrincipal user, IStringLocalizer<SharedResource> localizer, CancellationToken ct)
    {
        if (await service.SummaryAsync(id, UserScope.From(user), ct) is not { } summary)
        {
            return TypedResults.NotFound();
        }

        var name = $"tong-ket-hoi-cho-{id}";
        return format?.ToLowerInvariant() switch
        {
            null or "" or "json" => TypedResults.Ok(summary),
            "pdf" => TypedResults.File(FairSummaryExports.Pdf(summary), "application/pdf", name + ".pdf"),
            "xlsx" => TypedResults.File(FairSummaryExports.Excel(summary), Xlsx.ContentType, name + ".xlsx"),
            _ => ApiResults.Invalid(new Dictionary<string, string[]> { ["Format"] = ["Validation.Consignment.Format"] }, localizer),
        };
    }

    private static Task<Results<Created<FairItem>, Ok<FairItem>, NotFound, ValidationProblem, ProblemHttpResult>> ToFair(
        ServiceResult<int> result, bool created, FairService service, ClaimsPrincipal user, IStringLocalizer localizer, CancellationToken ct) =>
        ApiResults.SavedAsync(result, created, async id => (await service.GetAsync(id, UserScope.From(user), ct))!, id => $"/api/v1/fairs/manage/{id}", localizer);

    private static async Task<Results<Ok<FairPlan>, NotFound, ValidationProblem>> ToPlan(
        int fairId, ServiceResult<int> result, FairService service, ClaimsPrincipal user, IStringLocalizer localizer, CancellationToken ct) =>
        result.Status switch
        {
            ServiceStatus.Ok => TypedResults.Ok((await service.PlanAsync(fairId, UserScope.From(user), ct))!),
            ServiceStatus.Invalid => ApiResults.Invalid(result.Errors, localizer),
            _ => TypedResults.NotFound(),
        };

    private static async Task<Results<Ok<List<ApplicationItem>>, NotFound, ValidationProblem>> ToApplications(
        int fairId, ServiceResult<int> result, BoothApplicationService service, ClaimsPrincipal user, IStringLocalizer localizer, CancellationToken ct) =>
        result.Status switch
        {
            ServiceStatus.Ok => TypedResults.Ok((await service.ListAsync(fairId, UserScope.From(user), ct))!),
            ServiceStatus.Invalid => ApiResults.Invalid(result.Errors, localizer),
            _ => TypedResults.NotFound(),
        };

    private static async Task<Results<Ok<ApplicationItem>, NotFound, ValidationProblem>> ToMine(
        int fairId, ServiceResult<int> result, BoothApplicationService service, ClaimsPrincipal user, IStringLocalizer localizer, CancellationToken ct) =>
        result.Status switch
        {
            ServiceStatus.Ok => TypedResults.Ok((await service.MineAtAsync(fairId, UserScope.From(user), ct))!),
            ServiceStatus.Invalid => ApiResults.Invalid(result.Errors, localizer),
            _ => TypedResults.NotFound(),
        };
}
