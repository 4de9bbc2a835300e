using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Ocop.Web.Data.Migrations;

/// <summary>Recognition decisions and the certificates they issue.</summary>
[DbContext(typeof(OcopDbContext))]
[Migration("20261122140000_Certificates")]
public sealed class Certificates : Migration
{
    protected override void Up(MigrationBuilder mb)
    {
        mb.CreateTable(
            name: "RecognitionDecisions",
            columns: table => new
            {
                Id = table.Column<int>(nullable: false).Identity(),
                BatchId = table.Column<int>(nullable: false),
                Number = table.Column<string>(maxLength: 50, nullable: false),
                SignedOn = table.Column<DateOnly>(nullable: false),
                Signer = table.Column<string>(maxLength: 200, nullable: false),
                IssuingAuthority = table.Column<string>(maxLength: 300, nullable: false),
                CreatedAt = table.Column<DateTime>(nullable: false),
                CreatedBy = table.Column<string>(maxLength: 256, nullable: true),
                UpdatedAt = table.Column<DateTime>(nullable: false),
                UpdatedBy = table.Column<string>(maxLength: 256, nullable: true),
                Version = table.Column<int>(nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_RecognitionDecisions", x => x.Id);
                table.ForeignKey("FK_RecognitionDecisions_EvaluationBatches_BatchId", x => x.BatchId, "EvaluationBatches", "Id", onDelete: ReferentialAction.Restrict);
            });
        mb.CreateIndex("IX_RecognitionDecisions_BatchId", "RecognitionDecisions", "BatchId", unique: true);

        mb.CreateTable(
            name: "Certificates",
            columns: table => new
            {
                Id = table.Column<int>(nullable: false).Identity(),
                Number = table.Column<string>(maxLength: 40, nullable: false),
                ProductId = table.Column<int>(nullable: false),
                DecisionId = table.Column<int>(nullable: false),
                EntryId = table.Column<int>(nullable: false),
                Stars = table.Column<int>(nullable: false),
                Points = table.Column<decimal>(precision: 5, scale: 2, nullable: false),
                IssuingAuthority = table.Column<string>(maxLength: 300, nullable: false),
                CriteriaVersionCode = table.Column<string>(maxLength: 20, nullable: false),
                IssuedOn = table.Column<DateOnly>(nullable: false),
                ExpiresOn = table.Column<DateOnly>(nullable: false),
                RevokedOn = table.Column<DateOnly>(nullable: true),
                RevocationReason = table.Column<string>(maxLength: 1000, nullable: true),
                ReplacesId = table.Column<int>(nullable: true),
                ExpiryNoticeSentAt = table.Column<DateTime>(nullable: true),
                CreatedAt = table.Column<DateTime>(nullable: false),
                CreatedBy = table.Column<string>(maxLength: 256, nullable: true),
                UpdatedAt = table.Column<DateTime>(nullable: false),
                UpdatedBy = table.Column<string>(maxLength: 256, nullable: true),
                Version = table.Column<int>(nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_Certificates", x => x.Id);
                table.CheckConstraint("CK_Certificates_Stars", "\"Stars\" >= 1 AND \"Stars\" <= 5");
                table.ForeignKey("FK_Certificates_Products_ProductId", x => x.ProductId, "Products", "Id", onDelete: ReferentialAction.Restrict);
                table.ForeignKey("FK_Certificates_RecognitionDecisions_DecisionId", x => x.DecisionId, "RecognitionDecisions", "Id", onDelete: ReferentialAction.Restrict);
                table.ForeignKey("FK_Certificates_BatchEntries_EntryId", x => x.EntryId, "BatchEntries", "Id", onDelete: ReferentialAction.Restrict);
                table.ForeignKey("FK_Certificates_Certificates_ReplacesId", x => x.ReplacesId, "Certificates", "Id", onDelete: ReferentialAction.Restrict);
            });
        mb.CreateIndex("IX_Certificates_Number", "Certificates", "Number", unique: true);
        mb.CreateIndex("IX_Certificates_ProductId", "Certificates", "ProductId");
        mb.CreateIndex("IX_Certificates_DecisionId", "Certificates", "DecisionId");
        mb.CreateIndex("IX_Certificates_EntryId", "Certificates", "EntryId", unique: true);
        mb.CreateIndex("IX_Certificates_ReplacesId", "Certificates", "ReplacesId");
        mb.CreateIndex("IX_Certificates_ExpiresOn", "Certificates", "ExpiresOn");
    }

    protected override void Down(MigrationBuilder mb)
    {
        mb.DropTable("Certificates");
        mb.DropTable("RecognitionDecisions");
    }
}
