using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Ocop.Web.Data.Migrations;

/// <summary>Knock-out rules on council sheets: what each member applied, and what the council's majority applied.</summary>
[DbContext(typeof(OcopDbContext))]
[Migration("20261122160000_KnockOuts")]
public sealed class KnockOuts : Migration
{
    protected override void Up(MigrationBuilder mb)
    {
        mb.AddColumn<string>(name: "KnockOutsJson", table: "ScoreSheets", nullable: true);
        mb.AddColumn<string>(name: "KnockedOutBy", table: "BatchEntries", maxLength: 1000, nullable: true);
    }

    protected override void Down(MigrationBuilder mb)
    {
        // SQLite cannot rebuild a table in a hand-written migration; 3.35+ drops the column itself.
        if (mb.IsSqlite())
        {
            mb.Sql("ALTER TABLE \"ScoreSheets\" DROP COLUMN \"KnockOutsJson\";");
            mb.Sql("ALTER TABLE \"BatchEntries\" DROP COLUMN \"KnockedOutBy\";");
        }
        else
        {
            mb.DropColumn(name: "KnockOutsJson", table: "ScoreSheets");
            mb.DropColumn(name: "KnockedOutBy", table: "BatchEntries");
        }
    }
}
