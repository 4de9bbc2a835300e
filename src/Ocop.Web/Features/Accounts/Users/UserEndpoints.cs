using Microsoft.AspNetCore.Http.HttpResults;
using Ocop.Web.Infrastructure;

namespace Ocop.Web.Features.Accounts.Users;

/// <summary>
/// Account management (policy UserManager): the national administrator manages everyone, a province officer the commune
/// officers, council members and producers of their province. Accounts out of reach answer 404.
/// </summary>
public static class UserEndpoints
{
    public static IEndpointRouteBuilder MapUserEndpoints(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/v1/users").WithTags("Accounts").RequireAuthorization(Policies.UserManager);
        group.MapGet("/", ListAsync).WithName("ListUsers")
            .WithSummary("Accounts the caller manages; filters q (e-mail or name), role, province, commune, status (Invited, Active, Disabled), notSignedInDays");
        group.MapGet("/{id}", GetAsync).WithName("GetUser").WithSummary("One account with its status, open sessions and history");
        group.MapPost("/", InviteAsync).WithName("InviteUser")
            .WithSummary("Creates an account and mails it an invitation (a single-use link, valid 72 hours) to set its password");
        group.MapPut("/{id}", UpdateAsync).WithName("UpdateUser")
            .WithSummary("Changes name, phone, role and unit (the e-mail is the user's own to change); a new role or unit ends the account's sessions");
        group.MapPost("/{id}/disable", DisableAsync).WithName("DisableUser").WithSummary("Disables the account: its sessions and API tokens stop at once");
        group.MapPost("/{id}/enable", EnableAsync).WithName("EnableUser").WithSummary("Enables a disabled account again");
        group.MapPost("/{id}/invitation", ResendAsync).WithName("ResendInvitation")
            .WithSummary("Mails a new invitation to an account whose password is not set yet (the earlier link stops working)");
        group.MapPost("/{id}/password-reset", ResetAsync).WithName("SendPasswordReset").WithSummary("Mails a password-reset link (valid 2 hours)");
        return app;
    }

    private static async Task<Ok<Infrastructure.PagedResult<UserListItem>>> ListAsync([AsParameters] UserQuery query, UserDirectory directory, [AsParameters] ApiCaller caller) =>
        TypedResults.Ok(await directory.ListAsync(query, caller.Scope, caller.Cancellation));

    private static async Task<Results<Ok<UserDetails>, NotFound>> GetAsync(string id, UserDirectory directory, [AsParameters] ApiCaller caller) =>
        await directory.GetAsync(id, caller.Scope, caller.Cancellation) is { } user ? TypedResults.Ok(user) : TypedResults.NotFound();

    private static async Task<Results<Created<UserDetails>, NotFound, ValidationProblem, ProblemHttpResult>> InviteAsync(
        UserInput input, UserAdminService admin, UserDirectory directory, [AsParameters] ApiCaller caller) =>
        await (await admin.InviteAsync(input, caller.Scope, caller.Cancellation))
            .ToCreatedAsync(caller, id => $"/api/v1/users/{id}", id => directory.GetAsync(id, caller.Scope, caller.Cancellation));

    private static async Task<Results<Ok<UserDetails>, NotFound, ValidationProblem, ProblemHttpResult>> UpdateAsync(
        string id, UserInput input, UserAdminService admin, UserDirectory directory, [AsParameters] ApiCaller caller) =>
        await (await admin.UpdateAsync(id, input, caller.Scope, caller.Cancellation))
            .ToOkAsync(caller, id => directory.GetAsync(id, caller.Scope, caller.Cancellation));

    private static async Task<Results<Ok<UserDetails>, NotFound, ValidationProblem, ProblemHttpResult>> DisableAsync(
        string id, UserAdminService admin, UserDirectory directory, [AsParameters] ApiCaller caller) =>
        await (await admin.SetDisabledAsync(id, true, caller.Scope, caller.Cancellation))
            .ToOkAsync(caller, id => directory.GetAsync(id, caller.Scope, caller.Cancellation));

    private static async Task<Results<Ok<UserDetails>, NotFound, ValidationProblem, ProblemHttpResult>> EnableAsync(
        string id, UserAdminService admin, UserDirectory directory, [AsParameters] ApiCaller caller) =>
        await (await admin.SetDisabledAsync(id, false, caller.Scope, caller.Cancellation))
            .ToOkAsync(caller, id => directory.GetAsync(id, caller.Scope, caller.Cancellation));

    private static async Task<Results<NoContent, NotFound, ValidationProblem, ProblemHttpResult>> ResendAsync(
        string id, UserAdminService admin, [AsParameters] ApiCaller caller) =>
        await (await admin.ResendInvitationAsync(id, caller.Scope, caller.Cancellation)).ToNoContentAsync(caller);

    private static async Task<Results<NoContent, NotFound, ValidationProblem, ProblemHttpResult>> ResetAsync(
        string id, UserAdminService admin, [AsParameters] ApiCaller caller) =>
        await (await admin.SendResetAsync(id, caller.Scope, caller.Cancellation)).ToNoContentAsync(caller);
}
