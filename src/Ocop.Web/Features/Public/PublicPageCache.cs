using Microsoft.AspNetCore.OutputCaching;
using Microsoft.Extensions.Primitives;
using Ocop.Web.Features.Catalogue;
using Ocop.Web.Infrastructure;

namespace Ocop.Web.Features.Public;

/// <summary>
/// The public pages a visitor reaches without signing in (home, catalogue, product, lot, verify, where to buy, fairs)
/// kept as rendered, per address with its query, language and Vietnam day (stars and certificates end by date), for
/// anonymous visitors only. A save that changes what those pages show moves <see cref="PublicPageVersion"/> on, here and
/// (through PostgreSQL) on the other nodes, so the next request renders afresh; `Ocop:PublicCache:Seconds` bounds an
/// entry's life should a notice be lost. `Ocop:PublicCache:Enabled=false` renders every request (benchmarks, debugging).
/// </summary>
public static class PublicPageCache
{
    public const string PolicyName = "public-page";
    public const string Tag = "public-page";

    public static IServiceCollection AddOcopPublicPageCache(this IServiceCollection services, IConfiguration configuration)
    {
        var enabled = configuration.GetValue("Ocop:PublicCache:Enabled", true);
        var lifetime = TimeSpan.FromSeconds(configuration.GetValue("Ocop:PublicCache:Seconds", 600.0));
        services.AddSingleton<PublicPageVersion>();
        services.AddSingleton<PublicReadCache>();
        services.AddOutputCache(o =>
        {
            o.SizeLimit = configuration.GetValue("Ocop:PublicCache:MegaBytes", 200L) * 1024 * 1024;
            o.AddPolicy(PolicyName, new PublicPagePolicy(enabled, lifetime));
        });
        return services;
    }
}

/// <summary>
/// Which public rendering is current: a count moved on by every save that changes a public page (and by other nodes'
/// notices), joined with the catalogue snapshot pages were drawn from. Part of every cache key, so a page rendered
/// from old rows while a save committed is stored under a key no later request asks for.
/// </summary>
public sealed class PublicPageVersion(CatalogueIndex catalogue, IOutputCacheStore store)
{
    private long changes;

    public string Current => $"{Interlocked.Read(ref changes)}.{catalogue.LatestBuiltTicks}";

    public void MarkChanged()
    {
        Interlocked.Increment(ref changes);
        // The entries under the old version are never asked for again: free their memory now.
        _ = store.EvictByTagAsync(PublicPageCache.Tag, CancellationToken.None).AsTask();
    }
}

/// <summary>Caches a public page for anonymous GETs that end in 200 without setting a cookie or forbidding storage.</summary>
internal sealed class PublicPagePolicy(bool enabled, TimeSpan lifetime) : IOutputCachePolicy
{
    public ValueTask CacheRequestAsync(OutputCacheContext context, CancellationToken cancellation)
    {
        var http = context.HttpContext;
        var anonymous = http.User.Identity?.IsAuthenticated != true && StringValues.IsNullOrEmpty(http.Request.Headers.Authorization);
        var cacheable = enabled && anonymous && (HttpMethods.IsGet(http.Request.Method) || HttpMethods.IsHead(http.Request.Method));
        context.EnableOutputCaching = cacheable;
        context.AllowCacheLookup = cacheable;
        context.AllowCacheStorage = cacheable;
        context.AllowLocking = true;
        if (!cacheable)
        {
            return ValueTask.CompletedTask;
        }

        var services = http.RequestServices;
        context.CacheVaryByRules.QueryKeys = "*";
        context.CacheVaryByRules.VaryByValues["lang"] = System.Globalization.CultureInfo.CurrentUICulture.Name;
        context.CacheVaryByRules.VaryByValues["day"] = VietnamTime.Today(services.GetRequiredService<TimeProvider>()).DayNumber.ToString(System.Globalization.CultureInfo.InvariantCulture);
        context.CacheVaryByRules.VaryByValues["version"] = services.GetRequiredService<PublicPageVersion>().Current;
        context.ResponseExpirationTimeSpan = lifetime;
        context.Tags.Add(PublicPageCache.Tag);
        return ValueTask.CompletedTask;
    }

    public ValueTask ServeFromCacheAsync(OutputCacheContext context, CancellationToken cancellation) => ValueTask.CompletedTask;

    public ValueTask ServeResponseAsync(OutputCacheContext context, CancellationToken cancellation)
    {
        // A page that set a cookie or said no-store (the antiforgery token of a form does) belongs to one visitor.
        var response = context.HttpContext.Response;
        if (response.StatusCode != StatusCodes.Status200OK
            || !StringValues.IsNullOrEmpty(response.Headers.SetCookie)
            || response.Headers.CacheControl.Any(v => v is not null && (v.Contains("no-store", StringComparison.OrdinalIgnoreCase) || v.Contains("private", StringComparison.OrdinalIgnoreCase))))
        {
            context.AllowCacheStorage = false;
        }

        return ValueTask.CompletedTask;
    }
}
