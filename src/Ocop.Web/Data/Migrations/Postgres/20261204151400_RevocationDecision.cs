using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Ocop.Web.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class RevocationDecision : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "RevocationDecisionNumber",
                table: "Certificates",
                type: "character varying(50)",
                maxLength: 50,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "RevocationGround",
                table: "Certificates",
                type: "character varying(30)",
                maxLength: 30,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "RevocationSigner",
                table: "Certificates",
                type: "character varying(200)",
                maxLength: 200,
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "RevocationDecisionNumber",
                table: "Certificates");

            migrationBuilder.DropColumn(
                name: "RevocationGround",
                table: "Certificates");

            migrationBuilder.DropColumn(
                name: "RevocationSigner",
                table: "Certificates");
        }
    }
}
