namespace Ocop.Web.Features.Traceability;

public static class TraceabilitySetup
{
    public static IServiceCollection AddOcopTraceability(this IServiceCollection services)
    {
        services.AddSingleton<ScanCounter>();
        services.AddScoped<ScanCountWriter>();
        services.AddScoped<ResolverService>();
        services.AddScoped<LotService>();
        services.AddScoped<LotDocumentService>();
        services.AddScoped<ScanStatistics>();
        services.AddHostedService<ScanCountFlusher>();
        return services;
    }
}
