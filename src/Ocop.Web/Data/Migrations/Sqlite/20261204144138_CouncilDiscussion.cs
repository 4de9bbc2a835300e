using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Ocop.Web.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class CouncilDiscussion : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "DiscussionNote",
                table: "BatchEntries",
                type: "TEXT",
                maxLength: 2000,
                nullable: true);

            migrationBuilder.AddColumn<bool>(
                name: "KnockOutVoteSplit",
                table: "BatchEntries",
                type: "INTEGER",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<bool>(
                name: "SpreadTooWide",
                table: "BatchEntries",
                type: "INTEGER",
                nullable: false,
                defaultValue: false);

            // Rows that existed take false; the column keeps no default, as the model has none.
            migrationBuilder.AlterColumn<bool>(
                name: "KnockOutVoteSplit",
                table: "BatchEntries",
                type: "INTEGER",
                nullable: false,
                oldClrType: typeof(bool),
                oldType: "INTEGER",
                oldDefaultValue: false);

            // Rows that existed take false; the column keeps no default, as the model has none.
            migrationBuilder.AlterColumn<bool>(
                name: "SpreadTooWide",
                table: "BatchEntries",
                type: "INTEGER",
                nullable: false,
                oldClrType: typeof(bool),
                oldType: "INTEGER",
                oldDefaultValue: false);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "DiscussionNote",
                table: "BatchEntries");

            migrationBuilder.DropColumn(
                name: "KnockOutVoteSplit",
                table: "BatchEntries");

            migrationBuilder.DropColumn(
                name: "SpreadTooWide",
                table: "BatchEntries");
        }
    }
}
