using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Ocop.Web.Data.Migrations;

/// <summary>Uploaded registry lists awaiting import, and the column mappings provinces chose.</summary>
[DbContext(typeof(OcopDbContext))]
[Migration("20261123100000_Imports")]
public sealed class Imports : Migration
{
    protected override void Up(MigrationBuilder mb)
    {
        mb.CreateTable(
            name: "ImportBatches",
            columns: table => new
            {
                Id = table.Column<int>(nullable: false).Identity(),
                ProvinceCode = table.Column<string>(maxLength: 2, nullable: false),
                FileName = table.Column<string>(maxLength: 200, nullable: false),
                Content = table.Column<byte[]>(nullable: false),
                MappingJson = table.Column<string>(maxLength: 2000, nullable: false),
                Status = table.Column<string>(maxLength: 10, nullable: false),
                UploadedAt = table.Column<DateTime>(nullable: false),
                UploadedBy = table.Column<string>(maxLength: 256, nullable: true),
                ImportedAt = table.Column<DateTime>(nullable: true),
                ImportedBy = table.Column<string>(maxLength: 256, nullable: true),
                ProducersCreated = table.Column<int>(nullable: false),
                ProducersUpdated = table.Column<int>(nullable: false),
                ProductsCreated = table.Column<int>(nullable: false),
                ProductsUpdated = table.Column<int>(nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_ImportBatches", x => x.Id);
                table.ForeignKey("FK_ImportBatches_Provinces_ProvinceCode", x => x.ProvinceCode, "Provinces", "Code", onDelete: ReferentialAction.Restrict);
            });
        mb.CreateIndex("IX_ImportBatches_ProvinceCode_UploadedAt", "ImportBatches", ["ProvinceCode", "UploadedAt"]);

        mb.CreateTable(
            name: "ImportMappings",
            columns: table => new
            {
                Id = table.Column<int>(nullable: false).Identity(),
                ProvinceCode = table.Column<string>(maxLength: 2, nullable: false),
                HeaderSignature = table.Column<string>(maxLength: 64, nullable: false),
                MappingJson = table.Column<string>(maxLength: 2000, nullable: false),
                UpdatedAt = table.Column<DateTime>(nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_ImportMappings", x => x.Id);
                table.ForeignKey("FK_ImportMappings_Provinces_ProvinceCode", x => x.ProvinceCode, "Provinces", "Code", onDelete: ReferentialAction.Restrict);
            });
        mb.CreateIndex("IX_ImportMappings_ProvinceCode_HeaderSignature", "ImportMappings", ["ProvinceCode", "HeaderSignature"], unique: true);
    }

    protected override void Down(MigrationBuilder mb)
    {
        mb.DropTable("ImportMappings");
        mb.DropTable("ImportBatches");
    }
}
