using Microsoft.EntityFrameworkCore;
using Npgsql;
using Ocop.Web.Infrastructure;

namespace Ocop.Web.Features.Catalogue;

/// <summary>
/// Tells every node that the catalogue changed. This node's index is marked at once; on PostgreSQL a NOTIFY on the
/// saving connection reaches the other nodes' <see cref="CatalogueChangeListener"/> when the change commits (inside a
/// transaction PostgreSQL holds the notice until COMMIT, and drops it on rollback), so they never rebuild from rows
/// not yet visible. SQLite is one node: nothing to tell.
/// </summary>
public sealed class CatalogueChangeFeed(CatalogueIndex index)
{
    public const string Channel = "ocop_catalogue";

    /// <summary>This process, so that it ignores its own notices.</summary>
    public static readonly string Node = Guid.NewGuid().ToString("N");

    public void Changed(DbContext context)
    {
        index.MarkChanged();
        if (context.Database.IsNpgsql())
        {
            context.Database.ExecuteSql($"SELECT pg_notify({Channel}, {Node})");
        }
    }

    public async Task ChangedAsync(DbContext context, CancellationToken ct)
    {
        index.MarkChanged();
        if (context.Database.IsNpgsql())
        {
            await context.Database.ExecuteSqlAsync($"SELECT pg_notify({Channel}, {Node})", ct);
        }
    }
}

/// <summary>
/// Listens on PostgreSQL for other nodes' catalogue changes and marks this node's index, so an officer's edit on one
/// node shows on every node's catalogue and resolver within a second, not after the 5-minute refresh. A lost
/// connection is reopened (the index is marked then too, since notices may have been missed meanwhile).
/// </summary>
public sealed class CatalogueChangeListener(IConfiguration configuration, CatalogueIndex index, ILogger<CatalogueChangeListener> log) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!DatabaseSetup.IsPostgres(configuration) || BuildTime.IsGeneratingOpenApi)
        {
            return;
        }

        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await using var connection = new NpgsqlConnection(configuration.GetConnectionString("Ocop"));
                await connection.OpenAsync(stoppingToken);
                connection.Notification += (_, notice) =>
                {
                    if (notice.Payload != CatalogueChangeFeed.Node)
                    {
                        index.MarkChanged();
                    }
                };
                await using (var listen = new NpgsqlCommand($"LISTEN {CatalogueChangeFeed.Channel}", connection))
                {
                    await listen.ExecuteNonQueryAsync(stoppingToken);
                }

                index.MarkChanged();
                while (!stoppingToken.IsCancellationRequested)
                {
                    await connection.WaitAsync(stoppingToken);
                }
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                log.LogError(e, "Listening for other nodes' catalogue changes failed; retrying in 5 s");
                await Task.Delay(TimeSpan.FromSeconds(5), stoppingToken);
            }
        }
    }
}
