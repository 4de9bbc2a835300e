using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Ocop.Web.Data.Migrations;

/// <summary>Evaluation batches, their councils, the dossiers assigned to them, and members' score sheets.</summary>
[DbContext(typeof(OcopDbContext))]
[Migration("20261122130000_BatchesAndCouncils")]
public sealed class BatchesAndCouncils : Migration
{
    protected override void Up(MigrationBuilder mb)
    {
        mb.CreateTable(
            name: "EvaluationBatches",
            columns: table => new
            {
                Id = table.Column<int>(nullable: false).Identity(),
                Name = table.Column<string>(maxLength: 200, nullable: false),
                Year = table.Column<int>(nullable: false),
                ProvinceCode = table.Column<string>(maxLength: 10, nullable: true),
                Level = table.Column<string>(maxLength: 20, nullable: false),
                RegimeCode = table.Column<string>(maxLength: 20, nullable: false),
                StepCode = table.Column<string>(maxLength: 40, nullable: false),
                CriteriaVersionCode = table.Column<string>(maxLength: 20, nullable: false),
                StartsOn = table.Column<DateOnly>(nullable: false),
                EndsOn = table.Column<DateOnly>(nullable: false),
                Status = table.Column<string>(maxLength: 20, nullable: false),
                AdvisoryTeam = table.Column<string>(maxLength: 2000, nullable: true),
                ClosedAt = table.Column<DateTime>(nullable: true),
                ClosedBy = table.Column<string>(maxLength: 256, nullable: true),
                CreatedAt = table.Column<DateTime>(nullable: false),
                CreatedBy = table.Column<string>(maxLength: 256, nullable: true),
                UpdatedAt = table.Column<DateTime>(nullable: false),
                UpdatedBy = table.Column<string>(maxLength: 256, nullable: true),
                Version = table.Column<int>(nullable: false),
            },
            constraints: table => table.PrimaryKey("PK_EvaluationBatches", x => x.Id));
        mb.CreateIndex("IX_EvaluationBatches_ProvinceCode", "EvaluationBatches", "ProvinceCode");

        mb.CreateTable(
            name: "CouncilSeats",
            columns: table => new
            {
                Id = table.Column<int>(nullable: false).Identity(),
                BatchId = table.Column<int>(nullable: false),
                UserId = table.Column<string>(maxLength: 450, nullable: false),
                Role = table.Column<string>(maxLength: 20, nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_CouncilSeats", x => x.Id);
                table.ForeignKey("FK_CouncilSeats_EvaluationBatches_BatchId", x => x.BatchId, "EvaluationBatches", "Id", onDelete: ReferentialAction.Cascade);
                table.ForeignKey("FK_CouncilSeats_AspNetUsers_UserId", x => x.UserId, "AspNetUsers", "Id", onDelete: ReferentialAction.Restrict);
            });
        mb.CreateIndex("IX_CouncilSeats_BatchId_UserId", "CouncilSeats", ["BatchId", "UserId"], unique: true);
        mb.CreateIndex("IX_CouncilSeats_UserId", "CouncilSeats", "UserId");

        mb.CreateTable(
            name: "BatchEntries",
            columns: table => new
            {
                Id = table.Column<int>(nullable: false).Identity(),
                BatchId = table.Column<int>(nullable: false),
                DossierId = table.Column<int>(nullable: false),
                Average = table.Column<decimal>(precision: 5, scale: 2, nullable: true),
                Spread = table.Column<int>(nullable: true),
                NeedsDiscussion = table.Column<bool>(nullable: false),
                StarsByPoints = table.Column<int>(nullable: true),
                Stars = table.Column<int>(nullable: true),
                HeldBackBy = table.Column<string>(maxLength: 1000, nullable: true),
                IsCertifiable = table.Column<bool>(nullable: false),
                IsNationalCandidate = table.Column<bool>(nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_BatchEntries", x => x.Id);
                table.ForeignKey("FK_BatchEntries_EvaluationBatches_BatchId", x => x.BatchId, "EvaluationBatches", "Id", onDelete: ReferentialAction.Cascade);
                table.ForeignKey("FK_BatchEntries_Dossiers_DossierId", x => x.DossierId, "Dossiers", "Id", onDelete: ReferentialAction.Restrict);
            });
        mb.CreateIndex("IX_BatchEntries_BatchId_DossierId", "BatchEntries", ["BatchId", "DossierId"], unique: true);
        mb.CreateIndex("IX_BatchEntries_DossierId", "BatchEntries", "DossierId");

        mb.CreateTable(
            name: "ScoreSheets",
            columns: table => new
            {
                Id = table.Column<int>(nullable: false).Identity(),
                EntryId = table.Column<int>(nullable: false),
                MemberUserId = table.Column<string>(maxLength: 450, nullable: false),
                AnswersJson = table.Column<string>(nullable: false),
                Total = table.Column<int>(nullable: false),
                Status = table.Column<string>(maxLength: 20, nullable: false),
                SubmittedAt = table.Column<DateTime>(nullable: true),
                ReopenReason = table.Column<string>(maxLength: 1000, nullable: true),
                CreatedAt = table.Column<DateTime>(nullable: false),
                CreatedBy = table.Column<string>(maxLength: 256, nullable: true),
                UpdatedAt = table.Column<DateTime>(nullable: false),
                UpdatedBy = table.Column<string>(maxLength: 256, nullable: true),
                Version = table.Column<int>(nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_ScoreSheets", x => x.Id);
                table.ForeignKey("FK_ScoreSheets_BatchEntries_EntryId", x => x.EntryId, "BatchEntries", "Id", onDelete: ReferentialAction.Cascade);
                table.ForeignKey("FK_ScoreSheets_AspNetUsers_MemberUserId", x => x.MemberUserId, "AspNetUsers", "Id", onDelete: ReferentialAction.Restrict);
            });
        mb.CreateIndex("IX_ScoreSheets_EntryId_MemberUserId", "ScoreSheets", ["EntryId", "MemberUserId"], unique: true);
        mb.CreateIndex("IX_ScoreSheets_MemberUserId", "ScoreSheets", "MemberUserId");
    }

    protected override void Down(MigrationBuilder mb)
    {
        mb.DropTable("ScoreSheets");
        mb.DropTable("BatchEntries");
        mb.DropTable("CouncilSeats");
        mb.DropTable("EvaluationBatches");
    }
}
