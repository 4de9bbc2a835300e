using Microsoft.EntityFrameworkCore;
using Ocop.Web.Data;
using Ocop.Web.Features.Accounts;
using Ocop.Web.Infrastructure;

namespace Ocop.Web.Features.Training;

/// <summary>
/// Trainees on courses: producers register themselves from the portal, officers register producers and
/// officials; seats are taken by a conditional update (<c>Registered + 1 WHERE Registered &lt; Capacity</c>) in
/// the registration's transaction, so a course never takes more than its capacity, also under parallel
/// clicks. Officers take attendance per session; trainees present at every session get the certificate.
/// </summary>
public sealed class RegistrationService(OcopDbContext db, CourseService courses, TimeProvider clock)
{
    /// <summary>A producer registers for a published course of their province that is for producers and has not started.</summary>
    public async Task<ServiceResult<int>> RegisterSelfAsync(int courseId, UserScope scope, CancellationToken ct)
    {
        var producer = scope.IsProducer ? await db.Producers.AsNoTracking().SingleOrDefaultAsync(p => p.Id == scope.ProducerId, ct) : null;
        var course = producer is null ? null : await db.TrainingCourses.AsNoTracking()
            .SingleOrDefaultAsync(c => c.Id == courseId && c.IsPublished && c.Audience != TrainingAudience.Officials && c.ProvinceCode == producer.ProvinceCode, ct);
        if (course is null)
        {
            return ServiceResult<int>.NotFound();
        }

        if (VietnamTime.Today(clock) >= course.StartsOn)
        {
            return ServiceResult<int>.Invalid("CourseId", "Validation.Registration.Started");
        }

        return await TakeSeatAsync(course, new CourseRegistration
        {
            CourseId = courseId, ProducerId = producer!.Id, ParticipantName = producer.Name, CommuneCode = producer.CommuneCode, ProvinceCode = producer.ProvinceCode,
            RegisteredBy = scope.UserName,
        }, ct);
    }

    /// <summary>An officer registers a producer of the province or an official (name, organisation, commune of the province).</summary>
    public async Task<ServiceResult<int>> RegisterAsync(int courseId, RegistrationInput input, UserScope scope, CancellationToken ct)
    {
        var course = await courses.ManagedBy(scope).AsNoTracking().SingleOrDefaultAsync(c => c.Id == courseId, ct);
        if (course is null)
        {
            return ServiceResult<int>.NotFound();
        }

        CourseRegistration registration;
        if (input.ProducerId is { } producerId)
        {
            var producer = await db.Producers.AsNoTracking().SingleOrDefaultAsync(p => p.Id == producerId && p.ProvinceCode == course.ProvinceCode, ct);
            if (producer is null)
            {
                return ServiceResult<int>.Invalid(nameof(input.ProducerId), "Validation.Registration.Producer");
            }

            registration = new CourseRegistration { ProducerId = producerId, ParticipantName = producer.Name, CommuneCode = producer.CommuneCode, ProvinceCode = producer.ProvinceCode };
        }
        else
        {
            var errors = new ValidationErrors();
            TextRules.RequireName(errors, nameof(input.ParticipantName), input.ParticipantName, 200);
            TextRules.MaxLength(errors, nameof(input.Organisation), input.Organisation, 200);
            var commune = TextRules.Clean(input.CommuneCode);
            if (commune is not null && !await db.Communes.AnyAsync(c => c.Code == commune && c.ProvinceCode == course.ProvinceCode, ct))
            {
                errors.Add(nameof(input.CommuneCode), "Validation.Registration.Commune");
            }

            if (errors.Any)
            {
                return ServiceResult<int>.Invalid(errors.ToDictionary());
            }

            registration = new CourseRegistration
            {
                ParticipantName = input.ParticipantName!.Trim(), Organisation = TextRules.Clean(input.Organisation), IsOfficial = true, CommuneCode = commune, ProvinceCode = course.ProvinceCode,
            };
        }

        registration.CourseId = courseId;
        registration.RegisteredBy = scope.UserName;
        return await TakeSeatAsync(course, registration, ct);
    }

