using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Ocop.Web.Data.Migrations;

/// <summary>Raw-material areas (with an optional GeoJSON boundary) and value chains with their members and products.</summary>
[DbContext(typeof(OcopDbContext))]
[Migration("20261123070000_ValueChains")]
public sealed class ValueChains : Migration
{
    protected override void Up(MigrationBuilder mb)
    {
        mb.CreateTable(
            name: "RawMaterialAreas",
            columns: table => new
            {
                Id = table.Column<int>(nullable: false).Identity(),
                Name = table.Column<string>(maxLength: 200, nullable: false),
                ProvinceCode = table.Column<string>(maxLength: 2, nullable: false),
                CommuneCode = table.Column<string>(maxLength: 5, nullable: false),
                Hectares = table.Column<decimal>(precision: 12, scale: 2, nullable: false),
                Crop = table.Column<string>(maxLength: 200, nullable: false),
                Certifications = table.Column<string>(maxLength: 300, nullable: true),
                Boundary = table.Column<string>(nullable: true),
                CreatedAt = table.Column<DateTime>(nullable: false),
                CreatedBy = table.Column<string>(maxLength: 256, nullable: true),
                UpdatedAt = table.Column<DateTime>(nullable: false),
                UpdatedBy = table.Column<string>(maxLength: 256, nullable: true),
                Version = table.Column<int>(nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_RawMaterialAreas", x => x.Id);
                table.ForeignKey("FK_RawMaterialAreas_Communes_CommuneCode", x => x.CommuneCode, "Communes", "Code", onDelete: ReferentialAction.Restrict);
                table.ForeignKey("FK_RawMaterialAreas_Provinces_ProvinceCode", x => x.ProvinceCode, "Provinces", "Code", onDelete: ReferentialAction.Restrict);
            });
        mb.CreateIndex("IX_RawMaterialAreas_CommuneCode", "RawMaterialAreas", "CommuneCode");
        mb.CreateIndex("IX_RawMaterialAreas_ProvinceCode", "RawMaterialAreas", "ProvinceCode");

        mb.CreateTable(
            name: "ValueChains",
            columns: table => new
            {
                Id = table.Column<int>(nullable: false).Identity(),
                Name = table.Column<string>(maxLength: 200, nullable: false),
                ProvinceCode = table.Column<string>(maxLength: 2, nullable: false),
                AreaId = table.Column<int>(nullable: true),
                Description = table.Column<string>(maxLength: 2000, nullable: true),
                CreatedAt = table.Column<DateTime>(nullable: false),
                CreatedBy = table.Column<string>(maxLength: 256, nullable: true),
                UpdatedAt = table.Column<DateTime>(nullable: false),
                UpdatedBy = table.Column<string>(maxLength: 256, nullable: true),
                Version = table.Column<int>(nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_ValueChains", x => x.Id);
                table.ForeignKey("FK_ValueChains_Provinces_ProvinceCode", x => x.ProvinceCode, "Provinces", "Code", onDelete: ReferentialAction.Restrict);
                table.ForeignKey("FK_ValueChains_RawMaterialAreas_AreaId", x => x.AreaId, "RawMaterialAreas", "Id", onDelete: ReferentialAction.Restrict);
            });
        mb.CreateIndex("IX_ValueChains_AreaId", "ValueChains", "AreaId");
        mb.CreateIndex("IX_ValueChains_ProvinceCode", "ValueChains", "ProvinceCode");

        mb.CreateTable(
            name: "ValueChainMembers",
            columns: table => new
            {
                Id = table.Column<int>(nullable: false).Identity(),
                ChainId = table.Column<int>(nullable: false),
                Role = table.Column<string>(maxLength: 30, nullable: false),
                ProducerId = table.Column<int>(nullable: true),
                PartnerName = table.Column<string>(maxLength: 200, nullable: true),
                Contract = table.Column<string>(maxLength: 200, nullable: true),
                ContractSignedOn = table.Column<DateOnly>(nullable: true),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_ValueChainMembers", x => x.Id);
                table.ForeignKey("FK_ValueChainMembers_ValueChains_ChainId", x => x.ChainId, "ValueChains", "Id", onDelete: ReferentialAction.Cascade);
                table.ForeignKey("FK_ValueChainMembers_Producers_ProducerId", x => x.ProducerId, "Producers", "Id", onDelete: ReferentialAction.Restrict);
            });
        mb.CreateIndex("IX_ValueChainMembers_ChainId", "ValueChainMembers", "ChainId");
        mb.CreateIndex("IX_ValueChainMembers_ProducerId", "ValueChainMembers", "ProducerId");

        mb.CreateTable(
            name: "ValueChainProducts",
            columns: table => new
            {
                ChainId = table.Column<int>(nullable: false),
                ProductId = table.Column<int>(nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_ValueChainProducts", x => new { x.ChainId, x.ProductId });
                table.ForeignKey("FK_ValueChainProducts_ValueChains_ChainId", x => x.ChainId, "ValueChains", "Id", onDelete: ReferentialAction.Cascade);
                table.ForeignKey("FK_ValueChainProducts_Products_ProductId", x => x.ProductId, "Products", "Id", onDelete: ReferentialAction.Restrict);
            });
        mb.CreateIndex("IX_ValueChainProducts_ProductId", "ValueChainProducts", "ProductId");
    }

    protected override void Down(MigrationBuilder mb)
    {
        mb.DropTable("ValueChainProducts");
        mb.DropTable("ValueChainMembers");
        mb.DropTable("ValueChains");
        mb.DropTable("RawMaterialAreas");
    }
}
