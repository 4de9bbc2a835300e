using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Ocop.Web.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class CouncilCompositionAndRound : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<int>(
                name: "Round",
                table: "EvaluationBatches",
                type: "integer",
                nullable: false,
                defaultValue: 0);

            // Existing batches take the round their start date falls in (26/2026 Điều 5: round 1 by June, round 2 after).
            migrationBuilder.Sql("""UPDATE "EvaluationBatches" SET "Round" = CASE WHEN EXTRACT(MONTH FROM "StartsOn") <= 6 THEN 1 ELSE 2 END""");

            // The default only filled the existing rows: the model has none, new batches always say their round.
            migrationBuilder.AlterColumn<int>(
                name: "Round",
                table: "EvaluationBatches",
                type: "integer",
                nullable: false,
                oldClrType: typeof(int),
                oldType: "integer",
                oldDefaultValue: 0);

            migrationBuilder.AddColumn<string>(
                name: "Body",
                table: "CouncilSeats",
                type: "character varying(40)",
                maxLength: 40,
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "Round",
                table: "EvaluationBatches");

            migrationBuilder.DropColumn(
                name: "Body",
                table: "CouncilSeats");
        }
    }
}
