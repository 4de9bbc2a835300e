using System.Collections.Concurrent;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Ocop.Web.Data;
using Ocop.Web.Infrastructure;

namespace Ocop.Web.Features.Import;

/// <summary>A running import's progress as every node reads it (PostgreSQL): rows written of all, and when last told.</summary>
public sealed class ImportRun
{
    public int BatchId { get; set; }
    public int Done { get; set; }
    public int Total { get; set; }
    public DateTime UpdatedAt { get; set; }
}

/// <summary>
/// How far a running import has come (rows written of all), for the progress bar. The import writes in one long
/// transaction, so its progress is written beside it: on PostgreSQL into <see cref="ImportRun"/> through a connection
/// of its own (committed at once, so the node the browser polls need not be the one importing; no foreign key, so the
/// import's lock on its batch never blocks it); on SQLite — one node, and one writer at a time — in this process.
/// </summary>
public sealed class ImportProgress(IServiceScopeFactory scopes, IConfiguration configuration, TimeProvider clock)
{
    /// <summary>A report older than this is a node that stopped mid-import (its transaction rolled back), not a running one.</summary>
    private static readonly TimeSpan Stale = TimeSpan.FromMinutes(10);

    private readonly ConcurrentDictionary<int, (int Done, int Total)> _running = new();

    private bool Shared => DatabaseSetup.IsPostgres(configuration);

    public async Task ReportAsync(int batchId, int done, int total, CancellationToken ct)
    {
        if (!Shared)
        {
            _running[batchId] = (done, total);
            return;
        }

        var now = clock.GetUtcNow().UtcDateTime;
        await WithContextAsync(db => db.Database.ExecuteSqlInterpolatedAsync(
            $"""
            INSERT INTO "ImportRuns" ("BatchId", "Done", "Total", "UpdatedAt") VALUES ({batchId}, {done}, {total}, {now})
            ON CONFLICT ("BatchId") DO UPDATE SET "Done" = excluded."Done", "Total" = excluded."Total", "UpdatedAt" = excluded."UpdatedAt"
            """, ct));
    }

    public async Task FinishAsync(int batchId)
    {
        _running.TryRemove(batchId, out _);
        if (Shared)
        {
            await WithContextAsync(db => db.ImportRuns.Where(r => r.BatchId == batchId).ExecuteDeleteAsync(CancellationToken.None));
        }
    }

    public async Task<(int Done, int Total)?> OfAsync(int batchId, CancellationToken ct)
    {
        if (!Shared)
        {
            return _running.TryGetValue(batchId, out var p) ? p : null;
        }

        var since = clock.GetUtcNow().UtcDateTime - Stale;
        var run = await WithContextAsync(db => db.ImportRuns.AsNoTracking()
            .Where(r => r.BatchId == batchId && r.UpdatedAt > since).Select(r => new { r.Done, r.Total }).FirstOrDefaultAsync(ct));
        return run is null ? null : (run.Done, run.Total);
    }

    /// <summary>A context of its own: never the request's or the import's, whose transaction must not carry the progress.</summary>
    private async Task<T> WithContextAsync<T>(Func<OcopDbContext, Task<T>> action)
    {
        await using var scope = scopes.CreateAsyncScope();
        return await action(scope.ServiceProvider.GetRequiredService<OcopDbContext>());
    }
}

internal sealed class ImportRunConfiguration : IEntityTypeConfiguration<ImportRun>
{
    public void Configure(EntityTypeBuilder<ImportRun> b)
    {
        b.ToTable("ImportRuns");
        b.HasKey(x => x.BatchId);
        b.Property(x => x.BatchId).ValueGeneratedNever();
    }
}
