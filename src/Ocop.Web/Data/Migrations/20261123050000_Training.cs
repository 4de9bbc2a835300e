using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Ocop.Web.Data.Migrations;

/// <summary>Training courses with their sessions, trainees' registrations (seats counted on the course) and attendance per session.</summary>
[DbContext(typeof(OcopDbContext))]
[Migration("20261123050000_Training")]
public sealed class Training : Migration
{
    protected override void Up(MigrationBuilder mb)
    {
        mb.CreateTable(
            name: "TrainingCourses",
            columns: table => new
            {
                Id = table.Column<int>(nullable: false).Identity(),
                Title = table.Column<string>(maxLength: 200, nullable: false),
                Topic = table.Column<string>(maxLength: 30, nullable: false),
                Audience = table.Column<string>(maxLength: 20, nullable: false),
                ProvinceCode = table.Column<string>(maxLength: 2, nullable: false),
                StartsOn = table.Column<DateOnly>(nullable: false),
                EndsOn = table.Column<DateOnly>(nullable: false),
                IsOnline = table.Column<bool>(nullable: false),
                Place = table.Column<string>(maxLength: 300, nullable: false),
                Trainer = table.Column<string>(maxLength: 200, nullable: true),
                Capacity = table.Column<int>(nullable: false),
                Registered = table.Column<int>(nullable: false),
                Description = table.Column<string>(maxLength: 2000, nullable: true),
                IsPublished = table.Column<bool>(nullable: false),
                CreatedAt = table.Column<DateTime>(nullable: false),
                CreatedBy = table.Column<string>(maxLength: 256, nullable: true),
                UpdatedAt = table.Column<DateTime>(nullable: false),
                UpdatedBy = table.Column<string>(maxLength: 256, nullable: true),
                Version = table.Column<int>(nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_TrainingCourses", x => x.Id);
                table.CheckConstraint("CK_TrainingCourses_Registered", "\"Registered\" >= 0 AND \"Registered\" <= \"Capacity\"");
                table.ForeignKey("FK_TrainingCourses_Provinces_ProvinceCode", x => x.ProvinceCode, "Provinces", "Code", onDelete: ReferentialAction.Restrict);
            });
        mb.CreateIndex("IX_TrainingCourses_ProvinceCode_StartsOn", "TrainingCourses", ["ProvinceCode", "StartsOn"]);

        mb.CreateTable(
            name: "CourseSessions",
            columns: table => new
            {
                Id = table.Column<int>(nullable: false).Identity(),
                CourseId = table.Column<int>(nullable: false),
                On = table.Column<DateOnly>(nullable: false),
                Title = table.Column<string>(maxLength: 200, nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_CourseSessions", x => x.Id);
                table.ForeignKey("FK_CourseSessions_TrainingCourses_CourseId", x => x.CourseId, "TrainingCourses", "Id", onDelete: ReferentialAction.Cascade);
            });
        mb.CreateIndex("IX_CourseSessions_CourseId", "CourseSessions", "CourseId");

        mb.CreateTable(
            name: "CourseRegistrations",
            columns: table => new
            {
                Id = table.Column<int>(nullable: false).Identity(),
                CourseId = table.Column<int>(nullable: false),
                ProducerId = table.Column<int>(nullable: true),
                ParticipantName = table.Column<string>(maxLength: 200, nullable: false),
                Organisation = table.Column<string>(maxLength: 200, nullable: true),
                IsOfficial = table.Column<bool>(nullable: false),
                CommuneCode = table.Column<string>(maxLength: 5, nullable: true),
                ProvinceCode = table.Column<string>(maxLength: 2, nullable: false),
                IsCancelled = table.Column<bool>(nullable: false),
                RegisteredAt = table.Column<DateTime>(nullable: false),
                RegisteredBy = table.Column<string>(maxLength: 256, nullable: true),
                FeedbackRating = table.Column<int>(nullable: true),
                FeedbackComment = table.Column<string>(maxLength: 1000, nullable: true),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_CourseRegistrations", x => x.Id);
                table.ForeignKey("FK_CourseRegistrations_TrainingCourses_CourseId", x => x.CourseId, "TrainingCourses", "Id", onDelete: ReferentialAction.Cascade);
                table.ForeignKey("FK_CourseRegistrations_Producers_ProducerId", x => x.ProducerId, "Producers", "Id", onDelete: ReferentialAction.Restrict);
                table.ForeignKey("FK_CourseRegistrations_Communes_CommuneCode", x => x.CommuneCode, "Communes", "Code", onDelete: ReferentialAction.Restrict);
            });
        mb.CreateIndex("IX_CourseRegistrations_CourseId_ProducerId", "CourseRegistrations", ["CourseId", "ProducerId"], unique: true,
            filter: "\"ProducerId\" IS NOT NULL AND NOT \"IsCancelled\"");
        mb.CreateIndex("IX_CourseRegistrations_ProducerId", "CourseRegistrations", "ProducerId");
        mb.CreateIndex("IX_CourseRegistrations_CommuneCode", "CourseRegistrations", "CommuneCode");

        mb.CreateTable(
            name: "SessionAttendances",
            columns: table => new
            {
                RegistrationId = table.Column<int>(nullable: false),
                SessionId = table.Column<int>(nullable: false),
                MarkedAt = table.Column<DateTime>(nullable: false),
                MarkedBy = table.Column<string>(maxLength: 256, nullable: true),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_SessionAttendances", x => new { x.RegistrationId, x.SessionId });
                table.ForeignKey("FK_SessionAttendances_CourseRegistrations_RegistrationId", x => x.RegistrationId, "CourseRegistrations", "Id", onDelete: ReferentialAction.Cascade);
                table.ForeignKey("FK_SessionAttendances_CourseSessions_SessionId", x => x.SessionId, "CourseSessions", "Id", onDelete: ReferentialAction.Cascade);
            });
        mb.CreateIndex("IX_SessionAttendances_SessionId", "SessionAttendances", "SessionId");
    }

    protected override void Down(MigrationBuilder mb)
    {
        mb.DropTable("SessionAttendances");
        mb.DropTable("CourseRegistrations");
        mb.DropTable("CourseSessions");
        mb.DropTable("TrainingCourses");
    }
}
