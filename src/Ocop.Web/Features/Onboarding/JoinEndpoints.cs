using Microsoft.AspNetCore.Http.HttpResults;
using Ocop.Web.Infrastructure;

namespace Ocop.Web.Features.Onboarding;

/// <summary>
/// Producers ask to join (anonymous, limited per client); officers of the request's commune or province (policy Officer)
/// read and decide. Requests out of reach answer 404.
/// </summary>
public static class JoinEndpoints
{
    public static IEndpointRouteBuilder MapJoinEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapPost("/api/v1/join-requests", SubmitAsync).AllowAnonymous().WithTags("Onboarding").WithName("SubmitJoinRequest")
            .WithSummary("A household, cooperative or enterprise asks to join OCOP; a confirmation link is mailed (valid 48 hours)");
        var group = app.MapGroup("/api/v1/join-requests").WithTags("Onboarding").RequireAuthorization(Policies.Officer);
        group.MapGet("/", ListAsync).WithName("ListJoinRequests").WithSummary("Confirmed requests of the caller's commune or province (status filters)");
        group.MapGet("/{id:int}", GetAsync).WithName("GetJoinRequest").WithSummary("One confirmed request");
        group.MapPost("/{id:int}/approve", ApproveAsync).WithName("ApproveJoinRequest")
            .WithSummary("Makes the producer record (or links producerId), makes its account and mails the invitation");
        group.MapPost("/{id:int}/refuse", RefuseAsync).WithName("RefuseJoinRequest").WithSummary("Refuses with a reason, which is mailed to the applicant");
        return app;
    }

    private static async Task<Results<Accepted, NotFound, ValidationProblem, ProblemHttpResult>> SubmitAsync(
        JoinInput input, JoinRequestService requests, JoinThrottle throttle, HttpContext context, [AsParameters] ApiCaller caller) =>
        await (await requests.SubmitAsync(input, token => throttle.TryTakeAsync(context, token), caller.Cancellation))
            .ToResultAsync(caller, _ => Task.FromResult<Accepted?>(TypedResults.Accepted((string?)null)));

    private static async Task<Ok<IReadOnlyList<JoinRequestItem>>> ListAsync(JoinRequestStatus? status, JoinRequestService requests, [AsParameters] ApiCaller caller) =>
        TypedResults.Ok(await requests.ListAsync(caller.Scope, status, caller.Cancellation));

    private static async Task<Results<Ok<JoinRequestItem>, NotFound>> GetAsync(int id, JoinRequestService requests, [AsParameters] ApiCaller caller) =>
        await requests.GetAsync(id, caller.Scope, caller.Cancellation) is { } item ? TypedResults.Ok(item) : TypedResults.NotFound();

    private static async Task<Results<Ok<JoinRequestItem>, NotFound, ValidationProblem, ProblemHttpResult>> ApproveAsync(
        int id, JoinDecision decision, JoinDecisionService decisions, JoinRequestService requests, [AsParameters] ApiCaller caller) =>
        await (await decisions.ApproveAsync(id, decision, caller.Scope, caller.Cancellation))
            .ToOkAsync(caller, _ => requests.GetAsync(id, caller.Scope, caller.Cancellation));

    private static async Task<Results<Ok<JoinRequestItem>, NotFound, ValidationProblem, ProblemHttpResult>> RefuseAsync(
        int id, JoinDecision decision, JoinDecisionService decisions, JoinRequestService requests, [AsParameters] ApiCaller caller) =>
        await (await decisions.RefuseAsync(id, decision, caller.Scope, caller.Cancellation))
            .ToOkAsync(caller, _ => requests.GetAsync(id, caller.Scope, caller.Cancellation));
}
