using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Localization;
using Ocop.Web.Infrastructure;
using Ocop.Web.Resources;

namespace Ocop.Web.Features.Accounts.ApiTokens;

/// <summary>
/// The signed-in user's own API tokens. Managed with the cookie only (policy InteractiveUser):
/// a request authenticated by a token gets 401 here.
/// </summary>
public static class ApiTokenEndpoints
{
    public static IEndpointRouteBuilder MapApiTokenEndpoints(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/v1/tokens").WithTags("API tokens").RequireAuthorization(Policies.InteractiveUser);
        group.MapGet("/", ListAsync);
        group.MapPost("/", CreateAsync);
        group.MapDelete("/{id:int}", RevokeAsync);
        return app;
    }

    private static async Task<Ok<IReadOnlyList<ApiTokenItem>>> ListAsync(ApiTokenService tokens, ClaimsPrincipal user, CancellationToken ct) =>
        TypedResults.Ok(await tokens.ListAsync(UserId(user), ct));

    /// <summary>Creates a token valid for validDays (1–365, default 90). The secret is in this answer only.</summary>
    private static async Task<Results<Created<CreatedApiToken>, ValidationProblem>> CreateAsync(
        NewApiToken input, ApiTokenService tokens, ClaimsPrincipal user, IStringLocalizer<SharedResource> localizer, CancellationToken ct)
    {
        var result = await tokens.CreateAsync(UserId(user), input, ct);
        return result.IsOk
            ? TypedResults.Created($"/api/v1/tokens/{result.Value!.Id}", result.Value)
            : ApiResults.Invalid(result.Errors, localizer);
    }

    private static async Task<Results<NoContent, NotFound>> RevokeAsync(int id, ApiTokenService tokens, ClaimsPrincipal user, CancellationToken ct) =>
        await tokens.RevokeAsync(UserId(user), id, ct) ? TypedResults.NoContent() : TypedResults.NotFound();

    private static string UserId(ClaimsPrincipal user) => user.FindFirstValue(ClaimTypes.NameIdentifier)!;
}
