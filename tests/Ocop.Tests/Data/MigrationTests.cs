using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.Extensions.DependencyInjection;
using Ocop.Web.Data;

namespace Ocop.Tests.Data;

/// <summary>The hand-written migrations produce exactly the model's schema, and upgrades keep data, on both engines.</summary>
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
        var onlyInMigrations = fromMigrations.Except(fromModel).ToList();
        var onlyInModel = fromModel.Except(fromMigrations).ToList();
        onlyInMigrations.ShouldBeEmpty("in the migrated schema but not the model:\n" + string.Join("\n", onlyInMigrations));
        onlyInModel.ShouldBeEmpty("in the model but not the migrated schema:\n" + string.Join("\n", onlyInModel));
    }

    [Theory]
    [ClassData(typeof(Engines))]
    public async Task Migrate_FromInitialRegistry_KeepsProducersWrittenBefore(Engine engine)
    {
        await using var app = await OcopApp.StartEmptyAsync(engine);
        await app.WithScopeAsync(async s =>
        {
            var db = s.GetRequiredService<OcopDbContext>();
            await db.GetService<IMigrator>().MigrateAsync("20261122080000_InitialRegistry");
            // Written with the first migration's columns only, as an older release would have.
            var at = engine == Engine.Postgres ? "2025-01-02 03:04:05+00" : "2025-01-02 03:04:05";
            await db.Database.ExecuteSqlRawAsync("""
                INSERT INTO "Provinces" ("Code", "Name", "SearchName") VALUES ('68', 'Tỉnh Lâm Đồng', 'tinh lam dong');
                INSERT INTO "Communes" ("Code", "ProvinceCode", "Name", "SearchName") VALUES ('22924', '68', 'Phường Phú Thuỷ', 'phuong phu thuy');
                INSERT INTO "Producers" ("Type", "Name", "SearchName", "TaxCode", "CommuneCode", "ProvinceCode", "WomanOwned",
                    "EthnicMinorityOwned", "Status", "IsDeleted", "CreatedAt", "UpdatedAt", "Version")
                VALUES ('Enterprise', 'Công ty TNHH Cá Đen', 'cong ty tnhh ca den', '3400123456', '22924', '68', FALSE, FALSE, 'Active', FALSE,
                    '{at}', '{at}', 1);
                """.Replace("{at}", at, StringComparison.Ordinal));
            return 0;
        });

        await app.MigrateAsync();

        await app.WithScopeAsync(async s =>
        {
            var db = s.GetRequiredService<OcopDbContext>();
            (await db.Database.GetPendingMigrationsAsync()).ShouldBeEmpty();
            var producer = await db.Producers.SingleAsync(p => p.TaxCode == "3400123456");
            producer.Name.ShouldBe("Công ty TNHH Cá Đen");
            producer.Latitude.ShouldBeNull();
            producer.CreatedAt.ShouldBe(new DateTime(2025, 1, 2, 3, 4, 5, DateTimeKind.Utc));
            // The reference data load skips a database that already has provinces.
            (await db.Communes.CountAsync()).ShouldBe(1);
            return 0;
        });
    }
}
