using Microsoft.AspNetCore.Http.HttpResults;
using Ocop.Web.Infrastructure;

namespace Ocop.Web.Features.MarketAccess;

/// <summary>Consignment agreements, their movements and stock, and the monthly settlement (JSON, PDF, Excel). Producer's own or the officer's area.</summary>
public static class ConsignmentEndpoints
{
    public static IEndpointRouteBuilder MapConsignmentEndpoints(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/v1/consignments").WithTags("Consignment").RequireAuthorization(Policies.RegistryEditor);
        group.MapGet("/", async (ConsignmentService s, [AsParameters] ApiCaller c) => TypedResults.Ok(await s.ListAsync(c.Scope, c.Cancellation)))
            .WithName("ListConsignments").WithSummary("The producer's own agreements, or those of the officer's area.");
        group.MapGet("/{id:int}", async Task<Results<Ok<AgreementItem>, NotFound>> (int id, ConsignmentService s, [AsParameters] ApiCaller c) =>
                await s.GetAsync(id, c.Scope, c.Cancellation) is { } agreement ? TypedResults.Ok(agreement) : TypedResults.NotFound())
            .WithName("GetConsignment").WithSummary("An agreement with its products, prices and stock at the outlet.");
        group.MapPost("/", async (AgreementInput input, ConsignmentService s, [AsParameters] ApiCaller c) =>
                await Agreement(await s.CreateAsync(input, c.Scope, c.Cancellation), created: true, s, c))
            .WithName("CreateConsignment").WithSummary("An agreement with an outlet (supermarket, distributor): dates, commission, products and prices.");
        group.MapPut("/{id:int}", async (int id, AgreementInput input, ConsignmentService s, [AsParameters] ApiCaller c) =>
                await Agreement(await s.UpdateAsync(id, input, c.Scope, c.Cancellation), created: false, s, c))
            .WithName("UpdateConsignment").WithSummary("Changes an agreement (409 when someone saved meanwhile).");
        group.MapGet("/{id:int}/movements", async Task<Results<Ok<List<MovementItem>>, NotFound>> (int id, ConsignmentService s, [AsParameters] ApiCaller c) =>
                await s.MovementsAsync(id, c.Scope, c.Cancellation) is { } list ? TypedResults.Ok(list) : TypedResults.NotFound())
            .WithName("ListConsignmentMovements").WithSummary("Deliveries, sales and returns of an agreement, newest first.");
        group.MapPost("/{id:int}/movements", async (int id, MovementInput input, ConsignmentService s, [AsParameters] ApiCaller c) =>
                await (await s.RecordAsync(id, input, c.Scope, c.Cancellation)).ToOkAsync(c, _ => s.GetAsync(id, c.Scope, c.Cancellation)))
            .WithName("RecordConsignmentMovement").WithSummary("A delivery, a reported sale or a return; a sale or return above the outlet's stock is refused.");
        group.MapGet("/{id:int}/settlements/{year:int}/{month:int}", SettlementAsync).WithName("GetConsignmentSettlement")
            .WithSummary("The month's settlement: per product, stock and sales; gross = sold × price, commission, net. ?format=pdf or xlsx for the statement file.");
        return app;
    }

    private static async Task<IResult> SettlementAsync(int id, int year, int month, string? format, ConsignmentService service, [AsParameters] ApiCaller caller)
    {
        if (year is < 2000 or > 2100 || month is < 1 or > 12)
        {
            return ApiResults.Invalid("Month", "Validation.Consignment.Month", caller.Localizer);
        }

        if (await service.SettlementAsync(id, year, month, caller.Scope, caller.Cancellation) is not { } statement)
        {
            return TypedResults.NotFound();
        }

        return ApiResults.JsonOrFile(statement, format, $"quyet-toan-ky-gui-{id}-{year}-{month:00}", SettlementExports.Pdf, SettlementExports.Excel, caller.Localizer);
    }

    private static Task<Results<Results<Created<AgreementItem>, Ok<AgreementItem>>, NotFound, ValidationProblem, ProblemHttpResult>> Agreement(
        ServiceResult<int> result, bool created, ConsignmentService service, ApiCaller caller) =>
        result.ToSavedAsync(created, caller, id => $"/api/v1/consignments/{id}", id => service.GetAsync(id, caller.Scope, caller.Cancellation));
}
