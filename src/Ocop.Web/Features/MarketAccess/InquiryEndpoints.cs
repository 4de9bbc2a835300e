using Microsoft.AspNetCore.Http.HttpResults;
using Ocop.Web.Infrastructure;

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
            .AllowAnonymous().WithTags("Inquiries").WithName("SendInquiry")
            .WithSummary("A buyer asks for a quote; a confirmation link is mailed to them and the producer sees the inquiry once it is followed.");
        var inquiries = app.MapGroup("/api/v1/inquiries").WithTags("Inquiries");
        inquiries.MapPost("/confirm", async Task<Results<Ok<InquiryAccepted>, NotFound, ProblemHttpResult>> (InquiryConfirmation body, InquiryService s, [AsParameters] ApiCaller c) =>
                await s.ConfirmAsync(body.Token, c.Cancellation) switch
                {
                    ConfirmOutcome.Confirmed or ConfirmOutcome.AlreadyConfirmed => TypedResults.Ok(new InquiryAccepted(c.Localizer["Inquiries.Confirmed"])),
                    ConfirmOutcome.Expired => TypedResults.Problem(statusCode: StatusCodes.Status410Gone, title: c.Localizer["Inquiries.Expired"]),
                    _ => TypedResults.NotFound(),
                })
            .AllowAnonymous().WithName("ConfirmInquiry").WithSummary("The buyer follows the mailed link: the inquiry reaches the producer (410 once the link has expired).");
        inquiries.MapGet("/", async (InquiryService s, [AsParameters] ApiCaller c) => TypedResults.Ok(await s.ListAsync(c.Scope, c.Cancellation)))
            .RequireAuthorization(Policies.Producer).WithName("ListInquiries").WithSummary("The confirmed inquiries about the producer's own products.");
        inquiries.MapPost("/{id:int}/answer", async (int id, InquiryAnswer body, InquiryService s, [AsParameters] ApiCaller c) =>
                await (await s.AnswerAsync(id, body.Answer, c.Scope, c.Cancellation)).ToOkAsync(c, _ => s.GetAsync(id, c.Scope, c.Cancellation)))
            .RequireAuthorization(Policies.Producer).WithName("AnswerInquiry").WithSummary("The producer answers an inquiry; the buyer is mailed the answer.");
        inquiries.MapGet("/volume", async (InquiryService s, [AsParameters] ApiCaller c) => TypedResults.Ok(await s.VolumeAsync(c.Scope, c.Cancellation)))
            .RequireAuthorization(Policies.Officer).WithName("GetInquiryVolume").WithSummary("Confirmed inquiries per product of the officer's area: counts only, never the buyers' details.");
        return app;
    }

    private static async Task<Results<Accepted<InquiryAccepted>, NotFound, ValidationProblem, ProblemHttpResult>> SubmitAsync(
        int productId, InquiryInput input, InquiryService service, InquiryThrottle throttle, HttpContext http, [AsParameters] ApiCaller caller)
    {
        var result = await service.SubmitAsync(productId, input, token => throttle.TryTakeAsync(http, token), caller.Cancellation);
        if (result.Errors.TryGetValue(string.Empty, out var general) && general.Contains("Validation.Inquiry.TooMany"))
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status429TooManyRequests, title: caller.Localizer["Problem.TooMany"], detail: caller.Localizer["Validation.Inquiry.TooMany"]);
        }

        return await result.ToResultAsync(caller, _ => Task.FromResult<Accepted<InquiryAccepted>?>(
            TypedResults.Accepted((string?)null, new InquiryAccepted(caller.Localizer["Inquiries.CheckMail"]))));
    }
}
