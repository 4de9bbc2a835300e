namespace Ocop.Web.Features.Training;

/// <summary>A course as its form and the API take it; sessions one per line of date and title.</summary>
public sealed class CourseInput
{
    public string? Title { get; set; }
    public TrainingTopic? Topic { get; set; }
    public TrainingAudience? Audience { get; set; }
    public DateOnly? StartsOn { get; set; }
    public DateOnly? EndsOn { get; set; }
    public bool IsOnline { get; set; }
    public string? Place { get; set; }
    public string? Trainer { get; set; }
    public int? Capacity { get; set; }
    public string? Description { get; set; }
    public bool IsPublished { get; set; }
    public List<SessionInput> Sessions { get; set; } = [];
    public int? Version { get; set; }
}

public sealed record SessionInput(DateOnly? On, string? Title);

public sealed record SessionItem(int Id, DateOnly On, string Title);

public sealed record CourseItem(
    int Id, string Title, TrainingTopic Topic, TrainingAudience Audience, string ProvinceCode, DateOnly StartsOn, DateOnly EndsOn,
    bool IsOnline, string Place, string? Trainer, int Capacity, int Registered, string? Description, bool IsPublished,
    IReadOnlyList<SessionItem> Sessions, int Version)
{
    /// <summary>Producers may register themselves: published, for them, not started, seats left.</summary>
    public bool OpenToProducers(DateOnly today) => IsPublished && Audience != TrainingAudience.Officials && today < StartsOn && Registered < Capacity;
}

/// <summary>An officer registers a trainee: a producer (by id) or an official (name, organisation, commune).</summary>
public sealed class RegistrationInput
{
    public int? ProducerId { get; set; }
    public string? ParticipantName { get; set; }
    public string? Organisation { get; set; }
    public string? CommuneCode { get; set; }
}

public sealed record RegistrationItem(
    int Id, int CourseId, string CourseTitle, int? ProducerId, string ParticipantName, string? Organisation, bool IsOfficial, string? CommuneName,
    bool IsCancelled, DateTime RegisteredAt, IReadOnlyList<int> AttendedSessionIds, int SessionCount, int? FeedbackRating, string? FeedbackComment)
{
    /// <summary>The attendance certificate is earned by being present at every session.</summary>
    public bool Completed => !IsCancelled && SessionCount > 0 && AttendedSessionIds.Count == SessionCount;
}

/// <summary>Who was present at a session: the registrations ticked (the others are absent).</summary>
public sealed record AttendanceInput(int? SessionId, List<int> Present);

public sealed record FeedbackInput(int? Rating, string? Comment);

/// <summary>Trainees (present at least once) and courses, by one dimension, for the programme reports.</summary>
public sealed record TrainingCount(string Key, string Label, int Courses, int Trainees);

public sealed record TrainingStats(int Year, int Courses, int Trainees, IReadOnlyList<TrainingCount> ByTopic, IReadOnlyList<TrainingCount> ByAudience, IReadOnlyList<TrainingCount> ByCommune);
