using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Ocop.Web.Data;

namespace Ocop.Tests.Data;

/// <summary>
/// Each engine's generated migrations produce exactly the model's schema, no model change lacks a
/// migration, and a database of the old hand-written set moves over without losing a row.
/// </summary>
public sealed class MigrationTests
{
    [Theory]
    [ClassData(typeof(Engines))]
    public async Task Migrate_FreshDatabase_SchemaEqualsModel(Engine engine)
    {
        await using var migrated = await OcopApp.StartEmptyAsync(engine);
        await using var created = await OcopApp.StartEmptyAsync(engine);

        var fromMigrations = await migrated.WithScopeAsync(async s =>
        {
            var db = s.GetRequiredService<OcopDbContext>();
            await db.Database.MigrateAsync();
            return await SchemaSnapshot.ReadAsync(db);
        });
        var fromModel = await created.WithScopeAsync(async s =>
        {
            var db = s.GetRequiredService<OcopDbContext>();
            await db.Database.EnsureCreatedAsync();
            return await SchemaSnapshot.ReadAsync(db);
        });

        fromMigrations.ShouldNotBeEmpty();
        ShouldBeSameSchema(fromMigrations, fromModel, "migrated", "model");
    }

    [Theory]
    [ClassData(typeof(Engines))]
    public async Task Model_HasNoChangeWithoutAMigration(Engine engine)
    {
        await using var app = await OcopApp.StartEmptyAsync(engine);
        var (pending, migrations) = await app.WithScopeAsync(s =>
        {
            var db = s.GetRequiredService<OcopDbContext>();
            return Task.FromResult((db.Database.HasPendingModelChanges(), db.Database.GetMigrations().ToList()));
        });

        pending.ShouldBeFalse("the model has changes no migration covers: run `dotnet ef migrations add` for both engines (README)");
        migrations.ShouldNotBeEmpty();
        migrations[0].ShouldEndWith("_Baseline");
    }

    [Theory]
    [ClassData(typeof(Engines))]
    public async Task Migrate_DatabaseOfTheHandWrittenSet_MovesToBaselineKeepingEveryRow(Engine engine)
    {
        // The data: what the current code seeds (reference data and the demo registry, evaluation, market, fairs, training…).
        await using var current = await OcopApp.StartEmptyAsync(engine);
        await current.MigrateAsync();
        await current.WithScopeAsync(async s =>
        {
            await s.GetRequiredService<DemoSeeder>().SeedAsync(CancellationToken.None);
            return 0;
        });
        var currentSchema = await current.WithScopeAsync(s => SchemaSnapshot.ReadAsync(s.GetRequiredService<OcopDbContext>()));

        // The schema the hand-written set left is the generated baseline's.
        await using var baseline = await OcopApp.StartEmptyAsync(engine);
        var baselineSchema = await baseline.WithScopeAsync(async s =>
        {
            var db = s.GetRequiredService<OcopDbContext>();
            await db.GetService<Microsoft.EntityFrameworkCore.Migrations.IMigrator>().MigrateAsync(db.Database.GetMigrations().First());
            return await SchemaSnapshot.ReadAsync(db);
        });

        await using var app = await OcopApp.StartEmptyAsync(engine);
        var (legacySchema, before) = await app.WithScopeAsync(async s =>
        {
            var db = s.GetRequiredService<OcopDbContext>();
            await RunScriptAsync(db, LegacyScript(engine));
            await current.WithScopeAsync(async c =>
            {
                await TableCopy.CopyAsync(c.GetRequiredService<OcopDbContext>(), db);
                return 0;
            });
            return (await SchemaSnapshot.ReadAsync(db), await DatabaseRows.CountAsync(db));
        });
        ShouldBeSameSchema(legacySchema, baselineSchema, "hand-written", "generated baseline");
        before.Count(t => t.Value > 0).ShouldBeGreaterThan(40, "the demo data should fill most tables");

        await app.MigrateAsync();

        await app.WithScopeAsync(async s =>
        {
            var db = s.GetRequiredService<OcopDbContext>();
            (await db.Database.GetPendingMigrationsAsync()).ShouldBeEmpty();
            (await db.Database.GetAppliedMigrationsAsync()).ShouldBe(db.Database.GetMigrations());
            // Every row kept; tables added since the baseline start empty.
            var after = await DatabaseRows.CountAsync(db);
            after.Where(t => before.ContainsKey(t.Key)).ToDictionary().ShouldBe(before);
            after.Where(t => !before.ContainsKey(t.Key)).ShouldAllBe(t => t.Value == 0);
            (await SchemaSnapshot.ReadAsync(db)).ShouldBe(currentSchema);
            // Columns added since the baseline are filled by their migrations: every dossier is scored on a set.
            (await db.Dossiers.CountAsync(d => d.ProductSetId == null)).ShouldBe(0);
            // …every rated product knows until when its stars hold, every batch its round.
            (await db.Products.CountAsync(p => p.Stars != null)).ShouldBeGreaterThan(0);
            (await db.Products.CountAsync(p => p.Stars != null && (p.StarsUntil == null || p.StarsUntil != p.LegacyValidUntil))).ShouldBe(0);
            (await db.EvaluationBatches.Select(b => b.Round).ToListAsync()).ShouldAllBe(r => r == 1 || r == 2);
            return 0;
        });
    }

