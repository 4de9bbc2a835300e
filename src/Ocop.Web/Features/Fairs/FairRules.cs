using System.Text.RegularExpressions;
using Ocop.Web.Infrastructure;

namespace Ocop.Web.Features.Fairs;

/// <summary>The field rules of fairs and zones (what needs no database).</summary>
public static partial class FairRules
{
    public const int MaxBoothsPerFair = 600;
    public const int MaxHallSide = 500;
    private const decimal MaxPrice = 1_000_000_000m;

    public static ValidationErrors Check(FairInput input)
    {
        var errors = new ValidationErrors();
        TextRules.RequireName(errors, nameof(input.Name), input.Name, 200);
        TextRules.RequireName(errors, nameof(input.Organiser), input.Organiser, 200);
        TextRules.RequireName(errors, nameof(input.Venue), input.Venue, 300);
        TextRules.MaxLength(errors, nameof(input.Description), input.Description, 2000);
        if (input.StartsOn is null || input.EndsOn is null)
        {
            errors.Add(nameof(input.StartsOn), "Validation.Fair.Dates");
        }
        else if (input.EndsOn < input.StartsOn)
        {
            errors.Add(nameof(input.EndsOn), "Validation.Fair.EndsBeforeStart");
        }
        else if (input.EndsOn.Value.DayNumber - input.StartsOn.Value.DayNumber > 60)
        {
            errors.Add(nameof(input.EndsOn), "Validation.Fair.TooLong");
        }

        if (input.ApplicationsCloseOn is null || (input.StartsOn is { } start && input.ApplicationsCloseOn > start))
        {
            errors.Add(nameof(input.ApplicationsCloseOn), "Validation.Fair.ApplicationsClose");
        }

        if (input.MaxBoothsPerProducer is not (>= 1 and <= 10))
        {
            errors.Add(nameof(input.MaxBoothsPerProducer), "Validation.Fair.MaxBooths");
        }

        if (input.HallWidth is not (>= 10 and <= MaxHallSide) || input.HallDepth is not (>= 10 and <= MaxHallSide))
        {
            errors.Add(nameof(input.HallWidth), "Validation.Fair.Hall");
        }

        return errors;
    }

    public static ValidationErrors Check(ZoneInput input)
    {
        var errors = new ValidationErrors();
        if (input.Code is null || !ZoneCode().IsMatch(input.Code.Trim()))
        {
            errors.Add(nameof(input.Code), "Validation.Zone.Code");
        }

        TextRules.RequireName(errors, nameof(input.Name), input.Name, 200);
        TextRules.MaxLength(errors, nameof(input.NameEn), input.NameEn, 200);
        if (input.Kind is not { } kind || !Enum.IsDefined(kind))
        {
            errors.Add(nameof(input.Kind), "Validation.Zone.Kind");
        }

        if (input.X is not (>= 0 and < MaxHallSide) || input.Y is not (>= 0 and < MaxHallSide))
        {
            errors.Add(nameof(input.X), "Validation.Zone.Position");
        }

        if (input.Columns is not (>= 1 and <= 60) || input.Rows is not (>= 1 and <= 30))
        {
            errors.Add(nameof(input.Columns), "Validation.Zone.Grid");
        }

        if (input.BoothWidth is not (>= 2 and <= 20) || input.BoothDepth is not (>= 2 and <= 20))
        {
            errors.Add(nameof(input.BoothWidth), "Validation.Zone.BoothSize");
        }

        if (input.AisleWidth is not (>= 0 and <= 20))
        {
            errors.Add(nameof(input.AisleWidth), "Validation.Zone.Aisle");
        }

        if (!IsPrice(input.Price))
        {
            errors.Add(nameof(input.Price), "Validation.Zone.Price");
        }

        if (!IsPrice(input.CornerPrice))
        {
            errors.Add(nameof(input.CornerPrice), "Validation.Zone.Price");
        }

        return errors;
    }

    /// <summary>Whole đồng, not negative.</summary>
    public static bool IsPrice(decimal? value) => value is { } v && v >= 0 && v <= MaxPrice && decimal.Round(v) == v;

    [GeneratedRegex("^[A-Z]{1,2}$")]
    private static partial Regex ZoneCode();
}
