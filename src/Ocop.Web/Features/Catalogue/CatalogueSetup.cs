using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Ocop.Web.Features.Catalogue;

public static class CatalogueSetup
{
    public static IServiceCollection AddOcopCatalogue(this IServiceCollection services)
    {
        services.AddSingleton<CatalogueIndex>();
        services.AddSingleton<CatalogueResultCache>();
        services.AddSingleton<CatalogueChangeFeed>();
        services.AddHostedService<CatalogueChangeListener>();
        services.AddSingleton<IInterceptor, CatalogueChangeInterceptor>();
        services.AddScoped<CatalogueLoader>();
        services.AddScoped<CatalogueService>();
        services.AddScoped<HandbookService>();
        services.AddScoped<HandbookThrottle>();
        return services;
    }
}
