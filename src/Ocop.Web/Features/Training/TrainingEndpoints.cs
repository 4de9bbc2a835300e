using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Localization;
using Ocop.Web.Features.Accounts;
using Ocop.Web.Infrastructure;
using Ocop.Web.Resources;

namespace Ocop.Web.Features.Training;

/// <summary>Training: province officers run courses, register trainees, take attendance and read the counts; producers register, give feedback and download their certificate.</summary>
public static class TrainingEndpoints
{
    public static IEndpointRouteBuilder MapTrainingEndpoints(this IEndpointRouteBuilder app)
    {
        var training = app.MapGroup("/api/v1/training").WithTags("Training");
        var officer = training.MapGroup("/").RequireAuthorization(Policies.Officer);
        officer.MapGet("/courses", async (CourseService s, ClaimsPrincipal u, CancellationToken ct) => TypedResults.Ok(await s.ListAsync(UserScope.From(u), ct)));
        officer.MapGet("/courses/{id:int}", async Task<Results<Ok<CourseItem>, NotFound>> (int id, CourseService s, ClaimsPrincipal u, CancellationToken ct) =>
            await s.GetAsync(id, UserScope.From(u), ct) is { } c ? TypedResults.Ok(c) : TypedResults.NotFound());
        officer.MapPost("/courses", async (CourseInput input, CourseService s, ClaimsPrincipal u, IStringLocalizer<SharedResource> l, CancellationToken ct) =>
            await ToCourse(await s.CreateAsync(input, UserScope.From(u), ct), created: true, s, u, l, ct));
        officer.MapPut("/courses/{id:int}", async (int id, CourseInput input, CourseService s, ClaimsPrincipal u, IStringLocalizer<SharedResource> l, CancellationToken ct) =>
            await ToCourse(await s.UpdateAsync(id, input, UserScope.From(u), ct), created: false, s, u, l, ct));
        officer.MapGet("/courses/{id:int}/registrations", async Task<Results<Ok<List<RegistrationItem>>, NotFound>> (int id, RegistrationService s, ClaimsPrincipal u, CancellationToken ct) =>
            await s.ListAsync(id, UserScope.From(u), ct) is { } list ? TypedResults.Ok(list) : TypedResults.NotFound());
        officer.MapPost("/courses/{id:int}/registrations", async (int id, RegistrationInput input, RegistrationService s, ClaimsPrincipal u, IStringLocalizer<SharedResource> l, CancellationToken ct) =>
                await ToRegistrations(id, await s.RegisterAsync(id, input, UserScope.From(u), ct), s, u, l, ct))
            .WithSummary("Registers a producer of the province (producerId) or an official (participantName, organisation, communeCode); refused when the course is full.");
        officer.MapPut("/courses/{id:int}/attendance", async (int id, AttendanceInput input, RegistrationService s, ClaimsPrincipal u, IStringLocalizer<SharedResource> l, CancellationToken ct) =>
                await ToRegistrations(id, await s.MarkAttendanceAsync(id, input, UserScope.From(u), ct), s, u, l, ct))
            .WithSummary("A session's attendance: the registrations present (the others are absent).");
        officer.MapGet("/stats", async Task<Results<Ok<TrainingStats>, ValidationProblem>> (int? year, TrainingStatsService s, TimeProvider clock, ClaimsPrincipal u, IStringLocalizer<SharedResource> l, CancellationToken ct) =>
                year is < 2000 or > 2100
                    ? ApiResults.Invalid(new Dictionary<string, string[]> { ["Year"] = ["Validation.Training.Year"] }, l)
                    : TypedResults.Ok(await s.StatsAsync(year ?? VietnamTime.Today(clock).Year, UserScope.From(u), ct)))
            .WithSummary("Trainees (present at least once) and courses of a year, by topic, kind of trainee and commune.");

        var producer = training.MapGroup("/").RequireAuthorization(Policies.Producer);
        producer.MapGet("/open", async (CourseService s, ClaimsPrincipal u, CancellationToken ct) => TypedResults.Ok(await s.ForProducerAsync(UserScope.From(u), ct)))
            .WithSummary("Published courses for producers in the producer's province.");
        producer.MapPost("/courses/{id:int}/register", async (int id, RegistrationService s, ClaimsPrincipal u, IStringLocalizer<SharedResource> l, CancellationToken ct) =>
            await ToMine(await s.RegisterSelfAsync(id, UserScope.From(u), ct), s, u, l, ct));
        producer.MapGet("/registrations/mine", async (RegistrationService s, ClaimsPrincipal u, CancellationToken ct) => TypedResults.Ok(await s.MineAsync(UserScope.From(u), ct)));
        producer.MapPost("/registrations/{id:int}/feedback", async (int id, FeedbackInput input, RegistrationService s, ClaimsPrincipal u, IStringLocalizer<SharedResource> l, CancellationToken ct) =>
            await ToMine(await s.FeedbackAsync(id, input, UserScope.From(u), ct), s, u, l, ct));

        var either = training.MapGroup("/registrations").RequireAuthorization(Policies.RegistryEditor);
        either.MapDelete("/{id:int}", async Task<Results<NoContent, NotFound, ValidationProblem>> (int id, RegistrationService s, ClaimsPrincipal u, IStringLocalizer<SharedResource> l, CancellationToken ct) =>
            (await s.CancelAsync(id, UserScope.From(u), ct)) switch
            {
                { IsOk: true } => TypedResults.NoContent(),
                { Status: ServiceStatus.Invalid } r => ApiResults.Invalid(r.Errors, l),
                _ => TypedResults.NotFound(),
            });
        either.MapGet("/{id:int}/certificate", async Task<Results<FileContentHttpResult, NotFound, ValidationProblem>> (int id, RegistrationService s, ClaimsPrincipal u, IStringLocalizer<SharedResource> l, CancellationToken ct) =>
                (await s.CertificateAsync(id, UserScope.From(u), ct)) switch
                {
                    { IsOk: true } r => TypedResults.File(r.Value!, "application/pdf", $"giay-chung-nhan-{id}.pdf"),
                    { Status: ServiceStatus.Invalid } r => ApiResults.Invalid(r.Errors, l),
                    _ => TypedResults.NotFound(),
                })
            .WithSummary("The attendance certificate (PDF) of a trainee present at every session.");
        return app;
    }

