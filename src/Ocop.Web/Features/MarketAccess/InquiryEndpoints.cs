using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Localization;
using Ocop.Web.Features.Accounts;
using Ocop.Web.Infrastructure;
using Ocop.Web.Resources;

namespace Ocop.Web.Features.MarketAccess;

/// <summary>What the buyer is told after sending: look for the confirmation mail.</summary>
public sealed record InquiryAccepted(string Message);

public sealed record InquiryAnswer(string? Answer);

public sealed record InquiryConfirmation(string? Token);

/// <summary>Buyer inquiries: anyone may send (rate-limited), the buyer confirms by mail, the producer answers, officers count.</summary>
public static class InquiryEndpoints
{
    public static IEndpointRouteBuilder MapInquiryEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapPost("/api/v1/products/{productId:int}/inquiries", SubmitAsync)
            .AllowAnonymous().WithTags("Inquiries")
            .WithSummary("A buyer asks for a quote; a confirmation link is mailed to them and the producer sees the inquiry once it is followed.");
        var inquiries = app.MapGroup("/api/v1/inquiries").WithTags("Inquiries");
        inquiries.MapPost("/confirm", async Task<Results<Ok<InquiryAccepted>, NotFound, ProblemHttpResult>> (InquiryConfirmation body, InquiryService s, IStringLocalizer<SharedResource> l, CancellationToken ct) =>
            await s.ConfirmAsync(body.Token, ct) switch
            {
                ConfirmOutcome.Confirmed or ConfirmOutcome.AlreadyConfirmed => TypedResults.Ok(new InquiryAccepted(l["Inquiries.Confirmed"])),
                ConfirmOutcome.Expired => TypedResults.Problem(statusCode: StatusCodes.Status410Gone, title: l["Inquiries.Expired"]),
                _ => TypedResults.NotFound(),
            })
            .AllowAnonymous();
        inquiries.MapGet("/", async (InquiryService s, ClaimsPrincipal u, CancellationToken ct) => TypedResults.Ok(await s.ListAsync(UserScope.From(u), ct)))
            .RequireAuthorization(Policies.Producer).WithSummary("The confirmed inquiries about the producer's own products.");
        inquiries.MapPost("/{id:int}/answer", async Task<Results<Ok<InquiryItem>, NotFound, ValidationProblem>> (int id, InquiryAnswer body, InquiryService s, ClaimsPrincipal u, IStringLocalizer<SharedResource> l, CancellationToken ct) =>
            {
                var scope = UserScope.From(u);
                var result = await s.AnswerAsync(id, body.Answer, scope, ct);
                return result.Status switch
                {
                    ServiceStatus.Ok => TypedResults.Ok((await s.GetAsync(id, scope, ct))!),
                    ServiceStatus.Invalid => ApiResults.Invalid(result.Errors, l),
                    _ => TypedResults.NotFound(),
                };
            })
            .RequireAuthorization(Policies.Producer);
        inquiries.MapGet("/volume", async (InquiryService s, ClaimsPrincipal u, CancellationToken ct) => TypedResults.Ok(await s.VolumeAsync(UserScope.From(u), ct)))
            .RequireAuthorization(Policies.Officer).WithSummary("Confirmed inquiries per product of the officer's area: counts only, never the buyers' details.");
        return app;
    }

    private static async Task<Results<Accepted<InquiryAccepted>, NotFound, ValidationProblem, ProblemHttpResult>> SubmitAsync(
        int productId, InquiryInput input, InquiryService service, InquiryThrottle throttle, HttpContext http,
        IStringLocalizer<SharedResource> localizer, CancellationToken ct)
    {
        var result = await service.SubmitAsync(productId, input, () => throttle.TryTake(http), ct);
        if (result.Errors.TryGetValue(string.Empty, out var general) && general.Contains("Validation.Inquiry.TooMany"))
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status429TooManyRequests, title: localizer["Problem.TooMany"], detail: localizer["Validation.Inquiry.TooMany"]);
        }

        return result.Status switch
        {
            ServiceStatus.Ok => TypedResults.Accepted((string?)null, new InquiryAccepted(localizer["Inquiries.CheckMail"])),
            ServiceStatus.Invalid => ApiResults.Invalid(result.Errors, localizer),
            _ => TypedResults.NotFound(),
        };
    }
}
