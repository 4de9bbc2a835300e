using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Localization;
using Ocop.Web.Features.Accounts;
using Ocop.Web.Infrastructure;
using Ocop.Web.Resources;

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
        group.MapGet("/", async (string? province, IntegrationTokenService tokens, ClaimsPrincipal user, CancellationToken ct) =>
                TypedResults.Ok(await tokens.ListAsync(UserScope.From(user), province, ct)))
            .WithSummary("The integration tokens the caller administers (the national administrator may narrow to a province).");
        group.MapPost("/", CreateAsync)
            .WithSummary("Creates a token for a province, Read or Write, valid validDays (1–365, default 365). The secret is in this answer only.");
        group.MapDelete("/{id:int}", async Task<Results<NoContent, NotFound>> (int id, IntegrationTokenService tokens, ClaimsPrincipal user, CancellationToken ct) =>
                await tokens.RevokeAsync(UserScope.From(user), id, ct) is null ? TypedResults.NotFound() : TypedResults.NoContent())
            .WithSummary("Revokes a token at once; revoking twice is harmless.");
        return app;
    }

    private static async Task<Results<Created<CreatedIntegrationToken>, ValidationProblem>> CreateAsync(
        NewIntegrationToken input, IntegrationTokenService tokens, ClaimsPrincipal user, IStringLocalizer<SharedResource> localizer, CancellationToken ct)
    {
        var result = await tokens.CreateAsync(UserScope.From(user), input, ct);
        return result.IsOk
            ? TypedResults.Created($"/api/v1/integration-tokens/{result.Value!.Id}", result.Value)
            : ApiResults.Invalid(result.Errors, localizer);
    }
}
