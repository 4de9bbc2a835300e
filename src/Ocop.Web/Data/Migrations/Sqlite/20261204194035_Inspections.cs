using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Ocop.Web.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class Inspections : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropCheckConstraint(
                name: "CK_Attachments_OneOwner",
                table: "Attachments");

            migrationBuilder.AddColumn<int>(
                name: "InspectionId",
                table: "Attachments",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "Inspections",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    CertificateId = table.Column<int>(type: "INTEGER", nullable: false),
                    ProvinceCode = table.Column<string>(type: "TEXT", maxLength: 10, nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Year = table.Column<int>(type: "INTEGER", nullable: false),
                    PlannedOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Reason = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    ChecksCriteria = table.Column<bool>(type: "INTEGER", nullable: false),
                    ChecksMark = table.Column<bool>(type: "INTEGER", nullable: false),
                    ChecksPromotion = table.Column<bool>(type: "INTEGER", nullable: false),
                    Team = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    InspectedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    Findings = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    Conclusion = table.Column<string>(type: "TEXT", maxLength: 20, nullable: true),
                    ProposesRevocation = table.Column<bool>(type: "INTEGER", nullable: false),
                    ProposedGround = table.Column<string>(type: "TEXT", maxLength: 30, nullable: true),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    CreatedBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    UpdatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    UpdatedBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Inspections", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Inspections_Certificates_CertificateId",
                        column: x => x.CertificateId,
                        principalTable: "Certificates",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Attachments_InspectionId",
                table: "Attachments",
                column: "InspectionId");

            migrationBuilder.AddCheckConstraint(
                name: "CK_Attachments_OneOwner",
                table: "Attachments",
                sql: "(CASE WHEN \"CourseId\" IS NULL THEN 0 ELSE 1 END) + (CASE WHEN \"SupportRecordId\" IS NULL THEN 0 ELSE 1 END) + (CASE WHEN \"InspectionId\" IS NULL THEN 0 ELSE 1 END) = 1");

            migrationBuilder.CreateIndex(
                name: "IX_Inspections_CertificateId",
                table: "Inspections",
                column: "CertificateId");

            migrationBuilder.CreateIndex(
                name: "IX_Inspections_ProvinceCode_Year",
                table: "Inspections",
                columns: new[] { "ProvinceCode", "Year" });

            migrationBuilder.AddForeignKey(
                name: "FK_Attachments_Inspections_InspectionId",
                table: "Attachments",
                column: "InspectionId",
                principalTable: "Inspections",
                principalColumn: "Id",
                onDelete: ReferentialAction.Cascade);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(
                name: "FK_Attachments_Inspections_InspectionId",
                table: "Attachments");

            migrationBuilder.DropTable(
                name: "Inspections");

            migrationBuilder.DropIndex(
                name: "IX_Attachments_InspectionId",
                table: "Attachments");

            migrationBuilder.DropCheckConstraint(
                name: "CK_Attachments_OneOwner",
                table: "Attachments");

            migrationBuilder.DropColumn(
                name: "InspectionId",
                table: "Attachments");

            migrationBuilder.AddCheckConstraint(
                name: "CK_Attachments_OneOwner",
                table: "Attachments",
                sql: "(\"CourseId\" IS NULL) <> (\"SupportRecordId\" IS NULL)");
        }
    }
}
