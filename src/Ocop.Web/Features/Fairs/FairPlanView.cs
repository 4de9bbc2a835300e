namespace Ocop.Web.Features.Fairs;

/// <summary>
/// What the floor-plan partial draws: the plan, and for officers a link on each booth (to select it for
/// allocation) and the booth selected. <see cref="ShowExhibitors"/> names the exhibitor in each taken booth's tooltip.
/// </summary>
public sealed record FairPlanView(FairPlan Plan, string? BoothLink = null, int? SelectedBoothId = null, bool ShowExhibitors = true)
{
    /// <summary>The zone's colour class on the plan and in the legend, by kind.</summary>
    public static string ZoneClass(ZoneKind kind) => kind switch
    {
        ZoneKind.EconomicAchievements => "zone-achievements",
        ZoneKind.KeyOcopRural => "zone-ocop",
        ZoneKind.OtherProvinces => "zone-provinces",
        _ => "zone-specialties",
    };
}
