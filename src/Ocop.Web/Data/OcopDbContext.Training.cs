using Microsoft.EntityFrameworkCore;
using Ocop.Web.Features.Training;

namespace Ocop.Web.Data;

public abstract partial class OcopDbContext
{
    public DbSet<TrainingCourse> TrainingCourses => Set<TrainingCourse>();
    public DbSet<CourseSession> CourseSessions => Set<CourseSession>();
    public DbSet<CourseRegistration> CourseRegistrations => Set<CourseRegistration>();
    public DbSet<SessionAttendance> SessionAttendances => Set<SessionAttendance>();
}
