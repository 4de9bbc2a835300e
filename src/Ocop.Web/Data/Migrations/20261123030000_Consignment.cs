using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Ocop.Web.Data.Migrations;

/// <summary>Consignment agreements with their products and running stock, and the deliveries, sales and returns.</summary>
[DbContext(typeof(OcopDbContext))]
[Migration("20261123030000_Consignment")]
public sealed class Consignment : Migration
{
    protected override void Up(MigrationBuilder mb)
    {
        mb.CreateTable(
            name: "ConsignmentAgreements",
            columns: table => new
            {
                Id = table.Column<int>(nullable: false).Identity(),
                ProducerId = table.Column<int>(nullable: false),
                OutletKind = table.Column<string>(maxLength: 20, nullable: false),
                OutletName = table.Column<string>(maxLength: 200, nullable: false),
                SalesPointId = table.Column<int>(nullable: true),
                Reference = table.Column<string>(maxLength: 100, nullable: true),
                StartsOn = table.Column<DateOnly>(nullable: false),
                EndsOn = table.Column<DateOnly>(nullable: false),
                CommissionPercent = table.Column<decimal>(precision: 5, scale: 2, nullable: false),
                Note = table.Column<string>(maxLength: 1000, nullable: true),
                CreatedAt = table.Column<DateTime>(nullable: false),
                CreatedBy = table.Column<string>(maxLength: 256, nullable: true),
                UpdatedAt = table.Column<DateTime>(nullable: false),
                UpdatedBy = table.Column<string>(maxLength: 256, nullable: true),
                Version = table.Column<int>(nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_ConsignmentAgreements", x => x.Id);
                table.ForeignKey("FK_ConsignmentAgreements_Producers_ProducerId", x => x.ProducerId, "Producers", "Id", onDelete: ReferentialAction.Restrict);
                table.ForeignKey("FK_ConsignmentAgreements_SalesPoints_SalesPointId", x => x.SalesPointId, "SalesPoints", "Id", onDelete: ReferentialAction.Restrict);
            });
        mb.CreateIndex("IX_ConsignmentAgreements_ProducerId", "ConsignmentAgreements", "ProducerId");
        mb.CreateIndex("IX_ConsignmentAgreements_SalesPointId", "ConsignmentAgreements", "SalesPointId");

        mb.CreateTable(
            name: "AgreementProducts",
            columns: table => new
            {
                AgreementId = table.Column<int>(nullable: false),
                ProductId = table.Column<int>(nullable: false),
                UnitPrice = table.Column<decimal>(precision: 14, scale: 0, nullable: false),
                OnHand = table.Column<int>(nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_AgreementProducts", x => new { x.AgreementId, x.ProductId });
                table.CheckConstraint("CK_AgreementProducts_OnHand", "\"OnHand\" >= 0");
                table.ForeignKey("FK_AgreementProducts_ConsignmentAgreements_AgreementId", x => x.AgreementId, "ConsignmentAgreements", "Id", onDelete: ReferentialAction.Cascade);
                table.ForeignKey("FK_AgreementProducts_Products_ProductId", x => x.ProductId, "Products", "Id", onDelete: ReferentialAction.Restrict);
            });
        mb.CreateIndex("IX_AgreementProducts_ProductId", "AgreementProducts", "ProductId");

        mb.CreateTable(
            name: "ConsignmentMovements",
            columns: table => new
            {
                Id = table.Column<int>(nullable: false).Identity(),
                AgreementId = table.Column<int>(nullable: false),
                ProductId = table.Column<int>(nullable: false),
                Kind = table.Column<string>(maxLength: 20, nullable: false),
                On = table.Column<DateOnly>(nullable: false),
                Quantity = table.Column<int>(nullable: false),
                LotId = table.Column<int>(nullable: true),
                UnitPrice = table.Column<decimal>(precision: 14, scale: 0, nullable: true),
                Note = table.Column<string>(maxLength: 500, nullable: true),
                RecordedAt = table.Column<DateTime>(nullable: false),
                RecordedBy = table.Column<string>(maxLength: 256, nullable: true),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_ConsignmentMovements", x => x.Id);
                table.ForeignKey("FK_ConsignmentMovements_ConsignmentAgreements_AgreementId", x => x.AgreementId, "ConsignmentAgreements", "Id", onDelete: ReferentialAction.Cascade);
                table.ForeignKey("FK_ConsignmentMovements_ProductLots_LotId", x => x.LotId, "ProductLots", "Id", onDelete: ReferentialAction.Restrict);
                table.ForeignKey("FK_ConsignmentMovements_Products_ProductId", x => x.ProductId, "Products", "Id", onDelete: ReferentialAction.Restrict);
            });
        mb.CreateIndex("IX_ConsignmentMovements_AgreementId_On", "ConsignmentMovements", ["AgreementId", "On"]);
        mb.CreateIndex("IX_ConsignmentMovements_LotId", "ConsignmentMovements", "LotId");
        mb.CreateIndex("IX_ConsignmentMovements_ProductId", "ConsignmentMovements", "ProductId");
    }

    protected override void Down(MigrationBuilder mb)
    {
        mb.DropTable("ConsignmentMovements");
        mb.DropTable("AgreementProducts");
        mb.DropTable("ConsignmentAgreements");
    }
}
