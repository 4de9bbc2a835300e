namespace Ocop.Web.Features.Fairs;

public static class FairSetup
{
    public static IServiceCollection AddOcopFairs(this IServiceCollection services)
    {
        services.AddScoped<FairService>();
        services.AddScoped<BoothApplicationService>();
        services.AddScoped<FairResultsService>();
        return services;
    }
}