    private static Task<Results<Created<CourseItem>, Ok<CourseItem>, NotFound, ValidationProblem, ProblemHttpResult>> ToCourse(
        ServiceResult<int> result, bool created, CourseService service, ClaimsPrincipal user, IStringLocalizer localizer, CancellationToken ct) =>
        ApiResults.SavedAsync(result, created, async id => (await service.GetAsync(id, UserScope.From(user), ct))!, id => $"/api/v1/training/courses/{id}", localizer);

    private static async Task<Results<Ok<List<RegistrationItem>>, NotFound, ValidationProblem>> ToRegistrations(
        int courseId, ServiceResult<int> result, RegistrationService service, ClaimsPrincipal user, IStringLocalizer localizer, CancellationToken ct) =>
        result.Status switch
        {
            ServiceStatus.Ok => TypedResults.Ok((await service.ListAsync(courseId, UserScope.From(user), ct))!),
            ServiceStatus.Invalid => ApiResults.Invalid(result.Errors, localizer),
            _ => TypedResults.NotFound(),
        };

    private static async Task<Results<Ok<RegistrationItem>, NotFound, ValidationProblem>> ToMine(
        ServiceResult<int> result, RegistrationService service, ClaimsPrincipal user, IStringLocalizer localizer, CancellationToken ct) =>
        result.Status switch
        {
            ServiceStatus.Ok => TypedResults.Ok((await service.GetAsync(result.Value, UserScope.From(user), ct))!),
            ServiceStatus.Invalid => ApiResults.Invalid(result.Errors, localizer),
            _ => TypedResults.NotFound(),
        };
}
