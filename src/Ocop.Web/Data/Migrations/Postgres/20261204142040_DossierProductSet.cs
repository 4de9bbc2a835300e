using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Ocop.Web.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class DossierProductSet : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<int>(
                name: "ProductSetId",
                table: "Dossiers",
                type: "integer",
                nullable: true);

            // Dossiers filed before this column was scored on their product's set.
            migrationBuilder.Sql("UPDATE \"Dossiers\" SET \"ProductSetId\" = (SELECT p.\"ProductSetId\" FROM \"Products\" p WHERE p.\"Id\" = \"Dossiers\".\"ProductId\");");

            migrationBuilder.CreateIndex(
                name: "IX_Dossiers_ProductSetId",
                table: "Dossiers",
                column: "ProductSetId");

            migrationBuilder.AddForeignKey(
                name: "FK_Dossiers_ProductSets_ProductSetId",
                table: "Dossiers",
                column: "ProductSetId",
                principalTable: "ProductSets",
                principalColumn: "Id",
                onDelete: ReferentialAction.Restrict);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(
                name: "FK_Dossiers_ProductSets_ProductSetId",
                table: "Dossiers");

            migrationBuilder.DropIndex(
                name: "IX_Dossiers_ProductSetId",
                table: "Dossiers");

            migrationBuilder.DropColumn(
                name: "ProductSetId",
                table: "Dossiers");
        }
    }
}
