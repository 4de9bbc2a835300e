using Microsoft.AspNetCore.Http.HttpResults;
using Ocop.Web.Infrastructure;

namespace Ocop.Web.Features.Training;

/// <summary>Training: province officers run courses, register trainees, take attendance and read the counts; producers register, give feedback and download their certificate.</summary>
public static class TrainingEndpoints
{
    public static IEndpointRouteBuilder MapTrainingEndpoints(this IEndpointRouteBuilder app)
    {
        var training = app.MapGroup("/api/v1/training").WithTags("Training");
        var officer = training.MapGroup("/").RequireAuthorization(Policies.Officer);
        officer.MapGet("/courses", async (CourseService s, [AsParameters] ApiCaller c) => TypedResults.Ok(await s.ListAsync(c.Scope, c.Cancellation)))
            .WithName("ListCourses").WithSummary("The courses of the officer's province.");
        officer.MapGet("/courses/{id:int}", async Task<Results<Ok<CourseItem>, NotFound>> (int id, CourseService s, [AsParameters] ApiCaller c) =>
                await s.GetAsync(id, c.Scope, c.Cancellation) is { } course ? TypedResults.Ok(course) : TypedResults.NotFound())
            .WithName("GetCourse").WithSummary("A course with its sessions and seats taken.");
        officer.MapPost("/courses", async (CourseInput input, CourseService s, [AsParameters] ApiCaller c) =>
                await Course(await s.CreateAsync(input, c.Scope, c.Cancellation), created: true, s, c))
            .WithName("CreateCourse").WithSummary("Creates a course: topic, audience, sessions, seats, registration window.");
        officer.MapPut("/courses/{id:int}", async (int id, CourseInput input, CourseService s, [AsParameters] ApiCaller c) =>
                await Course(await s.UpdateAsync(id, input, c.Scope, c.Cancellation), created: false, s, c))
            .WithName("UpdateCourse").WithSummary("Changes a course (409 when someone saved meanwhile).");
        officer.MapGet("/courses/{id:int}/registrations", async Task<Results<Ok<List<RegistrationItem>>, NotFound>> (int id, RegistrationService s, [AsParameters] ApiCaller c) =>
                await s.ListAsync(id, c.Scope, c.Cancellation) is { } list ? TypedResults.Ok(list) : TypedResults.NotFound())
            .WithName("ListCourseRegistrations").WithSummary("A course's trainees with their attendance.");
        officer.MapPost("/courses/{id:int}/registrations", async (int id, RegistrationInput input, RegistrationService s, [AsParameters] ApiCaller c) =>
                await Registrations(id, await s.RegisterAsync(id, input, c.Scope, c.Cancellation), s, c))
            .WithName("RegisterTrainee")
            .WithSummary("Registers a producer of the province (producerId) or an official (participantName, organisation, communeCode); refused when the course is full.");
        officer.MapPut("/courses/{id:int}/attendance", async (int id, AttendanceInput input, RegistrationService s, [AsParameters] ApiCaller c) =>
                await Registrations(id, await s.MarkAttendanceAsync(id, input, c.Scope, c.Cancellation), s, c))
            .WithName("MarkAttendance").WithSummary("A session's attendance: the registrations present (the others are absent).");
        officer.MapGet("/stats", async Task<Results<Ok<TrainingStats>, ValidationProblem>> (int? year, TrainingStatsService s, TimeProvider clock, [AsParameters] ApiCaller c) =>
                year is < 2000 or > 2100
                    ? ApiResults.Invalid("Year", "Validation.Training.Year", c.Localizer)
                    : TypedResults.Ok(await s.StatsAsync(year ?? VietnamTime.Today(clock).Year, c.Scope, c.Cancellation)))
            .WithName("GetTrainingStats").WithSummary("Trainees (present at least once) and courses of a year, by topic, kind of trainee and commune.");

        var producer = training.MapGroup("/").RequireAuthorization(Policies.Producer);
        producer.MapGet("/open", async (CourseService s, [AsParameters] ApiCaller c) => TypedResults.Ok(await s.ForProducerAsync(c.Scope, c.Cancellation)))
            .WithName("ListOpenCourses").WithSummary("Published courses for producers in the producer's province.");
        producer.MapPost("/courses/{id:int}/register", async (int id, RegistrationService s, [AsParameters] ApiCaller c) =>
                await Mine(await s.RegisterSelfAsync(id, c.Scope, c.Cancellation), s, c))
            .WithName("RegisterForCourse").WithSummary("The producer registers for a course open to them (refused when full).");
        producer.MapGet("/registrations/mine", async (RegistrationService s, [AsParameters] ApiCaller c) => TypedResults.Ok(await s.MineAsync(c.Scope, c.Cancellation)))
            .WithName("ListMyRegistrations").WithSummary("The producer's own registrations.");
        producer.MapPost("/registrations/{id:int}/feedback", async (int id, FeedbackInput input, RegistrationService s, [AsParameters] ApiCaller c) =>
                await Mine(await s.FeedbackAsync(id, input, c.Scope, c.Cancellation), s, c))
            .WithName("GiveCourseFeedback").WithSummary("The trainee's rating and comment after the course.");

        var either = training.MapGroup("/registrations").RequireAuthorization(Policies.RegistryEditor);
        either.MapDelete("/{id:int}", async (int id, RegistrationService s, [AsParameters] ApiCaller c) =>
                await (await s.CancelAsync(id, c.Scope, c.Cancellation)).ToNoContentAsync(c))
            .WithName("CancelRegistration").WithSummary("Cancels a registration before the course starts; the seat becomes free.");
        either.MapGet("/{id:int}/certificate", async (int id, RegistrationService s, [AsParameters] ApiCaller c) =>
                await (await s.CertificateAsync(id, c.Scope, c.Cancellation))
                    .ToResultAsync(c, pdf => Task.FromResult<FileContentHttpResult?>(TypedResults.File(pdf, "application/pdf", $"giay-chung-nhan-{id}.pdf"))))
            .WithName("GetAttendanceCertificate").WithSummary("The attendance certificate (PDF) of a trainee present at every session.");
        return app;
    }

    private static Task<Results<Results<Created<CourseItem>, Ok<CourseItem>>, NotFound, ValidationProblem, ProblemHttpResult>> Course(
        ServiceResult<int> result, bool created, CourseService service, ApiCaller caller) =>
        result.ToSavedAsync(created, caller, id => $"/api/v1/training/courses/{id}", id => service.GetAsync(id, caller.Scope, caller.Cancellation));

    private static Task<Results<Ok<List<RegistrationItem>>, NotFound, ValidationProblem, ProblemHttpResult>> Registrations(
        int courseId, ServiceResult<int> result, RegistrationService service, ApiCaller caller) =>
        result.ToOkAsync(caller, _ => service.ListAsync(courseId, caller.Scope, caller.Cancellation));

    private static Task<Results<Ok<RegistrationItem>, NotFound, ValidationProblem, ProblemHttpResult>> Mine(
        ServiceResult<int> result, RegistrationService service, ApiCaller caller) =>
        result.ToOkAsync(caller, id => service.GetAsync(id, caller.Scope, caller.Cancellation));
}
