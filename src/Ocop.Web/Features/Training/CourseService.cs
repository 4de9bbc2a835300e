using Microsoft.EntityFrameworkCore;
using Ocop.Web.Data;
using Ocop.Web.Features.Accounts;
using Ocop.Web.Infrastructure;

namespace Ocop.Web.Features.Training;

/// <summary>
/// Training courses of a province and their sessions. Province officers (and the national admin) manage
/// them; producers read the published ones of their province that are for them.
/// </summary>
public sealed class CourseService(OcopDbContext db)
{
    public const int MaxCapacity = 2000;

    public async Task<List<CourseItem>> ListAsync(UserScope scope, CancellationToken ct) =>
        [.. (await Project(ManagedBy(scope)).ToListAsync(ct)).OrderByDescending(c => c.StartsOn)];

    public async Task<CourseItem?> GetAsync(int id, UserScope scope, CancellationToken ct) =>
        (await Project(ManagedBy(scope).Where(c => c.Id == id)).ToListAsync(ct)).SingleOrDefault();

    /// <summary>A course read for someone already allowed to see it (a trainee's certificate).</summary>
    internal async Task<CourseItem?> ByIdAsync(int id, CancellationToken ct) =>
        (await Project(db.TrainingCourses.Where(c => c.Id == id)).ToListAsync(ct)).SingleOrDefault();

    /// <summary>Published courses for producers in the producer's province, coming ones first.</summary>
    public async Task<List<CourseItem>> ForProducerAsync(UserScope scope, CancellationToken ct)
    {
        if (!scope.IsProducer)
        {
            return [];
        }

        var province = db.Producers.Where(p => p.Id == scope.ProducerId).Select(p => p.ProvinceCode);
        var courses = db.TrainingCourses.Where(c => c.IsPublished && c.Audience != TrainingAudience.Officials && province.Contains(c.ProvinceCode));
        return [.. (await Project(courses).ToListAsync(ct)).OrderBy(c => c.StartsOn)];
    }

    public async Task<ServiceResult<int>> CreateAsync(CourseInput input, UserScope scope, CancellationToken ct)
    {
        if (OrganiserProvince(scope) is not { } province)
        {
            return ServiceResult<int>.Invalid("ProvinceCode", "Validation.Course.NotOrganiser");
        }

        var errors = CourseRules.Check(input, registered: 0);
        if (errors.Any)
        {
            return ServiceResult<int>.Invalid(errors.ToDictionary());
        }

        var course = new TrainingCourse { Title = input.Title!.Trim(), ProvinceCode = province, Place = input.Place!.Trim() };
        Apply(course, input);
        course.Sessions.AddRange(input.Sessions.Select(s => new CourseSession { On = s.On!.Value, Title = s.Title!.Trim() }));
        db.TrainingCourses.Add(course);
        await db.SaveChangesAsync(ct);
        return ServiceResult<int>.Ok(course.Id);
    }

    /// <summary>Changes the course; its sessions can change only while no attendance has been taken.</summary>
    public async Task<ServiceResult<int>> UpdateAsync(int id, CourseInput input, UserScope scope, CancellationToken ct)
    {
        var course = await ManagedBy(scope).Include(c => c.Sessions).SingleOrDefaultAsync(c => c.Id == id, ct);
        if (course is null)
        {
            return ServiceResult<int>.NotFound();
        }

        if (input.Version != course.Version)
        {
            return ServiceResult<int>.Conflict();
        }

        var errors = CourseRules.Check(input, course.Registered);
        var sessionIds = course.Sessions.Select(s => s.Id).ToList();
        var same = course.Sessions.OrderBy(s => s.Id).Select(s => (s.On, s.Title))
            .SequenceEqual(input.Sessions.Select(s => (s.On ?? default, s.Title?.Trim() ?? "")));
        if (!same && await db.SessionAttendances.AnyAsync(a => sessionIds.Contains(a.SessionId), ct))
        {
            errors.Add(nameof(input.Sessions), "Validation.Course.SessionsLocked");
        }

        if (errors.Any)
        {
            return ServiceResult<int>.Invalid(errors.ToDictionary());
        }

        Apply(course, input);
        if (!same)
        {
            course.Sessions.Clear();
            course.Sessions.AddRange(input.Sessions.Select(s => new CourseSession { On = s.On!.Value, Title = s.Title!.Trim() }));
        }

        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            return ServiceResult<int>.Conflict();
        }

        return ServiceResult<int>.Ok(id);
    }

    /// <summary>Courses of the caller's province; all for the national admin; none for commune officers and producers.</summary>
    internal IQueryable<TrainingCourse> ManagedBy(UserScope scope) =>
        OrganiserProvince(scope) is { } province ? db.TrainingCourses.Where(c => c.ProvinceCode == province)
        : scope.IsNational ? db.TrainingCourses
        : db.TrainingCourses.Where(c => false);

    private static string? OrganiserProvince(UserScope scope) =>
        scope is { IsOfficer: true, IsNational: false, CommuneCode: null } ? scope.ProvinceCode : null;

    private static void Apply(TrainingCourse course, CourseInput input)
    {
        course.Title = input.Title!.Trim();
        course.Topic = input.Topic!.Value;
        course.Audience = input.Audience!.Value;
        course.StartsOn = input.StartsOn!.Value;
        course.EndsOn = input.EndsOn!.Value;
        course.IsOnline = input.IsOnline;
        course.Place = input.Place!.Trim();
        course.Trainer = TextRules.Clean(input.Trainer);
        course.Capacity = input.Capacity!.Value;
        course.Description = TextRules.Clean(input.Description);
        course.IsPublished = input.IsPublished;
    }

    private static IQueryable<CourseItem> Project(IQueryable<TrainingCourse> courses) =>
        courses.AsNoTracking().Select(c => new CourseItem(
            c.Id, c.Title, c.Topic, c.Audience, c.ProvinceCode, c.StartsOn, c.EndsOn, c.IsOnline, c.Place, c.Trainer, c.Capacity, c.Registered,
            c.Description, c.IsPublished, c.Sessions.OrderBy(s => s.On).ThenBy(s => s.Id).Select(s => new SessionItem(s.Id, s.On, s.Title)).ToList(), c.Version));
}
