using Ocop.Web.Infrastructure;

namespace Ocop.Web.Features.Training;

/// <summary>The field rules of a course (what needs no database).</summary>
public static class CourseRules
{
    public static ValidationErrors Check(CourseInput input, int registered)
    {
        var errors = new ValidationErrors();
        TextRules.RequireName(errors, nameof(input.Title), input.Title, 200);
        TextRules.RequireName(errors, nameof(input.Place), input.Place, 300);
        TextRules.MaxLength(errors, nameof(input.Trainer), input.Trainer, 200);
        TextRules.MaxLength(errors, nameof(input.Description), input.Description, 2000);
        if (input.Topic is not { } topic || !Enum.IsDefined(topic))
        {
            errors.Add(nameof(input.Topic), "Validation.Course.Topic");
        }

        if (input.Audience is not { } audience || !Enum.IsDefined(audience))
        {
            errors.Add(nameof(input.Audience), "Validation.Course.Audience");
        }

        if (input.StartsOn is null || input.EndsOn is null)
        {
            errors.Add(nameof(input.StartsOn), "Validation.Course.Dates");
        }
        else if (input.EndsOn < input.StartsOn)
        {
            errors.Add(nameof(input.EndsOn), "Validation.Course.EndsBeforeStart");
        }

        if (input.Capacity is not { } capacity || capacity < 1 || capacity > CourseService.MaxCapacity)
        {
            errors.Add(nameof(input.Capacity), "Validation.Course.Capacity");
        }
        else if (capacity < registered)
        {
            errors.Add(nameof(input.Capacity), "Validation.Course.CapacityBelowRegistered");
        }

        var sessions = input.Sessions ?? [];
        if (sessions.Count is 0 or > 60)
        {
            errors.Add(nameof(input.Sessions), "Validation.Course.Sessions");
        }
        else if (sessions.Any(s => s.On is null || string.IsNullOrWhiteSpace(s.Title) || s.Title.Trim().Length > 200 || s.Title.IndexOfAny(['<', '>']) >= 0))
        {
            errors.Add(nameof(input.Sessions), "Validation.Course.SessionFields");
        }
        else if (input.StartsOn is { } start && input.EndsOn is { } end && sessions.Any(s => s.On < start || s.On > end))
        {
            errors.Add(nameof(input.Sessions), "Validation.Course.SessionOutside");
        }

        return errors;
    }
}
