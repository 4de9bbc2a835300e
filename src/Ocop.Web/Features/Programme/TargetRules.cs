using Ocop.Web.Infrastructure;

namespace Ocop.Web.Features.Programme;

/// <summary>The days a target covers and the period it belongs to.</summary>
public sealed record TargetWindow(DateOnly StartsOn, DateOnly DueOn, string? PeriodCode);

/// <summary>What makes a target valid (pure: the caller says whether the commune is one of the province's).</summary>
public static class TargetRules
{
    public const int FirstYear = 2018;
    public const int LastYear = 2100;
    private const decimal MaxValue = 10_000_000m;

    public static (TargetWindow Window, ValidationErrors Errors) Check(TargetInput input, bool communeOfProvince)
    {
        var errors = new ValidationErrors();
        var metric = MetricCatalogue.Find(input.MetricKey);
        if (metric is null)
        {
            errors.Add(nameof(input.MetricKey), "Validation.Target.Metric");
        }

        if (!communeOfProvince)
        {
            errors.Add(nameof(input.CommuneCode), "Validation.Target.Commune");
        }
        else if (input.CommuneCode is not null && metric is { ByCommune: false })
        {
            errors.Add(nameof(input.CommuneCode), "Validation.Target.NotByCommune");
        }

        var window = Window(input, errors);
        CheckNumbers(input, metric, errors);
        TextRules.MaxLength(errors, nameof(input.Title), input.Title, 200);
        TextRules.MaxLength(errors, nameof(input.Source), input.Source, 200);
        return (window, errors);
    }

    private static TargetWindow Window(TargetInput input, ValidationErrors errors)
    {
        var period = ProgrammePeriods.Find(input.PeriodCode);
        if (input.PeriodCode is not null && period is null)
        {
            errors.Add(nameof(input.PeriodCode), "Validation.Target.Period");
        }

        if (input.Year is { } year && (year < FirstYear || year > LastYear))
        {
            errors.Add(nameof(input.Year), "Validation.Target.Year");
            return new TargetWindow(default, default, null);
        }

        if (input.Year is not null && input.PeriodCode is not null)
        {
            errors.Add(nameof(input.Year), "Validation.Target.YearOrPeriod");
        }

        var startsOn = input.StartsOn ?? (input.Year is { } y ? new DateOnly(y, 1, 1) : period?.StartsOn);
        var dueOn = input.DueOn ?? (input.Year is { } z ? new DateOnly(z, 12, 31) : period?.EndsOn);
        if (startsOn is null || dueOn is null)
        {
            errors.Add(nameof(input.DueOn), "Validation.Target.When");
            return new TargetWindow(default, default, null);
        }

        if (dueOn < startsOn)
        {
            errors.Add(nameof(input.DueOn), "Validation.Target.EndsBeforeStart");
        }
        else if (startsOn.Value.Year < FirstYear || dueOn.Value.Year > LastYear)
        {
            errors.Add(nameof(input.DueOn), "Validation.Target.Year");
        }

        var periodCode = period?.Code ?? (ProgrammePeriods.Of(startsOn.Value.Year) is { } p && dueOn.Value.Year <= p.LastYear ? p.Code : null);
        return new TargetWindow(startsOn.Value, dueOn.Value, periodCode);
    }

    private static void CheckNumbers(TargetInput input, ProgrammeMetric? metric, ValidationErrors errors)
    {
        if (input.Kind is not { } kind || !Enum.IsDefined(kind))
        {
            errors.Add(nameof(input.Kind), "Validation.Target.Kind");
            return;
        }

        var max = metric?.Unit == MetricUnit.Percent ? 100m : MaxValue;
        bool Bad(decimal v) => v < 0 || v > max || (metric?.Unit != MetricUnit.Percent && decimal.Round(v) != v) || decimal.Round(v, 1) != v;
        if (input.Value is not { } value || Bad(value))
        {
            errors.Add(nameof(input.Value), metric?.Unit == MetricUnit.Percent ? "Validation.Target.Percent" : "Validation.Target.Count");
        }
        else if (kind == TargetKind.Range && (input.UpperValue is not { } upper || Bad(upper) || upper <= value))
        {
            errors.Add(nameof(input.UpperValue), "Validation.Target.Range");
        }
    }
}