    [Theory]
    [ClassData(typeof(Engines))]
    public async Task Migrate_HandWrittenSetStoppedPartWay_IsRefusedWithWhatToDo(Engine engine)
    {
        await using var app = await OcopApp.StartEmptyAsync(engine);
        await app.WithScopeAsync(async s =>
        {
            var db = s.GetRequiredService<OcopDbContext>();
            await RunScriptAsync(db, LegacyScript(engine));
            await db.Database.ExecuteSqlRawAsync("""DELETE FROM "__EFMigrationsHistory" WHERE "MigrationId" > '20261123090000_ProgrammeTargets'""");
            return 0;
        });

        var refusal = await Should.ThrowAsync<InvalidOperationException>(app.MigrateAsync);

        refusal.Message.ShouldContain("stopped at 20261123090000_ProgrammeTargets");
        refusal.Message.ShouldContain("20261123110000_IntegrationTokens");
        await app.WithScopeAsync(async s =>
        {
            var db = s.GetRequiredService<OcopDbContext>();
            (await db.Database.GetAppliedMigrationsAsync()).ShouldContain("20261122080000_InitialRegistry", "nothing is changed by a refusal");
            return 0;
        });
    }

    /// <summary>
    /// SQLite rebuilds tables outside a transaction: before migrating an existing database the migrator copies it (a
    /// consistent copy, at the version it had), so an interrupted upgrade can be undone; a new database is not copied.
    /// </summary>
    [Fact]
    public async Task Migrate_ExistingSqliteDatabase_IsCopiedFirst_ANewOneIsNot()
    {
        await using var app = await OcopApp.StartEmptyAsync(Engine.Sqlite);
        var backups = Path.Combine(app.DataPath, "backups");
        var earlier = await app.WithScopeAsync(async s =>
        {
            var db = s.GetRequiredService<OcopDbContext>();
            var all = db.Database.GetMigrations().ToList();
            await db.GetService<Microsoft.EntityFrameworkCore.Migrations.IMigrator>().MigrateAsync(all[^2]);
            return all.Count - 1;
        });
        Directory.Exists(backups).ShouldBeFalse("migrating a new database copies nothing");

        await app.MigrateAsync();

        var copy = Directory.GetFiles(backups).ShouldHaveSingleItem();
        Path.GetFileName(copy).ShouldStartWith("before-");
        await using var connection = new Microsoft.Data.Sqlite.SqliteConnection($"Data Source={copy};Mode=ReadOnly;Pooling=False");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = """SELECT COUNT(*) FROM "__EFMigrationsHistory" """;
        Convert.ToInt32(await command.ExecuteScalarAsync(), System.Globalization.CultureInfo.InvariantCulture).ShouldBe(earlier, "the copy is the database as it was");
    }

    private static void ShouldBeSameSchema(SortedSet<string> left, SortedSet<string> right, string leftName, string rightName)
    {
        var onlyLeft = left.Except(right).ToList();
        var onlyRight = right.Except(left).ToList();
        onlyLeft.ShouldBeEmpty($"in the {leftName} schema but not the {rightName} one:\n" + string.Join("\n", onlyLeft));
        onlyRight.ShouldBeEmpty($"in the {rightName} schema but not the {leftName} one:\n" + string.Join("\n", onlyRight));
    }

    private static string LegacyScript(Engine engine) =>
        File.ReadAllText(Path.Combine(TestPaths.SourceRoot, "tests", "Ocop.Tests", "Data", "LegacyMigrations",
            engine == Engine.Sqlite ? "hand-written-sqlite.sql" : "hand-written-postgres.sql"));

    private static async Task RunScriptAsync(DbContext db, string script)
    {
        var connection = db.Database.GetDbConnection();
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = script;
        await command.ExecuteNonQueryAsync();
        await connection.CloseAsync();
    }
}
