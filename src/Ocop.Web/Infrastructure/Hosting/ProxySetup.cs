using System.Net;
using Microsoft.AspNetCore.HttpOverrides;

namespace Ocop.Web.Infrastructure.Hosting;

/// <summary>
/// Running behind a reverse proxy that ends TLS. Only the proxies named in `Ocop:Proxy:KnownProxies` (addresses) or
/// `Ocop:Proxy:KnownNetworks` (CIDR) are believed when they say who the client is and whether it used HTTPS; anyone else's
/// X-Forwarded-* headers are ignored, so a client cannot pick its own address and reset its allowances. The Host header is
/// never believed: `AllowedHosts` filters it and every absolute link is built from `Ocop:PublicBaseUrl`.
/// </summary>
public static class ProxySetup
{
    public static WebApplicationBuilder AddOcopProxy(this WebApplicationBuilder builder)
    {
        var site = PublicSite.From(builder.Configuration, builder.Environment);
        var proxies = builder.Configuration.GetSection("Ocop:Proxy:KnownProxies").Get<string[]>() ?? [];
        var networks = builder.Configuration.GetSection("Ocop:Proxy:KnownNetworks").Get<string[]>() ?? [];
        builder.Services.Configure<ForwardedHeadersOptions>(options =>
        {
            options.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto;
            foreach (var proxy in proxies)
            {
                options.KnownProxies.Add(IPAddress.TryParse(proxy, out var address)
                    ? address
                    : throw new InvalidOperationException($"Ocop:Proxy:KnownProxies: \"{proxy}\" is not an IP address."));
            }

            foreach (var network in networks)
            {
                options.KnownIPNetworks.Add(System.Net.IPNetwork.TryParse(network, out var parsed)
                    ? parsed
                    : throw new InvalidOperationException($"Ocop:Proxy:KnownNetworks: \"{network}\" is not a network in CIDR form (e.g. 10.0.0.0/24)."));
            }
        });

        builder.Services.AddSingleton(site);
        if (site.Https)
        {
            // The public address is HTTPS: no cookie of ours may travel over plain HTTP, even on a misrouted request.
            builder.Services.Configure<CookiePolicyOptions>(o => o.Secure = CookieSecurePolicy.Always);
            builder.Services.AddHttpsRedirection(o => o.HttpsPort = site.Port);
        }

        return builder;
    }

    /// <summary>First in the pipeline: everything after it sees the client's address and scheme.</summary>
    public static WebApplication UseOcopProxy(this WebApplication app)
    {
        app.UseForwardedHeaders();
        var site = app.Services.GetRequiredService<PublicSite>();
        if (site.Https)
        {
            app.UseCookiePolicy();
            // Health probes come from the load balancer over plain HTTP to the node itself.
            app.UseWhen(c => !c.Request.Path.StartsWithSegments("/health"), https => https.UseHttpsRedirection());
        }

        return app;
    }
}
