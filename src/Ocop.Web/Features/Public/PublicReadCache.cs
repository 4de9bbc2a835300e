using System.Globalization;
using Microsoft.Extensions.Caching.Memory;
using Ocop.Web.Infrastructure;

namespace Ocop.Web.Features.Public;

/// <summary>
/// What the product, lot and certificate pages read from the database, kept in memory under the same version as the
/// stored pages (<see cref="PublicPageVersion"/>), the reader's language and the Vietnam day. The stored page is per
/// address, so a link carrying a new tracking parameter (every TikTok or Facebook click has its own), the other
/// language or a page not yet stored is drawn from memory instead of eight queries: a page not in the store is not a
/// cliff. `Ocop:PublicCache:ReadEntries` (20,000) bounds it; `Ocop:PublicCache:Reads=false` reads every time.
/// </summary>
public sealed class PublicReadCache(PublicPageVersion version, TimeProvider clock, IConfiguration configuration) : IDisposable
{
    private readonly bool enabled = configuration.GetValue("Ocop:PublicCache:Reads", true);
    private readonly MemoryCache entries = new(new MemoryCacheOptions { SizeLimit = configuration.GetValue("Ocop:PublicCache:ReadEntries", 20_000L) });
    private string lastVersion = string.Empty;

    /// <summary>The value read for <paramref name="key"/> under the current version, or read now (a miss, null included, is kept too).</summary>
    public async Task<T?> GetAsync<T>(string kind, string key, Func<Task<T?>> read)
        where T : class
    {
        if (!enabled)
        {
            return await read();
        }

        var current = version.Current;
        if (!string.Equals(Volatile.Read(ref lastVersion), current, StringComparison.Ordinal))
        {
            // Everything kept belongs to an older version, which no request asks for again.
            Volatile.Write(ref lastVersion, current);
            entries.Clear();
        }

        var full = string.Join('|', kind, key, current, CultureInfo.CurrentUICulture.Name, VietnamTime.Today(clock).DayNumber.ToString(CultureInfo.InvariantCulture));
        if (entries.TryGetValue(full, out Kept<T>? kept))
        {
            return kept!.Value;
        }

        var value = await read();
        entries.Set(full, new Kept<T>(value), new MemoryCacheEntryOptions { Size = 1, SlidingExpiration = TimeSpan.FromMinutes(10) });
        return value;
    }

    public void Dispose() => entries.Dispose();

    private sealed record Kept<T>(T? Value);
}
