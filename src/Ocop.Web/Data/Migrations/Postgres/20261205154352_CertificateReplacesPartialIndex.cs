using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Ocop.Web.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class CertificateReplacesPartialIndex : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Certificates_ReplacesId",
                table: "Certificates");

            migrationBuilder.CreateIndex(
                name: "IX_Certificates_ReplacesId",
                table: "Certificates",
                column: "ReplacesId",
                filter: "\"ReplacesId\" IS NOT NULL");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Certificates_ReplacesId",
                table: "Certificates");

            migrationBuilder.CreateIndex(
                name: "IX_Certificates_ReplacesId",
                table: "Certificates",
                column: "ReplacesId");
        }
    }
}
