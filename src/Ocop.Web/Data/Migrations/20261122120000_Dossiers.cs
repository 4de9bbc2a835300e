using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Ocop.Web.Data.Migrations;

/// <summary>Dossiers (registrations for evaluation), their documents and their status history.</summary>
[DbContext(typeof(OcopDbContext))]
[Migration("20261122120000_Dossiers")]
public sealed class Dossiers : Migration
{
    protected override void Up(MigrationBuilder mb)
    {
        mb.CreateTable(
            name: "Dossiers",
            columns: table => new
            {
                Id = table.Column<int>(nullable: false).Identity(),
                ProductId = table.Column<int>(nullable: false),
                Kind = table.Column<string>(maxLength: 20, nullable: false),
                Status = table.Column<string>(maxLength: 20, nullable: false),
                CriteriaVersionCode = table.Column<string>(maxLength: 20, nullable: false),
                RegimeCode = table.Column<string>(maxLength: 20, nullable: false),
                Note = table.Column<string>(maxLength: 2000, nullable: true),
                SelfAssessmentJson = table.Column<string>(nullable: true),
                SelfAssessmentTotal = table.Column<int>(nullable: true),
                SubmittedAt = table.Column<DateTime>(nullable: true),
                CreatedAt = table.Column<DateTime>(nullable: false),
                CreatedBy = table.Column<string>(maxLength: 256, nullable: true),
                UpdatedAt = table.Column<DateTime>(nullable: false),
                UpdatedBy = table.Column<string>(maxLength: 256, nullable: true),
                Version = table.Column<int>(nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_Dossiers", x => x.Id);
                table.ForeignKey("FK_Dossiers_Products_ProductId", x => x.ProductId, "Products", "Id", onDelete: ReferentialAction.Restrict);
            });
        mb.CreateIndex("IX_Dossiers_ProductId", "Dossiers", "ProductId");
        mb.CreateIndex("IX_Dossiers_Status", "Dossiers", "Status");

        mb.CreateTable(
            name: "DossierDocuments",
            columns: table => new
            {
                Id = table.Column<int>(nullable: false).Identity(),
                DossierId = table.Column<int>(nullable: false),
                Type = table.Column<string>(maxLength: 40, nullable: false),
                FileName = table.Column<string>(maxLength: 200, nullable: false),
                StoredName = table.Column<string>(maxLength: 100, nullable: false),
                ContentType = table.Column<string>(maxLength: 100, nullable: false),
                Length = table.Column<long>(nullable: false),
                UploadedAt = table.Column<DateTime>(nullable: false),
                UploadedBy = table.Column<string>(maxLength: 256, nullable: true),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_DossierDocuments", x => x.Id);
                table.ForeignKey("FK_DossierDocuments_Dossiers_DossierId", x => x.DossierId, "Dossiers", "Id", onDelete: ReferentialAction.Cascade);
            });
        mb.CreateIndex("IX_DossierDocuments_DossierId", "DossierDocuments", "DossierId");

        mb.CreateTable(
            name: "DossierEvents",
            columns: table => new
            {
                Id = table.Column<int>(nullable: false).Identity(),
                DossierId = table.Column<int>(nullable: false),
                FromStatus = table.Column<string>(maxLength: 20, nullable: true),
                ToStatus = table.Column<string>(maxLength: 20, nullable: false),
                At = table.Column<DateTime>(nullable: false),
                UserName = table.Column<string>(maxLength: 256, nullable: true),
                Comment = table.Column<string>(maxLength: 2000, nullable: true),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_DossierEvents", x => x.Id);
                table.ForeignKey("FK_DossierEvents_Dossiers_DossierId", x => x.DossierId, "Dossiers", "Id", onDelete: ReferentialAction.Cascade);
            });
        mb.CreateIndex("IX_DossierEvents_DossierId", "DossierEvents", "DossierId");
    }

    protected override void Down(MigrationBuilder mb)
    {
        mb.DropTable("DossierEvents");
        mb.DropTable("DossierDocuments");
        mb.DropTable("Dossiers");
    }
}
