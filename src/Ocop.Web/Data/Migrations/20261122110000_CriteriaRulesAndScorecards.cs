using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Ocop.Web.Data.Migrations;

/// <summary>Criteria versions carry their rules as data; each product set gets its scorecard.</summary>
[DbContext(typeof(OcopDbContext))]
[Migration("20261122110000_CriteriaRulesAndScorecards")]
public sealed class CriteriaRulesAndScorecards : Migration
{
    protected override void Up(MigrationBuilder mb)
    {
        mb.AddColumn<string>(name: "RulesJson", table: "CriteriaVersions", nullable: true);

        mb.CreateTable(
            name: "Scorecards",
            columns: table => new
            {
                Id = table.Column<int>(nullable: false).Identity(),
                ProductSetId = table.Column<int>(nullable: false),
                DefinitionJson = table.Column<string>(nullable: false),
                IsComplete = table.Column<bool>(nullable: false),
                Problems = table.Column<string>(nullable: true),
                SourceNotes = table.Column<string>(nullable: true),
                SourceUrl = table.Column<string>(maxLength: 500, nullable: true),
                VerifiedAt = table.Column<DateTime>(nullable: true),
                VerifiedBy = table.Column<string>(maxLength: 256, nullable: true),
                CreatedAt = table.Column<DateTime>(nullable: false),
                CreatedBy = table.Column<string>(maxLength: 256, nullable: true),
                UpdatedAt = table.Column<DateTime>(nullable: false),
                UpdatedBy = table.Column<string>(maxLength: 256, nullable: true),
                Version = table.Column<int>(nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_Scorecards", x => x.Id);
                table.ForeignKey("FK_Scorecards_ProductSets_ProductSetId", x => x.ProductSetId, "ProductSets", "Id", onDelete: ReferentialAction.Restrict);
            });
        mb.CreateIndex("IX_Scorecards_ProductSetId", "Scorecards", "ProductSetId", unique: true);
    }

    protected override void Down(MigrationBuilder mb)
    {
        mb.DropTable("Scorecards");
        if (mb.IsSqlite())
        {
            mb.Sql("ALTER TABLE \"CriteriaVersions\" DROP COLUMN \"RulesJson\";");
        }
        else
        {
            mb.DropColumn(name: "RulesJson", table: "CriteriaVersions");
        }
    }
}
