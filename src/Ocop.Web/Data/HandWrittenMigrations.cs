using System.Reflection;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Ocop.Web.Data;

/// <summary>
/// Until December 2026 one hand-written set of migrations served both engines. Its last
/// migration left exactly the schema the generated baseline creates (MigrationTests prove it from
/// that set's script), so a database it migrated moves over by recording the baseline as applied
/// in place of the old rows, without touching a table. A database it left part-way is refused
/// with what to do, never guessed at.
/// </summary>
internal static class HandWrittenMigrations
{
    public const string Last = "20261123110000_IntegrationTokens";

    private static readonly HashSet<string> Ids =
    [
        "20261122080000_InitialRegistry", "20261122090000_ProductsAndLocations", "20261122100000_ApiTokens",
        "20261122110000_CriteriaRulesAndScorecards", "20261122120000_Dossiers", "20261122130000_BatchesAndCouncils",
        "20261122140000_Certificates", "20261122150000_IntakeChecks", "20261122160000_KnockOuts", "20261122170000_ScanCounts",
        "20261122180000_ProductLots", "20261122190000_PublicCatalogue", "20261122200000_LotDocuments",
        "20261123010000_SalesPointsAndListings", "20261123020000_BuyerInquiries", "20261123030000_Consignment",
        "20261123040000_TradeFairs", "20261123050000_Training", "20261123060000_Support", "20261123070000_ValueChains",
        "20261123080000_Attachments", "20261123090000_ProgrammeTargets", "20261123100000_Imports", Last,
    ];

    /// <summary>Replaces the hand-written history by the baseline; false when the database never had it.</summary>
    public static async Task<bool> MoveToBaselineAsync(DbContext db, CancellationToken cancellationToken)
    {
        // Read without a transaction first: a new database (no history table) is the common case.
        if (!(await db.Database.GetAppliedMigrationsAsync(cancellationToken)).Any(Ids.Contains))
        {
            return false;
        }

        var history = db.GetService<IHistoryRepository>();
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        if (db.Database.IsNpgsql())
        {
            // Two nodes running `db migrate` at once: the second waits here and then finds nothing to move.
            await db.Database.ExecuteSqlRawAsync("LOCK TABLE \"__EFMigrationsHistory\" IN EXCLUSIVE MODE", cancellationToken);
        }

        var applied = (await history.GetAppliedMigrationsAsync(cancellationToken)).Select(row => row.MigrationId).ToHashSet();
        var handWritten = applied.Where(Ids.Contains).Order(StringComparer.Ordinal).ToList();
        if (handWritten.Count == 0)
        {
            return false;
        }

        if (!applied.Contains(Last))
        {
            throw new InvalidOperationException(
                $"This database was migrated by the hand-written migrations of releases before December 2026 and stopped at " +
                $"{handWritten[^1]}. Bring it to {Last} with a release of that time (for example commit 227850d: " +
                "`dotnet run --project src/Ocop.Web -- db migrate`), then run `db migrate` with this release.");
        }

        foreach (var id in handWritten)
        {
            await db.Database.ExecuteSqlRawAsync(history.GetDeleteScript(id), cancellationToken);
        }

        var baseline = db.Database.GetMigrations().First();
        if (!applied.Contains(baseline))
        {
            await db.Database.ExecuteSqlRawAsync(history.GetInsertScript(new HistoryRow(baseline, EfVersion())), cancellationToken);
        }

        await transaction.CommitAsync(cancellationToken);
        return true;
    }

    private static string EfVersion() =>
        typeof(DbContext).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()!.InformationalVersion.Split('+')[0];
}
