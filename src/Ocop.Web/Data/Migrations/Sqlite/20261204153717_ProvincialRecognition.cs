using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Ocop.Web.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class ProvincialRecognition : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_RecognitionDecisions_BatchId",
                table: "RecognitionDecisions");

            migrationBuilder.AddColumn<string>(
                name: "ProvinceRecognition",
                table: "RecognitionDecisions",
                type: "TEXT",
                maxLength: 10,
                nullable: false,
                defaultValue: "");

            // Existing decisions are their batch's own (empty); the column keeps no default, as the model has none.
            migrationBuilder.AlterColumn<string>(
                name: "ProvinceRecognition",
                table: "RecognitionDecisions",
                type: "TEXT",
                maxLength: 10,
                nullable: false,
                oldClrType: typeof(string),
                oldType: "TEXT",
                oldMaxLength: 10,
                oldDefaultValue: "");

            migrationBuilder.CreateIndex(
                name: "IX_RecognitionDecisions_BatchId",
                table: "RecognitionDecisions",
                column: "BatchId",
                unique: true,
                filter: "\"ProvinceRecognition\" = ''");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_RecognitionDecisions_BatchId",
                table: "RecognitionDecisions");

            migrationBuilder.DropColumn(
                name: "ProvinceRecognition",
                table: "RecognitionDecisions");

            migrationBuilder.CreateIndex(
                name: "IX_RecognitionDecisions_BatchId",
                table: "RecognitionDecisions",
                column: "BatchId",
                unique: true);
        }
    }
}
