using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Localization;
using Ocop.Web.Features.Accounts;
using Ocop.Web.Infrastructure;
using Ocop.Web.Resources;

namespace Ocop.Web.Features.MarketAccess;

/// <summary>Consignment agreements, their movements and stock, and the monthly settlement (JSON, PDF, Excel). Producer's own or the officer's area.</summary>
public static class ConsignmentEndpoints
{
    public static IEndpointRouteBuilder MapConsignmentEndpoints(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/v1/consignments").WithTags("Consignment").RequireAuthorization(Policies.RegistryEditor);
        group.MapGet("/", async (ConsignmentService s, ClaimsPrincipal u, CancellationToken ct) => TypedResults.Ok(await s.ListAsync(UserScope.From(u), ct)));
        group.MapGet("/{id:int}", async Task<Results<Ok<AgreementItem>, NotFound>> (int id, ConsignmentService s, ClaimsPrincipal u, CancellationToken ct) =>
            await s.GetAsync(id, UserScope.From(u), ct) is { } a ? TypedResults.Ok(a) : TypedResults.NotFound());
        group.MapPost("/", async (AgreementInput input, ConsignmentService s, ClaimsPrincipal u, IStringLocalizer<SharedResource> l, CancellationToken ct) =>
            await ToAgreement(await s.CreateAsync(input, UserScope.From(u), ct), created: true, s, u, l, ct));
        group.MapPut("/{id:int}", async (int id, AgreementInput input, ConsignmentService s, ClaimsPrincipal u, IStringLocalizer<SharedResource> l, CancellationToken ct) =>
            await ToAgreement(await s.UpdateAsync(id, input, UserScope.From(u), ct), created: false, s, u, l, ct));
        group.MapGet("/{id:int}/movements", async Task<Results<Ok<List<MovementItem>>, NotFound>> (int id, ConsignmentService s, ClaimsPrincipal u, CancellationToken ct) =>
            await s.MovementsAsync(id, UserScope.From(u), ct) is { } list ? TypedResults.Ok(list) : TypedResults.NotFound());
        group.MapPost("/{id:int}/movements", async Task<Results<Ok<AgreementItem>, NotFound, ValidationProblem>> (int id, MovementInput input, ConsignmentService s, ClaimsPrincipal u, IStringLocalizer<SharedResource> l, CancellationToken ct) =>
            {
                var scope = UserScope.From(u);
                var result = await s.RecordAsync(id, input, scope, ct);
                return result.Status switch
                {
                    ServiceStatus.Ok => TypedResults.Ok((await s.GetAsync(id, scope, ct))!),
                    ServiceStatus.Invalid => ApiResults.Invalid(result.Errors, l),
                    _ => TypedResults.NotFound(),
                };
            })
            .WithSummary("A delivery, a reported sale or a return; a sale or return above the outlet's stock is refused.");
        group.MapGet("/{id:int}/settlements/{year:int}/{month:int}", SettlementAsync)
            .WithSummary("The month's settlement: per product, stock and sales; gross = sold × price, commission, net. ?format=pdf or xlsx for the statement file.");
        return app;
    }

    private static async Task<IResult> SettlementAsync(
        int id, int year, int month, string? format, ConsignmentService service, ClaimsPrincipal user, IStringLocalizer<SharedResource> localizer, CancellationToken ct)
    {
        if (year is < 2000 or > 2100 || month is < 1 or > 12)
        {
            return ApiResults.Invalid(new Dictionary<string, string[]> { ["Month"] = ["Validation.Consignment.Month"] }, localizer);
        }

        if (await service.SettlementAsync(id, year, month, UserScope.From(user), ct) is not { } statement)
        {
            return TypedResults.NotFound();
        }

        var name = $"quyet-toan-ky-gui-{id}-{year}-{month:00}";
        return format?.ToLowerInvariant() switch
        {
            null or "" or "json" => TypedResults.Ok(statement),
            "pdf" => TypedResults.File(SettlementExports.Pdf(statement), "application/pdf", name + ".pdf"),
            "xlsx" => TypedResults.File(SettlementExports.Excel(statement), Xlsx.ContentType, name + ".xlsx"),
            _ => ApiResults.Invalid(new Dictionary<string, string[]> { ["Format"] = ["Validation.Consignment.Format"] }, localizer),
        };
    }

    private static Task<Results<Created<AgreementItem>, Ok<AgreementItem>, NotFound, ValidationProblem, ProblemHttpResult>> ToAgreement(
        ServiceResult<int> result, bool created, ConsignmentService service, ClaimsPrincipal user, IStringLocalizer localizer, CancellationToken ct) =>
        ApiResults.SavedAsync(result, created, async id => (await service.GetAsync(id, UserScope.From(user), ct))!, id => $"/api/v1/consignments/{id}", localizer);
}
