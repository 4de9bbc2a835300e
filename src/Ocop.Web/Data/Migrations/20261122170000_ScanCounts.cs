using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Ocop.Web.Data.Migrations;

/// <summary>Daily resolve counts per product (and lot), link type and language; no personal data.</summary>
[DbContext(typeof(OcopDbContext))]
[Migration("20261122170000_ScanCounts")]
public sealed class ScanCounts : Migration
{
    protected override void Up(MigrationBuilder mb)
    {
        mb.CreateTable(
            name: "ScanCounts",
            columns: table => new
            {
                Id = table.Column<long>(nullable: false).Identity(),
                ProductId = table.Column<int>(nullable: false),
                LotId = table.Column<int>(nullable: false),
                Day = table.Column<DateOnly>(nullable: false),
                LinkType = table.Column<string>(maxLength: 40, nullable: false),
                Language = table.Column<string>(maxLength: 5, nullable: false),
                Count = table.Column<long>(nullable: false),
            },
            constraints: table => table.PrimaryKey("PK_ScanCounts", x => x.Id));
        mb.CreateIndex("IX_ScanCounts_ProductId_LotId_Day_LinkType_Language", "ScanCounts", ["ProductId", "LotId", "Day", "LinkType", "Language"], unique: true);
        mb.CreateIndex("IX_ScanCounts_Day", "ScanCounts", "Day");
    }

    protected override void Down(MigrationBuilder mb) => mb.DropTable("ScanCounts");
}
