using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Ocop.Web.Data.Migrations;

/// <summary>Support policies of a province and the consulting/support records given to producers.</summary>
[DbContext(typeof(OcopDbContext))]
[Migration("20261123060000_Support")]
public sealed class Support : Migration
{
    protected override void Up(MigrationBuilder mb)
    {
        mb.CreateTable(
            name: "SupportPolicies",
            columns: table => new
            {
                Id = table.Column<int>(nullable: false).Identity(),
                ProvinceCode = table.Column<string>(maxLength: 2, nullable: false),
                Name = table.Column<string>(maxLength: 200, nullable: false),
                Area = table.Column<string>(maxLength: 30, nullable: false),
                LegalBasis = table.Column<string>(maxLength: 200, nullable: true),
                Conditions = table.Column<string>(maxLength: 2000, nullable: true),
                Budget = table.Column<decimal>(precision: 18, scale: 0, nullable: true),
                ValidFrom = table.Column<DateOnly>(nullable: false),
                ValidTo = table.Column<DateOnly>(nullable: true),
                CreatedAt = table.Column<DateTime>(nullable: false),
                CreatedBy = table.Column<string>(maxLength: 256, nullable: true),
                UpdatedAt = table.Column<DateTime>(nullable: false),
                UpdatedBy = table.Column<string>(maxLength: 256, nullable: true),
                Version = table.Column<int>(nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_SupportPolicies", x => x.Id);
                table.ForeignKey("FK_SupportPolicies_Provinces_ProvinceCode", x => x.ProvinceCode, "Provinces", "Code", onDelete: ReferentialAction.Restrict);
            });
        mb.CreateIndex("IX_SupportPolicies_ProvinceCode_ValidFrom", "SupportPolicies", ["ProvinceCode", "ValidFrom"]);

        mb.CreateTable(
            name: "SupportRecords",
            columns: table => new
            {
                Id = table.Column<int>(nullable: false).Identity(),
                ProducerId = table.Column<int>(nullable: false),
                ProductId = table.Column<int>(nullable: true),
                Kind = table.Column<string>(maxLength: 30, nullable: false),
                Provider = table.Column<string>(maxLength: 200, nullable: false),
                StartsOn = table.Column<DateOnly>(nullable: false),
                EndsOn = table.Column<DateOnly>(nullable: true),
                Cost = table.Column<decimal>(precision: 16, scale: 0, nullable: false),
                Funding = table.Column<string>(maxLength: 20, nullable: false),
                Status = table.Column<string>(maxLength: 20, nullable: false),
                Outcome = table.Column<string>(maxLength: 500, nullable: true),
                PolicyId = table.Column<int>(nullable: true),
                CreatedAt = table.Column<DateTime>(nullable: false),
                CreatedBy = table.Column<string>(maxLength: 256, nullable: true),
                UpdatedAt = table.Column<DateTime>(nullable: false),
                UpdatedBy = table.Column<string>(maxLength: 256, nullable: true),
                Version = table.Column<int>(nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_SupportRecords", x => x.Id);
                table.ForeignKey("FK_SupportRecords_Producers_ProducerId", x => x.ProducerId, "Producers", "Id", onDelete: ReferentialAction.Restrict);
                table.ForeignKey("FK_SupportRecords_Products_ProductId", x => x.ProductId, "Products", "Id", onDelete: ReferentialAction.Restrict);
                table.ForeignKey("FK_SupportRecords_SupportPolicies_PolicyId", x => x.PolicyId, "SupportPolicies", "Id", onDelete: ReferentialAction.Restrict);
            });
        mb.CreateIndex("IX_SupportRecords_PolicyId", "SupportRecords", "PolicyId");
        mb.CreateIndex("IX_SupportRecords_ProducerId_StartsOn", "SupportRecords", ["ProducerId", "StartsOn"]);
        mb.CreateIndex("IX_SupportRecords_ProductId", "SupportRecords", "ProductId");
    }

    protected override void Down(MigrationBuilder mb)
    {
        mb.DropTable("SupportRecords");
        mb.DropTable("SupportPolicies");
    }
}
