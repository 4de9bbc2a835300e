using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Ocop.Web.Data.Migrations;

/// <summary>Buyers' requests for a quote, held until the buyer confirms the e-mail address.</summary>
[DbContext(typeof(OcopDbContext))]
[Migration("20261123020000_BuyerInquiries")]
public sealed class BuyerInquiries : Migration
{
    protected override void Up(MigrationBuilder mb)
    {
        mb.CreateTable(
            name: "BuyerInquiries",
            columns: table => new
            {
                Id = table.Column<int>(nullable: false).Identity(),
                ProductId = table.Column<int>(nullable: false),
                BuyerName = table.Column<string>(maxLength: 200, nullable: false),
                Company = table.Column<string>(maxLength: 200, nullable: true),
                Email = table.Column<string>(maxLength: 256, nullable: false),
                Phone = table.Column<string>(maxLength: 30, nullable: true),
                Quantity = table.Column<decimal>(precision: 14, scale: 3, nullable: false),
                Unit = table.Column<string>(maxLength: 20, nullable: true),
                Destination = table.Column<string>(maxLength: 200, nullable: false),
                Market = table.Column<string>(maxLength: 20, nullable: false),
                Message = table.Column<string>(maxLength: 2000, nullable: true),
                Language = table.Column<string>(maxLength: 5, nullable: false),
                Status = table.Column<string>(maxLength: 20, nullable: false),
                TokenHash = table.Column<string>(maxLength: 64, nullable: false),
                CreatedAt = table.Column<DateTime>(nullable: false),
                ConfirmedAt = table.Column<DateTime>(nullable: true),
                Answer = table.Column<string>(maxLength: 4000, nullable: true),
                AnsweredAt = table.Column<DateTime>(nullable: true),
                AnsweredBy = table.Column<string>(maxLength: 256, nullable: true),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_BuyerInquiries", x => x.Id);
                table.ForeignKey("FK_BuyerInquiries_Products_ProductId", x => x.ProductId, "Products", "Id", onDelete: ReferentialAction.Restrict);
            });
        mb.CreateIndex("IX_BuyerInquiries_ProductId_Status", "BuyerInquiries", ["ProductId", "Status"]);
        mb.CreateIndex("IX_BuyerInquiries_TokenHash", "BuyerInquiries", "TokenHash", unique: true);
    }

    protected override void Down(MigrationBuilder mb) => mb.DropTable("BuyerInquiries");
}
