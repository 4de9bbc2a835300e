using Microsoft.Extensions.Caching.Memory;

namespace Ocop.Web.Features.Catalogue;

/// <summary>
/// Recent catalogue results, bounded (20,000 entries, the least used dropped first, none kept over ten
/// minutes unused). Its own cache, so its size limit binds no other part of the app.
/// `Ocop:Catalogue:ResultCache` = false turns it off (the benchmark measures both ways).
/// </summary>
public sealed class CatalogueResultCache(IConfiguration configuration) : IDisposable
{
    private readonly MemoryCache cache = new(new MemoryCacheOptions { SizeLimit = 20_000 });
    private readonly bool enabled = configuration.GetValue("Ocop:Catalogue:ResultCache", true);

    public CatalogueResult GetOrAdd(object key, Func<CatalogueResult> search)
    {
        if (!enabled)
        {
            return search();
        }

        if (cache.TryGetValue(key, out CatalogueResult? found))
        {
            return found!;
        }

        var result = search();
        cache.Set(key, result, new MemoryCacheEntryOptions { Size = 1, SlidingExpiration = TimeSpan.FromMinutes(10) });
        return result;
    }

    public void Dispose() => cache.Dispose();
}
