namespace Ocop.Web.Features.Inspections;

public static class InspectionSetup
{
    public static IServiceCollection AddOcopInspections(this IServiceCollection services) => services.AddScoped<InspectionService>();
}
