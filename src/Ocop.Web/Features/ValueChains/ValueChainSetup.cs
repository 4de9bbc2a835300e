namespace Ocop.Web.Features.ValueChains;

public static class ValueChainSetup
{
    public static IServiceCollection AddOcopValueChains(this IServiceCollection services) => services.AddScoped<ValueChainService>();
}
