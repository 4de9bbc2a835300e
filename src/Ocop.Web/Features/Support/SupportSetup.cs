namespace Ocop.Web.Features.Support;

public static class SupportSetup
{
    public static IServiceCollection AddOcopSupport(this IServiceCollection services)
    {
        services.AddScoped<SupportService>();
        services.AddScoped<PolicyService>();
        return services;
    }
}
