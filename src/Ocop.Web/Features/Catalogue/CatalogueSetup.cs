using System.Threading.RateLimiting;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Ocop.Web.Features.Catalogue;

public static class CatalogueSetup
{
    public const string HandbookPolicy = "handbook";

    public static IServiceCollection AddOcopCatalogue(this IServiceCollection services)
    {
        services.AddSingleton<CatalogueIndex>();
        services.AddSingleton<CatalogueResultCache>();
        services.AddSingleton<IInterceptor, CatalogueChangeInterceptor>();
        services.AddScoped<CatalogueLoader>();
        services.AddScoped<CatalogueService>();
        services.AddScoped<HandbookService>();
        services.AddRateLimiter(options =>
        {
            // A handbook is a few hundred kilobytes of PDF work: a handful per minute per client is plenty for people.
            options.AddPolicy(HandbookPolicy, context => RateLimitPartition.GetFixedWindowLimiter(
                context.Connection.RemoteIpAddress?.ToString() ?? "unknown",
                _ => new FixedWindowRateLimiterOptions { PermitLimit = 6, Window = TimeSpan.FromMinutes(1) }));
        });
        return services;
    }
}
