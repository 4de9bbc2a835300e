using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Ocop.Web.Features.Audit;
using Ocop.Web.Features.Producers;

namespace Ocop.Web.Features.Training;

/// <summary>What a course teaches (the programme reports count trainees per topic).</summary>
public enum TrainingTopic
{
    OcopProcess,
    DigitalOcop,
    ECommerce,
    SocialSelling,
    ProductDevelopment,
    QualityStandards,
    PackagingAndLabels,
    Traceability,
    IntellectualProperty,
    Marketing,
    Other,
}

/// <summary>Who a course is for.</summary>
public enum TrainingAudience
{
    Officials,
    Producers,
    Both,
}

/// <summary>
/// A training course run by a province: topic, audience, dates, place or online, trainer, capacity and its
/// sessions. Published courses for producers take registrations from the portal until they start; officers
/// register anyone. <see cref="Registered"/> counts the live registrations, changed only by a conditional
/// update, so a course never takes more than <see cref="Capacity"/>. Audited.
/// </summary>
public sealed class TrainingCourse : IAuditedEntity
{
    public int Id { get; set; }
    public required string Title { get; set; }
    public TrainingTopic Topic { get; set; }
    public TrainingAudience Audience { get; set; }
    public required string ProvinceCode { get; set; }
    public DateOnly StartsOn { get; set; }
    public DateOnly EndsOn { get; set; }
    public bool IsOnline { get; set; }
    /// <summary>The venue, or the meeting link of an online course.</summary>
    public required string Place { get; set; }
    public string? Trainer { get; set; }
    public int Capacity { get; set; }
    public int Registered { get; set; }
    public string? Description { get; set; }
    public bool IsPublished { get; set; }
    public List<CourseSession> Sessions { get; set; } = [];
    public DateTime CreatedAt { get; set; }
    public string? CreatedBy { get; set; }
    public DateTime UpdatedAt { get; set; }
    public string? UpdatedBy { get; set; }
    public int Version { get; set; }
}

/// <summary>One session of a course (a day or half-day), whose attendance is taken.</summary>
public sealed class CourseSession
{
    public int Id { get; set; }
    public int CourseId { get; set; }
    public DateOnly On { get; set; }
    public required string Title { get; set; }
}

/// <summary>
/// A trainee on a course: a producer (from the portal, or entered by an officer) or an official entered by
/// an officer, with the commune they come from (the reports count by it). Feedback after the course.
/// </summary>
public sealed class CourseRegistration
{
    public int Id { get; set; }
    public int CourseId { get; set; }
    public int? ProducerId { get; set; }
    public Producer? Producer { get; set; }
    public required string ParticipantName { get; set; }
    public string? Organisation { get; set; }
    public bool IsOfficial { get; set; }
    public string? CommuneCode { get; set; }
    public required string ProvinceCode { get; set; }
    public bool IsCancelled { get; set; }
    public DateTime RegisteredAt { get; set; }
    public string? RegisteredBy { get; set; }
    public int? FeedbackRating { get; set; }
    public string? FeedbackComment { get; set; }
    public List<SessionAttendance> Attendance { get; set; } = [];
}

/// <summary>A trainee was present at a session.</summary>
public sealed class SessionAttendance
{
    public int RegistrationId { get; set; }
    public int SessionId { get; set; }
    public DateTime MarkedAt { get; set; }
    public string? MarkedBy { get; set; }
}

internal sealed class TrainingCourseConfiguration : IEntityTypeConfiguration<TrainingCourse>
{
    public void Configure(EntityTypeBuilder<TrainingCourse> b)
    {
        b.ToTable("TrainingCourses", t => t.HasCheckConstraint("CK_TrainingCourses_Registered", "\"Registered\" >= 0 AND \"Registered\" <= \"Capacity\""));
        b.Property(x => x.Title).HasMaxLength(200);
        b.Property(x => x.Topic).HasConversion<string>().HasMaxLength(30);
        b.Property(x => x.Audience).HasConversion<string>().HasMaxLength(20);
        b.Property(x => x.ProvinceCode).HasMaxLength(2);
        b.Property(x => x.Place).HasMaxLength(300);
        b.Property(x => x.Trainer).HasMaxLength(200);
        b.Property(x => x.Description).HasMaxLength(2000);
        b.Property(x => x.CreatedBy).HasMaxLength(256);
        b.Property(x => x.UpdatedBy).HasMaxLength(256);
        b.Property(x => x.Version).IsConcurrencyToken();
        b.HasOne<AdminUnits.Province>().WithMany().HasForeignKey(x => x.ProvinceCode).OnDelete(DeleteBehavior.Restrict);
        b.HasMany(x => x.Sessions).WithOne().HasForeignKey(x => x.CourseId).OnDelete(DeleteBehavior.Cascade);
        b.HasIndex(x => new { x.ProvinceCode, x.StartsOn });
    }
}

internal sealed class CourseSessionConfiguration : IEntityTypeConfiguration<CourseSession>
{
    public void Configure(EntityTypeBuilder<CourseSession> b) => b.Property(x => x.Title).HasMaxLength(200);
}

internal sealed class CourseRegistrationConfiguration : IEntityTypeConfiguration<CourseRegistration>
{
    public void Configure(EntityTypeBuilder<CourseRegistration> b)
    {
        b.Property(x => x.ParticipantName).HasMaxLength(200);
        b.Property(x => x.Organisation).HasMaxLength(200);
        b.Property(x => x.CommuneCode).HasMaxLength(5);
        b.Property(x => x.ProvinceCode).HasMaxLength(2);
        b.Property(x => x.RegisteredBy).HasMaxLength(256);
        b.Property(x => x.FeedbackComment).HasMaxLength(1000);
        b.HasOne<TrainingCourse>().WithMany().HasForeignKey(x => x.CourseId).OnDelete(DeleteBehavior.Cascade);
        b.HasOne(x => x.Producer).WithMany().HasForeignKey(x => x.ProducerId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<AdminUnits.Commune>().WithMany().HasForeignKey(x => x.CommuneCode).OnDelete(DeleteBehavior.Restrict);
        b.HasMany(x => x.Attendance).WithOne().HasForeignKey(x => x.RegistrationId).OnDelete(DeleteBehavior.Cascade);
        // One live registration per producer and course; officials are told apart by name.
        b.HasIndex(x => new { x.CourseId, x.ProducerId }).IsUnique().HasFilter("\"ProducerId\" IS NOT NULL AND NOT \"IsCancelled\"");
        b.HasIndex(x => x.ProducerId);
        b.HasIndex(x => x.CommuneCode);
    }
}

internal sealed class SessionAttendanceConfiguration : IEntityTypeConfiguration<SessionAttendance>
{
    public void Configure(EntityTypeBuilder<SessionAttendance> b)
    {
        b.HasKey(x => new { x.RegistrationId, x.SessionId });
        b.Property(x => x.MarkedBy).HasMaxLength(256);
        b.HasOne<CourseSession>().WithMany().HasForeignKey(x => x.SessionId).OnDelete(DeleteBehavior.Cascade);
        b.HasIndex(x => x.SessionId);
    }
}
