namespace Ocop.Web.Features.Import;

public static class ImportSetup
{
    public static IServiceCollection AddOcopImport(this IServiceCollection services)
    {
        services.AddScoped<ImportService>();
        services.AddScoped<ImportWriter>();
        services.AddScoped<RegistryExport>();
        services.AddScoped<ProducerExport>();
        services.AddScoped<CertificateExport>();
        services.AddScoped<ListExports>();
        services.AddSingleton<ImportProgress>();
        return services;
    }
}
