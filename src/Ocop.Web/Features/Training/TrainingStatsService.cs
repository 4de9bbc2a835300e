using Microsoft.EntityFrameworkCore;
using Ocop.Web.Data;
using Ocop.Web.Features.Accounts;

namespace Ocop.Web.Features.Training;

/// <summary>
/// The training counts the programme reports: for the courses starting in a year, the trainees (live
/// registrations present at one session at least) by topic, by kind of trainee (officials / producers) and
/// by the commune they come from; courses counted where they had such trainees (by topic: every course).
/// </summary>
public sealed class TrainingStatsService(OcopDbContext db, CourseService courses)
{
    public const string NoCommune = "";

    public async Task<TrainingStats> StatsAsync(int year, UserScope scope, CancellationToken ct)
    {
        var from = new DateOnly(year, 1, 1);
        var to = new DateOnly(year, 12, 31);
        var yearCourses = await courses.ManagedBy(scope).AsNoTracking().Where(c => c.StartsOn >= from && c.StartsOn <= to)
            .Select(c => new { c.Id, c.Topic }).ToListAsync(ct);
        var ids = yearCourses.Select(c => c.Id).ToList();
        var trainees = await db.CourseRegistrations.AsNoTracking()
            .Where(r => ids.Contains(r.CourseId) && !r.IsCancelled && r.Attendance.Any())
            .Select(r => new { r.CourseId, r.IsOfficial, r.CommuneCode, Commune = db.Communes.Where(c => c.Code == r.CommuneCode).Select(c => c.Name).FirstOrDefault() })
            .ToListAsync(ct);
        var topicOf = yearCourses.ToDictionary(c => c.Id, c => c.Topic);
        var byTopic = yearCourses.GroupBy(c => c.Topic)
            .Select(g => new TrainingCount(g.Key.ToString(), g.Key.ToString(), g.Count(), trainees.Count(t => topicOf[t.CourseId] == g.Key)))
            .OrderByDescending(c => c.Trainees).ThenBy(c => c.Key, StringComparer.Ordinal).ToList();
        var byAudience = trainees.GroupBy(t => t.IsOfficial ? TrainingAudience.Officials : TrainingAudience.Producers)
            .Select(g => new TrainingCount(g.Key.ToString(), g.Key.ToString(), g.Select(t => t.CourseId).Distinct().Count(), g.Count()))
            .OrderBy(c => c.Key, StringComparer.Ordinal).ToList();
        var byCommune = trainees.GroupBy(t => (t.CommuneCode ?? NoCommune, t.Commune ?? NoCommune))
            .Select(g => new TrainingCount(g.Key.Item1, g.Key.Item2, g.Select(t => t.CourseId).Distinct().Count(), g.Count()))
            .OrderByDescending(c => c.Trainees).ThenBy(c => c.Label, StringComparer.CurrentCulture).ToList();
        return new TrainingStats(year, yearCourses.Count, trainees.Count, byTopic, byAudience, byCommune);
    }
}
