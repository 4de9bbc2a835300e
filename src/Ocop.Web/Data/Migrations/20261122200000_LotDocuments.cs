using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Ocop.Web.Data.Migrations;

/// <summary>Documents of a lot (test results, certifications) shown on its public page.</summary>
[DbContext(typeof(OcopDbContext))]
[Migration("20261122200000_LotDocuments")]
public sealed class LotDocuments : Migration
{
    protected override void Up(MigrationBuilder mb)
    {
        mb.CreateTable(
            name: "LotDocuments",
            columns: table => new
            {
                Id = table.Column<int>(nullable: false).Identity(),
                LotId = table.Column<int>(nullable: false),
                Title = table.Column<string>(maxLength: 200, nullable: false),
                FileName = table.Column<string>(maxLength: 200, nullable: false),
                StoredName = table.Column<string>(maxLength: 100, nullable: false),
                ContentType = table.Column<string>(maxLength: 100, nullable: false),
                Length = table.Column<long>(nullable: false),
                UploadedAt = table.Column<DateTime>(nullable: false),
                UploadedBy = table.Column<string>(maxLength: 256, nullable: true),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_LotDocuments", x => x.Id);
                table.ForeignKey("FK_LotDocuments_ProductLots_LotId", x => x.LotId, "ProductLots", "Id", onDelete: ReferentialAction.Cascade);
            });
        mb.CreateIndex("IX_LotDocuments_LotId", "LotDocuments", "LotId");
    }

    protected override void Down(MigrationBuilder mb) => mb.DropTable("LotDocuments");
}
