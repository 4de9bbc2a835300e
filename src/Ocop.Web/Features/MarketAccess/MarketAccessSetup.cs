namespace Ocop.Web.Features.MarketAccess;

public static class MarketAccessSetup
{
    public static IServiceCollection AddOcopMarketAccess(this IServiceCollection services)
    {
        services.AddScoped<SalesPointService>();
        services.AddScoped<ListingService>();
        services.AddScoped<InquiryService>();
        services.AddScoped<ConsignmentService>();
        services.AddScoped<InquiryThrottle>();
        return services;
    }
}
