namespace Ocop.Web.Features.Integration;

public static class IntegrationSetup
{
    public static IServiceCollection AddOcopIntegration(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddScoped<IntegrationTokenService>();
        services.AddScoped<ProductFeedService>();
        services.AddApiRateLimits(configuration);
        return services;
    }

    public static IEndpointRouteBuilder MapIntegrationEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapIntegrationTokenEndpoints();
        app.MapProductFeedEndpoints();
        return app;
    }
}
