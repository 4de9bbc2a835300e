using Microsoft.EntityFrameworkCore;
using Ocop.Web.Cli;
using Ocop.Web.Features.AdminUnits;
using Ocop.Web.Features.Classification;
using Ocop.Web.Features.Evaluation.Criteria;
using Ocop.Web.Infrastructure;

namespace Ocop.Web.Data;

/// <summary>
/// Applies the engine's generated migrations with EF Core's own migrator (after moving a database
/// of the old hand-written set onto the baseline), then loads the reference data: administrative
/// units into an empty database, criteria versions and scorecards that the database does not have yet.
/// </summary>
public sealed class DatabaseMigrator(
    OcopDbContext db, AdminUnitLoader adminUnits, ClassificationLoader classification, ScorecardLoader scorecards, DataFolder data, ILogger<DatabaseMigrator> logger)
{
    public async Task MigrateAsync(CancellationToken cancellationToken)
    {
        await ThrowIfStaleSqliteLockAsync(cancellationToken);
        if (await HandWrittenMigrations.MoveToBaselineAsync(db, cancellationToken))
        {
            logger.LogInformation("The hand-written migration history was replaced by the baseline {Baseline}; no table was changed.",
                db.Database.GetMigrations().First());
        }

        var pending = (await db.Database.GetPendingMigrationsAsync(cancellationToken)).ToList();
        if (pending.Count > 0)
        {
            await CopyBeforeMigratingAsync(pending[^1], cancellationToken);
            logger.LogInformation("Applying migrations: {Migrations}", string.Join(", ", pending));
            await db.Database.MigrateAsync(cancellationToken);
        }

        await LoadReferenceDataAsync(cancellationToken);
    }

    /// <summary>
    /// SQLite changes a table by rebuilding it outside a transaction, so an interrupted migration can leave the file half
    /// migrated: an existing database is copied first (a new one has nothing to lose), and the log says where.
    /// </summary>
    private async Task CopyBeforeMigratingAsync(string target, CancellationToken cancellationToken)
    {
        if (!db.Database.IsSqlite() || !(await db.Database.GetAppliedMigrationsAsync(cancellationToken)).Any())
        {
            return;
        }

        var copy = data.PathFor("backups", $"before-{target}-{DateTime.UtcNow:yyyyMMddHHmmss}.db");
        Directory.CreateDirectory(Path.GetDirectoryName(copy)!);
        await DatabaseBackup.CopySqliteAsync(db, copy, cancellationToken);
        logger.LogInformation("Copied the database to {Copy} before migrating; if the migration is interrupted, stop the app and put it in place of the database file.", copy);
    }

    /// <summary>Administrative units into an empty database; criteria versions and scorecards the database does not have yet.</summary>
    public async Task LoadReferenceDataAsync(CancellationToken cancellationToken)
    {
        await adminUnits.LoadIfEmptyAsync(cancellationToken);
        await classification.LoadMissingAsync(cancellationToken);
        await scorecards.LoadMissingAsync(cancellationToken);
    }

    /// <summary>
    /// A failed SQLite migration can leave its lock row behind, and the next migrate would then
    /// wait forever: say so and how to clear it instead.
    /// </summary>
    private async Task ThrowIfStaleSqliteLockAsync(CancellationToken cancellationToken)
    {
        if (!db.Database.IsSqlite())
        {
            return;
        }

        var connection = db.Database.GetDbConnection();
        await db.Database.OpenConnectionAsync(cancellationToken);
        try
        {
            await using var command = connection.CreateCommand();
            command.CommandText = "SELECT COUNT(*) FROM sqlite_master WHERE type = 'table' AND name = '__EFMigrationsLock'";
            if (Convert.ToInt64(await command.ExecuteScalarAsync(cancellationToken), System.Globalization.CultureInfo.InvariantCulture) == 0)
            {
                return;
            }

            command.CommandText = "SELECT COUNT(*) FROM \"__EFMigrationsLock\"";
            if (Convert.ToInt64(await command.ExecuteScalarAsync(cancellationToken), System.Globalization.CultureInfo.InvariantCulture) > 0)
            {
                throw new InvalidOperationException(
                    $"The SQLite database {connection.DataSource} holds a migration lock, left by a migration that failed or " +
                    "was interrupted. If no other migration is running, clear it with: " +
                    "sqlite3 <database file> 'DELETE FROM \"__EFMigrationsLock\";' and run `db migrate` again.");
            }
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }
}
