using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Ocop.Web.Data.Migrations;

/// <summary>English description and story for the public pages; the date until which an officer confirmed a legacy rating.</summary>
[DbContext(typeof(OcopDbContext))]
[Migration("20261122190000_PublicCatalogue")]
public sealed class PublicCatalogue : Migration
{
    private static readonly string[] Columns = ["DescriptionEn", "StoryEn", "LegacyValidUntil"];

    protected override void Up(MigrationBuilder mb)
    {
        mb.AddColumn<string>(name: "DescriptionEn", table: "Products", maxLength: 4000, nullable: true);
        mb.AddColumn<string>(name: "StoryEn", table: "Products", maxLength: 20000, nullable: true);
        mb.AddColumn<DateOnly>(name: "LegacyValidUntil", table: "Products", nullable: true);
    }

    protected override void Down(MigrationBuilder mb)
    {
        foreach (var column in Columns)
        {
            // SQLite cannot rebuild a table in a hand-written migration; 3.35+ drops the column itself.
            if (mb.IsSqlite())
            {
                mb.Sql($"ALTER TABLE \"Products\" DROP COLUMN \"{column}\";");
            }
            else
            {
                mb.DropColumn(name: column, table: "Products");
            }
        }
    }
}
