using Microsoft.EntityFrameworkCore;
using Npgsql;
using Ocop.Web.Features.Public;
using Ocop.Web.Infrastructure;

namespace Ocop.Web.Features.Catalogue;

/// <summary>
/// Tells every node that the catalogue, or only what the public pages show beside it (lots, packs, sales points,
/// fairs…), changed. This node's index and <see cref="PublicPageVersion"/> are marked at once; on PostgreSQL a NOTIFY on
/// the saving connection reaches the other nodes' <see cref="CatalogueChangeListener"/> when the change commits (inside
/// a transaction PostgreSQL holds the notice until COMMIT, and drops it on rollback), so they never rebuild from rows
/// not yet visible. SQLite is one node: nothing to tell.
/// </summary>
public sealed class CatalogueChangeFeed(CatalogueIndex index, PublicPageVersion pages)
{
    public const string Channel = "ocop_catalogue";

    /// <summary>Changes that touch the public pages but not the catalogue's index.</summary>
    public const string PagesChannel = "ocop_public_pages";

    /// <summary>This process, so that it ignores its own notices.</summary>
    public static readonly string Node = Guid.NewGuid().ToString("N");

    /// <summary>The catalogue changed (products, producers, images, certificates, groups, sets): its index and the pages.</summary>
    public void Changed(DbContext context) => Tell(context, catalogue: true);

    public Task ChangedAsync(DbContext context, CancellationToken ct) => TellAsync(context, catalogue: true, ct);

    /// <summary>Only what public pages show beside the catalogue changed (lots, packs, sales points, fairs, value chains).</summary>
    public void PagesChanged(DbContext context) => Tell(context, catalogue: false);

    public Task PagesChangedAsync(DbContext context, CancellationToken ct) => TellAsync(context, catalogue: false, ct);

    private void Tell(DbContext context, bool catalogue)
    {
        Mark(catalogue);
        if (context.Database.IsNpgsql())
        {
            context.Database.ExecuteSql($"SELECT pg_notify({(catalogue ? Channel : PagesChannel)}, {Node})");
        }
    }

    private async Task TellAsync(DbContext context, bool catalogue, CancellationToken ct)
    {
        Mark(catalogue);
        if (context.Database.IsNpgsql())
        {
            await context.Database.ExecuteSqlAsync($"SELECT pg_notify({(catalogue ? Channel : PagesChannel)}, {Node})", ct);
        }
    }

    /// <summary>Another node's notice, or a reconnection after which notices may have been missed.</summary>
    internal void Mark(bool catalogue)
    {
        if (catalogue)
        {
            index.MarkChanged();
        }

        pages.MarkChanged();
    }
}

/// <summary>
/// Listens on PostgreSQL for other nodes' catalogue and public-page changes and marks this node's index and page version,
/// so an officer's edit on one node shows on every node's catalogue, resolver and public pages within a second, not after the hourly refresh. A lost
/// connection is reopened (the index is marked then too, since notices may have been missed meanwhile).
/// </summary>
public sealed class CatalogueChangeListener(IConfiguration configuration, CatalogueChangeFeed feed, ILogger<CatalogueChangeListener> log) : BackgroundService
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
                        feed.Mark(catalogue: notice.Channel == CatalogueChangeFeed.Channel);
                    }
                };
                await using (var listen = new NpgsqlCommand($"LISTEN {CatalogueChangeFeed.Channel}; LISTEN {CatalogueChangeFeed.PagesChannel}", connection))
                {
                    await listen.ExecuteNonQueryAsync(stoppingToken);
                }

                feed.Mark(catalogue: true);
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
