using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace Ocop.Web.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class CommuneReportAndAdvisory : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropCheckConstraint(
                name: "CK_Attachments_OneOwner",
                table: "Attachments");

            migrationBuilder.AddColumn<string>(
                name: "CommuneReportJson",
                table: "Dossiers",
                type: "text",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "AdvisoryRecordId",
                table: "Attachments",
                type: "integer",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "AdvisoryRecords",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    DossierId = table.Column<int>(type: "integer", nullable: false),
                    Kind = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: false),
                    Level = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    On = table.Column<DateOnly>(type: "date", nullable: false),
                    Members = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: false),
                    Place = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: true),
                    Findings = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    CreatedBy = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AdvisoryRecords", x => x.Id);
                    table.ForeignKey(
                        name: "FK_AdvisoryRecords_Dossiers_DossierId",
                        column: x => x.DossierId,
                        principalTable: "Dossiers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Attachments_AdvisoryRecordId",
                table: "Attachments",
                column: "AdvisoryRecordId");

            migrationBuilder.AddCheckConstraint(
                name: "CK_Attachments_OneOwner",
                table: "Attachments",
                sql: "(CASE WHEN \"CourseId\" IS NULL THEN 0 ELSE 1 END) + (CASE WHEN \"SupportRecordId\" IS NULL THEN 0 ELSE 1 END) + (CASE WHEN \"InspectionId\" IS NULL THEN 0 ELSE 1 END) + (CASE WHEN \"AdvisoryRecordId\" IS NULL THEN 0 ELSE 1 END) = 1");

            migrationBuilder.CreateIndex(
                name: "IX_AdvisoryRecords_DossierId",
                table: "AdvisoryRecords",
                column: "DossierId");

            migrationBuilder.AddForeignKey(
                name: "FK_Attachments_AdvisoryRecords_AdvisoryRecordId",
                table: "Attachments",
                column: "AdvisoryRecordId",
                principalTable: "AdvisoryRecords",
                principalColumn: "Id",
                onDelete: ReferentialAction.Cascade);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(
                name: "FK_Attachments_AdvisoryRecords_AdvisoryRecordId",
                table: "Attachments");

            migrationBuilder.DropTable(
                name: "AdvisoryRecords");

            migrationBuilder.DropIndex(
                name: "IX_Attachments_AdvisoryRecordId",
                table: "Attachments");

            migrationBuilder.DropCheckConstraint(
                name: "CK_Attachments_OneOwner",
                table: "Attachments");

            migrationBuilder.DropColumn(
                name: "CommuneReportJson",
                table: "Dossiers");

            migrationBuilder.DropColumn(
                name: "AdvisoryRecordId",
                table: "Attachments");

            migrationBuilder.AddCheckConstraint(
                name: "CK_Attachments_OneOwner",
                table: "Attachments",
                sql: "(CASE WHEN \"CourseId\" IS NULL THEN 0 ELSE 1 END) + (CASE WHEN \"SupportRecordId\" IS NULL THEN 0 ELSE 1 END) + (CASE WHEN \"InspectionId\" IS NULL THEN 0 ELSE 1 END) = 1");
        }
    }
}
