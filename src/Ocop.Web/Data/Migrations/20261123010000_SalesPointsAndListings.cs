using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Ocop.Web.Data.Migrations;

/// <summary>Display and sales points with the products they carry, and products' e-commerce listings.</summary>
[DbContext(typeof(OcopDbContext))]
[Migration("20261123010000_SalesPointsAndListings")]
public sealed class SalesPointsAndListings : Migration
{
    protected override void Up(MigrationBuilder mb)
    {
        mb.CreateTable(
            name: "SalesPoints",
            columns: table => new
            {
                Id = table.Column<int>(nullable: false).Identity(),
                Name = table.Column<string>(maxLength: 200, nullable: false),
                Type = table.Column<string>(maxLength: 20, nullable: false),
                ProvinceCode = table.Column<string>(maxLength: 2, nullable: false),
                CommuneCode = table.Column<string>(maxLength: 5, nullable: false),
                AddressLine = table.Column<string>(maxLength: 300, nullable: true),
                Latitude = table.Column<double>(nullable: true),
                Longitude = table.Column<double>(nullable: true),
                OpeningHours = table.Column<string>(maxLength: 200, nullable: true),
                Phone = table.Column<string>(maxLength: 30, nullable: true),
                Email = table.Column<string>(maxLength: 256, nullable: true),
                Operator = table.Column<string>(maxLength: 200, nullable: true),
                IsActive = table.Column<bool>(nullable: false),
                CreatedAt = table.Column<DateTime>(nullable: false),
                CreatedBy = table.Column<string>(maxLength: 256, nullable: true),
                UpdatedAt = table.Column<DateTime>(nullable: false),
                UpdatedBy = table.Column<string>(maxLength: 256, nullable: true),
                Version = table.Column<int>(nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_SalesPoints", x => x.Id);
                table.ForeignKey("FK_SalesPoints_Communes_CommuneCode", x => x.CommuneCode, "Communes", "Code", onDelete: ReferentialAction.Restrict);
                table.ForeignKey("FK_SalesPoints_Provinces_ProvinceCode", x => x.ProvinceCode, "Provinces", "Code", onDelete: ReferentialAction.Restrict);
            });
        mb.CreateIndex("IX_SalesPoints_CommuneCode", "SalesPoints", "CommuneCode");
        mb.CreateIndex("IX_SalesPoints_ProvinceCode_IsActive", "SalesPoints", ["ProvinceCode", "IsActive"]);

        mb.CreateTable(
            name: "SalesPointProducts",
            columns: table => new
            {
                SalesPointId = table.Column<int>(nullable: false),
                ProductId = table.Column<int>(nullable: false),
                AddedAt = table.Column<DateTime>(nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_SalesPointProducts", x => new { x.SalesPointId, x.ProductId });
                table.ForeignKey("FK_SalesPointProducts_Products_ProductId", x => x.ProductId, "Products", "Id", onDelete: ReferentialAction.Restrict);
                table.ForeignKey("FK_SalesPointProducts_SalesPoints_SalesPointId", x => x.SalesPointId, "SalesPoints", "Id", onDelete: ReferentialAction.Cascade);
            });
        mb.CreateIndex("IX_SalesPointProducts_ProductId", "SalesPointProducts", "ProductId");

        mb.CreateTable(
            name: "ProductListings",
            columns: table => new
            {
                Id = table.Column<int>(nullable: false).Identity(),
                ProductId = table.Column<int>(nullable: false),
                Platform = table.Column<string>(maxLength: 20, nullable: false),
                Url = table.Column<string>(maxLength: 500, nullable: false),
                Price = table.Column<decimal>(precision: 14, scale: 0, nullable: true),
                CreatedAt = table.Column<DateTime>(nullable: false),
                CreatedBy = table.Column<string>(maxLength: 256, nullable: true),
                UpdatedAt = table.Column<DateTime>(nullable: false),
                UpdatedBy = table.Column<string>(maxLength: 256, nullable: true),
                Version = table.Column<int>(nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_ProductListings", x => x.Id);
                table.ForeignKey("FK_ProductListings_Products_ProductId", x => x.ProductId, "Products", "Id", onDelete: ReferentialAction.Restrict);
            });
        mb.CreateIndex("IX_ProductListings_ProductId_Url", "ProductListings", ["ProductId", "Url"], unique: true);
    }

    protected override void Down(MigrationBuilder mb)
    {
        mb.DropTable("ProductListings");
        mb.DropTable("SalesPointProducts");
        mb.DropTable("SalesPoints");
    }
}