    private async Task<ServiceResult<int>> TakeSeatAsync(TrainingCourse course, CourseRegistration registration, CancellationToken ct)
    {
        if (registration.ProducerId is { } producerId && await db.CourseRegistrations.AnyAsync(r => r.CourseId == course.Id && r.ProducerId == producerId && !r.IsCancelled, ct))
        {
            return ServiceResult<int>.Invalid("CourseId", "Validation.Registration.Already");
        }

        registration.RegisteredAt = clock.GetUtcNow().UtcDateTime;
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        var seated = await db.TrainingCourses.Where(c => c.Id == course.Id && c.Registered < c.Capacity)
            .ExecuteUpdateAsync(u => u.SetProperty(c => c.Registered, c => c.Registered + 1), ct);
        if (seated == 0)
        {
            await transaction.RollbackAsync(ct);
            return ServiceResult<int>.Invalid("CourseId", "Validation.Registration.Full");
        }

        db.CourseRegistrations.Add(registration);
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException)
        {
            // The same producer registering twice at once: the filtered unique index keeps one, and the seat goes back.
            await transaction.RollbackAsync(ct);
            db.ChangeTracker.Clear();
            return ServiceResult<int>.Invalid("CourseId", "Validation.Registration.Already");
        }

        await transaction.CommitAsync(ct);
        return ServiceResult<int>.Ok(registration.Id);
    }

    /// <summary>The producer cancels their own before the course starts, or an officer cancels any; the seat is freed.</summary>
    public async Task<ServiceResult<int>> CancelAsync(int registrationId, UserScope scope, CancellationToken ct)
    {
        var registration = await VisibleAsync(registrationId, scope, ct);
        if (registration is null || registration.IsCancelled)
        {
            return ServiceResult<int>.NotFound();
        }

        var starts = await db.TrainingCourses.Where(c => c.Id == registration.CourseId).Select(c => c.StartsOn).SingleAsync(ct);
        if (scope.IsProducer && VietnamTime.Today(clock) >= starts)
        {
            return ServiceResult<int>.Invalid("CourseId", "Validation.Registration.Started");
        }

        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        var cancelled = await db.CourseRegistrations.Where(r => r.Id == registrationId && !r.IsCancelled).ExecuteUpdateAsync(u => u.SetProperty(r => r.IsCancelled, true), ct);
        if (cancelled == 1)
        {
            await db.TrainingCourses.Where(c => c.Id == registration.CourseId && c.Registered > 0).ExecuteUpdateAsync(u => u.SetProperty(c => c.Registered, c => c.Registered - 1), ct);
        }

        await transaction.CommitAsync(ct);
        return ServiceResult<int>.Ok(registrationId);
    }

    /// <summary>Takes a session's attendance: the ticked live registrations are present, the others absent. Not for a session still to come.</summary>
    public async Task<ServiceResult<int>> MarkAttendanceAsync(int courseId, AttendanceInput input, UserScope scope, CancellationToken ct)
    {
        var course = await courses.ManagedBy(scope).AsNoTracking().Include(c => c.Sessions).SingleOrDefaultAsync(c => c.Id == courseId, ct);
        if (course is null)
        {
            return ServiceResult<int>.NotFound();
        }

        var session = course.Sessions.FirstOrDefault(s => s.Id == input.SessionId);
        var present = (input.Present ?? []).Distinct().ToList();
        var live = await db.CourseRegistrations.Where(r => r.CourseId == courseId && !r.IsCancelled).Select(r => r.Id).ToListAsync(ct);
        var errors = new ValidationErrors();
        if (session is null)
        {
            errors.Add(nameof(input.SessionId), "Validation.Attendance.Session");
        }
        else if (session.On > VietnamTime.Today(clock))
        {
            errors.Add(nameof(input.SessionId), "Validation.Attendance.Future");
        }

        if (present.Count > course.Capacity)
        {
            errors.Add(nameof(input.Present), "Validation.Attendance.AboveCapacity");
        }
        else if (present.Any(id => !live.Contains(id)))
        {
            errors.Add(nameof(input.Present), "Validation.Attendance.NotRegistered");
        }

        if (errors.Any)
        {
            return ServiceResult<int>.Invalid(errors.ToDictionary());
        }

        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        await db.SessionAttendances.Where(a => a.SessionId == session!.Id && !present.Contains(a.RegistrationId)).ExecuteDeleteAsync(ct);
        var already = await db.SessionAttendances.Where(a => a.SessionId == session!.Id).Select(a => a.RegistrationId).ToListAsync(ct);
        var now = clock.GetUtcNow().UtcDateTime;
        db.SessionAttendances.AddRange(present.Except(already).Select(id => new SessionAttendance { RegistrationId = id, SessionId = session!.Id, MarkedAt = now, MarkedBy = scope.UserName }));
        await db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);
        return ServiceResult<int>.Ok(session!.Id);
    }

    /// <summary>The trainee's rating (1–5) and comment, once they have attended a session.</summary>
    public async Task<ServiceResult<int>> FeedbackAsync(int registrationId, FeedbackInput input, UserScope scope, CancellationToken ct)
    {
        var registration = scope.IsProducer ? await VisibleAsync(registrationId, scope, ct) : null;
        if (registration is null || registration.IsCancelled)
        {
            return ServiceResult<int>.NotFound();
        }

        var errors = new ValidationErrors();
        if (!await db.SessionAttendances.AnyAsync(a => a.RegistrationId == registrationId, ct))
        {
            errors.Add("RegistrationId", "Validation.Feedback.NotAttended");
        }

        if (input.Rating is not (>= 1 and <= 5))
        {
            errors.Add(nameof(input.Rating), "Validation.Feedback.Rating");
        }

        TextRules.MaxLength(errors, nameof(input.Comment), input.Comment, 1000);
        if (errors.Any)
        {
            return ServiceResult<int>.Invalid(errors.ToDictionary());
        }

        await db.CourseRegistrations.Where(r => r.Id == registrationId)
            .ExecuteUpdateAsync(u => u.SetProperty(r => r.FeedbackRating, input.Rating).SetProperty(r => r.FeedbackComment, TextRules.Clean(input.Comment)), ct);
        return ServiceResult<int>.Ok(registrationId);
    }

    /// <summary>The attendance certificate of a trainee present at every session (the trainee's own, or an officer's trainees).</summary>
    public async Task<ServiceResult<byte[]>> CertificateAsync(int registrationId, UserScope scope, CancellationToken ct)
    {
        if (await GetAsync(registrationId, scope, ct) is not { IsCancelled: false } registration)
        {
            return ServiceResult<byte[]>.NotFound();
        }

        if (!registration.Completed)
        {
            return ServiceResult<byte[]>.Invalid("RegistrationId", "Validation.Certificate.NotCompleted");
        }

        var course = (await courses.ByIdAsync(registration.CourseId, ct))!;
        var province = await db.Provinces.Where(p => p.Code == course.ProvinceCode).Select(p => p.Name).SingleAsync(ct);
        return ServiceResult<byte[]>.Ok(TrainingCertificatePdf.Create(registration, course, province, VietnamTime.Today(clock)));
    }

    public async Task<List<RegistrationItem>?> ListAsync(int courseId, UserScope scope, CancellationToken ct) =>
        await courses.ManagedBy(scope).AnyAsync(c => c.Id == courseId, ct) ? await ProjectAsync(db.CourseRegistrations.Where(r => r.CourseId == courseId), ct) : null;

    public async Task<List<RegistrationItem>> MineAsync(UserScope scope, CancellationToken ct) =>
        scope.IsProducer ? await ProjectAsync(db.CourseRegistrations.Where(r => r.ProducerId == scope.ProducerId), ct) : [];

    public async Task<RegistrationItem?> GetAsync(int registrationId, UserScope scope, CancellationToken ct) =>
        await VisibleAsync(registrationId, scope, ct) is { } r ? (await ProjectAsync(db.CourseRegistrations.Where(x => x.Id == r.Id), ct)).Single() : null;

    /// <summary>The producer's own registrations; an officer's, of the courses they manage.</summary>
    private async Task<CourseRegistration?> VisibleAsync(int registrationId, UserScope scope, CancellationToken ct) =>
        scope.IsProducer
            ? await db.CourseRegistrations.AsNoTracking().SingleOrDefaultAsync(r => r.Id == registrationId && r.ProducerId == scope.ProducerId, ct)
            : await db.CourseRegistrations.AsNoTracking().SingleOrDefaultAsync(r => r.Id == registrationId && courses.ManagedBy(scope).Any(c => c.Id == r.CourseId), ct);

    private async Task<List<RegistrationItem>> ProjectAsync(IQueryable<CourseRegistration> registrations, CancellationToken ct)
    {
        var rows = await registrations.AsNoTracking()
            .Select(r => new
            {
                r.Id, r.CourseId, Course = db.TrainingCourses.Where(c => c.Id == r.CourseId).Select(c => c.Title).Single(), r.ProducerId, r.ParticipantName, r.Organisation,
                r.IsOfficial, Commune = db.Communes.Where(c => c.Code == r.CommuneCode).Select(c => c.Name).FirstOrDefault(), r.IsCancelled, r.RegisteredAt,
                Attended = r.Attendance.Select(a => a.SessionId).ToList(), Sessions = db.CourseSessions.Count(s => s.CourseId == r.CourseId), r.FeedbackRating, r.FeedbackComment,
            })
            .ToListAsync(ct);
        return [.. rows
            .Select(r => new RegistrationItem(r.Id, r.CourseId, r.Course, r.ProducerId, r.ParticipantName, r.Organisation, r.IsOfficial, r.Commune, r.IsCancelled,
                r.RegisteredAt, r.Attended, r.Sessions, r.FeedbackRating, r.FeedbackComment))
            .OrderBy(r => r.IsCancelled).ThenBy(r => r.ParticipantName, StringComparer.CurrentCulture)];
    }
}
