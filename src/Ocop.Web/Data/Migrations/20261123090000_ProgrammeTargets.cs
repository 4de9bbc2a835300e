using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Ocop.Web.Data.Migrations;

/// <summary>Programme targets of a province (or one of its communes) for a catalogue metric, a window and a goal.</summary>
[DbContext(typeof(OcopDbContext))]
[Migration("20261123090000_ProgrammeTargets")]
public sealed class ProgrammeTargets : Migration
{
    protected override void Up(MigrationBuilder mb)
    {
        mb.CreateTable(
            name: "ProgrammeTargets",
            columns: table => new
            {
                Id = table.Column<int>(nullable: false).Identity(),
                ProvinceCode = table.Column<string>(maxLength: 2, nullable: false),
                CommuneCode = table.Column<string>(maxLength: 5, nullable: true),
                MetricKey = table.Column<string>(maxLength: 50, nullable: false),
                PeriodCode = table.Column<string>(maxLength: 9, nullable: true),
                StartsOn = table.Column<DateOnly>(nullable: false),
                DueOn = table.Column<DateOnly>(nullable: false),
                Kind = table.Column<string>(maxLength: 10, nullable: false),
                Value = table.Column<decimal>(precision: 12, scale: 1, nullable: false),
                UpperValue = table.Column<decimal>(precision: 12, scale: 1, nullable: true),
                Title = table.Column<string>(maxLength: 200, nullable: true),
                Source = table.Column<string>(maxLength: 200, nullable: true),
                CreatedAt = table.Column<DateTime>(nullable: false),
                CreatedBy = table.Column<string>(maxLength: 256, nullable: true),
                UpdatedAt = table.Column<DateTime>(nullable: false),
                UpdatedBy = table.Column<string>(maxLength: 256, nullable: true),
                Version = table.Column<int>(nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_ProgrammeTargets", x => x.Id);
                table.ForeignKey("FK_ProgrammeTargets_Provinces_ProvinceCode", x => x.ProvinceCode, "Provinces", "Code", onDelete: ReferentialAction.Restrict);
                table.ForeignKey("FK_ProgrammeTargets_Communes_CommuneCode", x => x.CommuneCode, "Communes", "Code", onDelete: ReferentialAction.Restrict);
                table.CheckConstraint("CK_ProgrammeTargets_Dates", "\"DueOn\" >= \"StartsOn\"");
            });
        mb.CreateIndex("IX_ProgrammeTargets_CommuneCode", "ProgrammeTargets", "CommuneCode");
        mb.CreateIndex("IX_ProgrammeTargets_ProvinceCode_DueOn", "ProgrammeTargets", ["ProvinceCode", "DueOn"]);
    }

    protected override void Down(MigrationBuilder mb) => mb.DropTable("ProgrammeTargets");
}
