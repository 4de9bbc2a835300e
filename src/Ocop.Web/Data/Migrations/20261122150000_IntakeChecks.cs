using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Ocop.Web.Data.Migrations;

/// <summary>The receiving officer's pre-assessment of a dossier (1489: local origin, labour, idea).</summary>
[DbContext(typeof(OcopDbContext))]
[Migration("20261122150000_IntakeChecks")]
public sealed class IntakeChecks : Migration
{
    protected override void Up(MigrationBuilder mb) =>
        mb.AddColumn<string>(name: "IntakeChecksJson", table: "Dossiers", nullable: true);

    protected override void Down(MigrationBuilder mb)
    {
        // SQLite cannot rebuild a table in a hand-written migration; 3.35+ drops the column itself.
        if (mb.IsSqlite())
        {
            mb.Sql("ALTER TABLE \"Dossiers\" DROP COLUMN \"IntakeChecksJson\";");
        }
        else
        {
            mb.DropColumn(name: "IntakeChecksJson", table: "Dossiers");
        }
    }
}
