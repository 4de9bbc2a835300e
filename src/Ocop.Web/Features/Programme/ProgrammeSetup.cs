namespace Ocop.Web.Features.Programme;

public static class ProgrammeSetup
{
    public static IServiceCollection AddOcopProgramme(this IServiceCollection services)
    {
        services.AddScoped<TargetService>();
        services.AddScoped<DashboardService>();
        services.AddScoped<NationalDashboardService>();
        return services;
    }
}
