namespace Ocop.Web.Features.Training;

public static class TrainingSetup
{
    public static IServiceCollection AddOcopTraining(this IServiceCollection services)
    {
        services.AddScoped<CourseService>();
        services.AddScoped<RegistrationService>();
        services.AddScoped<TrainingStatsService>();
        return services;
    }
}
