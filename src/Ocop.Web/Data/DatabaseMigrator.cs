using Microsoft.EntityFrameworkCore;
using Ocop.Web.Features.AdminUnits;
using Ocop.Web.Features.Classification;
using Ocop.Web.Features.Evaluation.Criteria;

namespace Ocop.Web.Data;

/// <summary>
/// Applies the engine's generated migrations with EF Core's own migrator (after moving a database
/// of the old hand-written set onto the baseline), then loads the reference data: administrative
/// units into an empty database, criteria versions and scorecards that the database does not have yet.
/// </summary>
public sealed class DatabaseMigrator(OcopDbContext db, AdminUnitLoader adminUnits, ClassificationLoader classification, ScorecardLoader scorecards, ILogger<DatabaseMigrator> logger)
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
            logger.LogInformation("Applying migrations: {Migrations}", string.Join(", ", pending));
            await db.Database.MigrateAsync(cancellationToken);
        }

        await LoadReferenceDataAsync(cancellationToken);
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
