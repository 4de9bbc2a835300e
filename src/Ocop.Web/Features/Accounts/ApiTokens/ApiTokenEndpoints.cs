using Microsoft.AspNetCore.Http.HttpResults;
using Ocop.Web.Infrastructure;

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
        group.MapGet("/", ListAsync).WithName("ListApiTokens").WithSummary("The caller's own API tokens (never their secrets)");
        group.MapPost("/", CreateAsync).WithName("CreateApiToken").WithSummary("Creates a token valid for validDays (1–365, default 90). The secret is in this answer only.");
        group.MapDelete("/{id:int}", RevokeAsync).WithName("RevokeApiToken").WithSummary("Revokes one of the caller's tokens at once");
        return app;
    }

    private static async Task<Ok<IReadOnlyList<ApiTokenItem>>> ListAsync(ApiTokenService tokens, [AsParameters] ApiCaller caller) =>
        TypedResults.Ok(await tokens.ListAsync(caller.UserId, caller.Cancellation));

    private static async Task<Results<Created<CreatedApiToken>, NotFound, ValidationProblem, ProblemHttpResult>> CreateAsync(
        NewApiToken input, ApiTokenService tokens, [AsParameters] ApiCaller caller) =>
        await (await tokens.CreateAsync(caller.UserId, input, caller.Cancellation))
            .ToResultAsync(caller, token => Task.FromResult<Created<CreatedApiToken>?>(TypedResults.Created($"/api/v1/tokens/{token.Id}", token)));

    private static async Task<Results<NoContent, NotFound>> RevokeAsync(int id, ApiTokenService tokens, [AsParameters] ApiCaller caller) =>
        await tokens.RevokeAsync(caller.UserId, id, caller.Cancellation) ? TypedResults.NoContent() : TypedResults.NotFound();
}
