using Microsoft.AspNetCore.Http.HttpResults;
using Ocop.Web.Infrastructure;

namespace Ocop.Web.Features.Integration;

/// <summary>
/// Integration tokens of a province: the national administrator (any province) and province-level officers (their
/// own), signed in with a password only: a request carrying a token gets 401 here.
/// </summary>
public static class IntegrationTokenEndpoints
{
    public static IEndpointRouteBuilder MapIntegrationTokenEndpoints(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/v1/integration-tokens").WithTags("Integration").RequireAuthorization(Policies.IntegrationAdmin);
        group.MapGet("/", async (string? province, IntegrationTokenService tokens, [AsParameters] ApiCaller c) =>
                TypedResults.Ok(await tokens.ListAsync(c.Scope, province, c.Cancellation)))
            .WithName("ListIntegrationTokens").WithSummary("The integration tokens the caller administers (the national administrator may narrow to a province).");
        group.MapPost("/", CreateAsync).WithName("CreateIntegrationToken")
            .WithSummary("Creates a token for a province, Read or Write, valid validDays (1–365, default 365). The secret is in this answer only.");
        group.MapDelete("/{id:int}", async Task<Results<NoContent, NotFound>> (int id, IntegrationTokenService tokens, [AsParameters] ApiCaller c) =>
                await tokens.RevokeAsync(c.Scope, id, c.Cancellation) is null ? TypedResults.NotFound() : TypedResults.NoContent())
            .WithName("RevokeIntegrationToken").WithSummary("Revokes a token at once; revoking twice is harmless.");
        return app;
    }

    private static async Task<Results<Created<CreatedIntegrationToken>, NotFound, ValidationProblem, ProblemHttpResult>> CreateAsync(
        NewIntegrationToken input, IntegrationTokenService tokens, [AsParameters] ApiCaller caller) =>
        await (await tokens.CreateAsync(caller.Scope, input, caller.Cancellation))
            .ToResultAsync(caller, token => Task.FromResult<Created<CreatedIntegrationToken>?>(TypedResults.Created($"/api/v1/integration-tokens/{token.Id}", token)));
}
