using System.Collections.Concurrent;
using Microsoft.EntityFrameworkCore;
using Ocop.Web.Data;
using Ocop.Web.Infrastructure;

namespace Ocop.Web.Features.Traceability;

/// <summary>One resolve to count.</summary>
public readonly record struct ScanKey(int ProductId, int LotId, DateOnly Day, string LinkType, string Language);

/// <summary>
/// Counts resolves in memory (an interlocked add: the redirect never waits on the database) and
/// hands the totals to <see cref="ScanCountWriter"/>, which adds them to <see cref="ScanCount"/> rows.
/// </summary>
public sealed class ScanCounter(TimeProvider clock)
{
    private readonly ConcurrentDictionary<ScanKey, Box> pending = new();

    public void Count(int productId, int lotId, string linkType, string language)
    {
        var key = new ScanKey(productId, lotId, VietnamTime.Today(clock), linkType, language);
        Infrastructure.Hosting.OcopMetrics.Scans.Add(1);
        Interlocked.Increment(ref pending.GetOrAdd(key, _ => new Box()).Value);
    }

    /// <summary>
    /// Takes what was counted so far. Each key's box is emptied atomically, so a resolve that lands
    /// meanwhile stays for the next round; boxes of days before yesterday are dropped once empty.
    /// </summary>
    public IReadOnlyDictionary<ScanKey, long> Drain()
    {
        var taken = new Dictionary<ScanKey, long>();
        var stale = VietnamTime.Today(clock).AddDays(-1);
        foreach (var (key, box) in pending)
        {
            var count = Interlocked.Exchange(ref box.Value, 0);
            if (count > 0)
            {
                taken[key] = count;
            }
            else if (key.Day < stale)
            {
                pending.TryRemove(key, out _);
            }
        }

        return taken;
    }

    /// <summary>Puts counts back after a failed write, so none is lost.</summary>
    public void Return(IReadOnlyDictionary<ScanKey, long> counts)
    {
        foreach (var (key, count) in counts)
        {
            Interlocked.Add(ref pending.GetOrAdd(key, _ => new Box()).Value, count);
        }
    }

    private sealed class Box
    {
        public long Value;
    }
}

/// <summary>
/// Adds drained counts to the table, up to <see cref="RowsPerStatement"/> keys per upsert (SQLite and PostgreSQL share the
/// syntax). A fair's scans touch thousands of keys in a few seconds: one statement per key would be thousands of round
/// trips to PostgreSQL per flush.
/// </summary>
public sealed class ScanCountWriter(ScanCounter counter, OcopDbContext db)
{
    /// <summary>Six parameters a row: 200 rows stay far below either engine's limit on parameters per statement.</summary>
    public const int RowsPerStatement = 200;

    public async Task<int> FlushAsync(CancellationToken ct)
    {
        var counts = counter.Drain();
        if (counts.Count == 0)
        {
            return 0;
        }

        try
        {
            await using var transaction = await db.Database.BeginTransactionAsync(ct);
            foreach (var rows in counts.Chunk(RowsPerStatement))
            {
                var values = new List<object>(rows.Length * 6);
                foreach (var (key, count) in rows)
                {
                    values.AddRange([key.ProductId, key.LotId, key.Day, key.LinkType, key.Language, count]);
                }

                await db.Database.ExecuteSqlRawAsync(UpsertSql(rows.Length), values, ct);
            }

            await transaction.CommitAsync(ct);
        }
        catch
        {
            counter.Return(counts);
            throw;
        }

        return counts.Count;
    }

    /// <summary>The upsert of <paramref name="rows"/> keys, its values numbered as EF's raw SQL numbers parameters ({0}, {1}…).</summary>
    private static string UpsertSql(int rows)
    {
        var sql = new System.Text.StringBuilder("""INSERT INTO "ScanCounts" ("ProductId", "LotId", "Day", "LinkType", "Language", "Count") VALUES """);
        for (var r = 0; r < rows; r++)
        {
            var p = r * 6;
            sql.Append(r == 0 ? "" : ", ").Append($"({{{p}}}, {{{p + 1}}}, {{{p + 2}}}, {{{p + 3}}}, {{{p + 4}}}, {{{p + 5}}})");
        }

        return sql.Append("""
             ON CONFLICT ("ProductId", "LotId", "Day", "LinkType", "Language") DO UPDATE SET "Count" = "ScanCounts"."Count" + excluded."Count"
            """).ToString();
    }
}

/// <summary>Writes the counts every few seconds (Ocop:Scans:FlushSeconds, default 5) and once more on shutdown.</summary>
public sealed class ScanCountFlusher(IServiceScopeFactory scopes, IConfiguration configuration, ILogger<ScanCountFlusher> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var interval = TimeSpan.FromSeconds(Math.Max(1, configuration.GetValue("Ocop:Scans:FlushSeconds", 5)));
        using var timer = new PeriodicTimer(interval);
        try
        {
            while (await timer.WaitForNextTickAsync(stoppingToken))
            {
                await FlushAsync(CancellationToken.None);
            }
        }
        catch (OperationCanceledException)
        {
            // Stopping: the final flush below keeps the last counts.
        }

        await FlushAsync(CancellationToken.None);
    }

    private async Task FlushAsync(CancellationToken ct)
    {
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            await scope.ServiceProvider.GetRequiredService<ScanCountWriter>().FlushAsync(ct);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // The counts went back to the counter; the next round tries again.
            logger.LogError(e, "Writing scan counts failed");
        }
    }
}
