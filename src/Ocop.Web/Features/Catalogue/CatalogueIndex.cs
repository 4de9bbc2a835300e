using System.Diagnostics;

namespace Ocop.Web.Features.Catalogue;

/// <summary>
/// Holds the current <see cref="CatalogueSnapshot"/> and rebuilds it from the database when the registry
/// changes (<see cref="MarkChanged"/>, called after a save that touched products, producers, images or
/// certificates, or on another node: <see cref="CatalogueChangeListener"/>) or when it is older than the refresh interval
/// (writes that bypass the interceptor). One rebuild at a time. Readers wait for a rebuild when the last one was quick (a small
/// catalogue, so a change is visible on the next request); on a large catalogue they keep reading the
/// previous snapshot until the new one is ready, so an officer's edit never stalls the public pages.
/// </summary>
public sealed class CatalogueIndex(IServiceScopeFactory scopes, TimeProvider clock, IConfiguration configuration, ILogger<CatalogueIndex> log)
{
    // Readers wait for a rebuild that took less than this last time (Ocop:Catalogue:WaitForRebuildUnderMs). The tests
    // raise it: their catalogues are tiny, but a loaded CI machine can stretch one build past 300 ms.
    private readonly TimeSpan waitWhenBuildTakesUnder = TimeSpan.FromMilliseconds(configuration.GetValue("Ocop:Catalogue:WaitForRebuildUnderMs", 300.0));
    // The refresh is only a safety net for writes that bypass the save interceptor (ExecuteUpdate, raw SQL): this node's
    // saves mark the index at once, other nodes' reach it through the change feed, and a certificate running out is
    // applied at query time. At 200,000 products a rebuild costs about ten seconds of one core; every 5 minutes (the
    // old default) that was 3% of a two-core server spent for nothing, and it landed in the middle of benchmark rows.
    private readonly TimeSpan refreshAfter = TimeSpan.FromMinutes(configuration.GetValue("Ocop:Catalogue:RefreshMinutes", 60.0));
    private readonly Lock gate = new();
    private CatalogueSnapshot? current;
    private Task<CatalogueSnapshot>? building;
    private long changes;

    public void MarkChanged() => Interlocked.Increment(ref changes);

    /// <summary>When the snapshot now served was built (0 before the first): part of the public pages' cache key. Never starts a rebuild.</summary>
    public long LatestBuiltTicks => Volatile.Read(ref current)?.BuiltAtUtc.Ticks ?? 0;

    public async ValueTask<CatalogueSnapshot> CurrentAsync(CancellationToken ct = default)
    {
        // Twice at most: a rebuild already running may have started before the change this reader must see.
        for (var attempt = 0; attempt < 2; attempt++)
        {
            var snapshot = Volatile.Read(ref current);
            var wanted = Interlocked.Read(ref changes);
            var fresh = snapshot is not null && snapshot.Generation == wanted;
            var young = snapshot is not null && clock.GetUtcNow().UtcDateTime - snapshot.BuiltAtUtc < refreshAfter;
            if (fresh && young)
            {
                return snapshot!;
            }

            var rebuild = Rebuild();
            var quick = snapshot is not null && snapshot.BuildTime < waitWhenBuildTakesUnder;
            if (snapshot is not null && (fresh || !quick))
            {
                return snapshot; // only old, or a large catalogue: serve the previous picture while the new one is built
            }

            await rebuild.WaitAsync(ct);
        }

        return Volatile.Read(ref current)!;
    }

    /// <summary>Starts a rebuild unless one is running; either way returns the running one.</summary>
    private Task<CatalogueSnapshot> Rebuild()
    {
        lock (gate)
        {
            if (building is { IsCompleted: false })
            {
                return building;
            }

            return building = Task.Run(BuildAsync);
        }
    }

    private async Task<CatalogueSnapshot> BuildAsync()
    {
        var generation = Interlocked.Read(ref changes);
        var watch = Stopwatch.StartNew();
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            var (entries, labels, resolvable) = await scope.ServiceProvider.GetRequiredService<CatalogueLoader>().LoadAsync(CancellationToken.None);
            var snapshot = new CatalogueSnapshot(entries, labels, resolvable, generation, clock.GetUtcNow().UtcDateTime) { BuildTime = watch.Elapsed };
            Volatile.Write(ref current, snapshot);
            Infrastructure.Hosting.OcopMetrics.CatalogueRebuild.Record(watch.Elapsed.TotalSeconds);
            log.LogInformation("Catalogue index built: {Count} listed products, {Words} words, in {Elapsed} ms", entries.Count, snapshot.Text.WordCount, watch.ElapsedMilliseconds);
            return snapshot;
        }
        catch (Exception e) when (current is not null)
        {
            // Keep serving the last good picture; the next reader tries again.
            log.LogError(e, "Catalogue index rebuild failed; the previous one stays in use");
            return current;
        }
    }
}
