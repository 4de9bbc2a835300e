using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Ocop.Web.Data.Migrations;

/// <summary>Production lots of products (GS1 AI 10), for traceability pages and lot-level Digital Links.</summary>
[DbContext(typeof(OcopDbContext))]
[Migration("20261122180000_ProductLots")]
public sealed class ProductLots : Migration
{
    protected override void Up(MigrationBuilder mb)
    {
        mb.CreateTable(
            name: "ProductLots",
            columns: table => new
            {
                Id = table.Column<int>(nullable: false).Identity(),
                ProductId = table.Column<int>(nullable: false),
                Code = table.Column<string>(maxLength: 20, nullable: false),
                ProducedOn = table.Column<DateOnly>(nullable: false),
                ExpiresOn = table.Column<DateOnly>(nullable: true),
                Quantity = table.Column<decimal>(precision: 14, scale: 3, nullable: true),
                Unit = table.Column<string>(maxLength: 20, nullable: true),
                RawMaterialArea = table.Column<string>(maxLength: 500, nullable: true),
                StepsJson = table.Column<string>(nullable: true),
                CreatedAt = table.Column<DateTime>(nullable: false),
                CreatedBy = table.Column<string>(maxLength: 256, nullable: true),
                UpdatedAt = table.Column<DateTime>(nullable: false),
                UpdatedBy = table.Column<string>(maxLength: 256, nullable: true),
                Version = table.Column<int>(nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_ProductLots", x => x.Id);
                table.ForeignKey("FK_ProductLots_Products_ProductId", x => x.ProductId, "Products", "Id", onDelete: ReferentialAction.Restrict);
            });
        mb.CreateIndex("IX_ProductLots_ProductId_Code", "ProductLots", ["ProductId", "Code"], unique: true);
    }

    protected override void Down(MigrationBuilder mb) => mb.DropTable("ProductLots");
}
