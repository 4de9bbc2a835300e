using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Ocop.Web.Data.Migrations;

/// <summary>Files attached to a training course (materials) or a support record (documents), exactly one owner each.</summary>
[DbContext(typeof(OcopDbContext))]
[Migration("20261123080000_Attachments")]
public sealed class Attachments : Migration
{
    protected override void Up(MigrationBuilder mb)
    {
        mb.CreateTable(
            name: "Attachments",
            columns: table => new
            {
                Id = table.Column<int>(nullable: false).Identity(),
                CourseId = table.Column<int>(nullable: true),
                SupportRecordId = table.Column<int>(nullable: true),
                Title = table.Column<string>(maxLength: 200, nullable: false),
                FileName = table.Column<string>(maxLength: 200, nullable: false),
                StoredName = table.Column<string>(maxLength: 50, nullable: false),
                ContentType = table.Column<string>(maxLength: 100, nullable: false),
                Length = table.Column<long>(nullable: false),
                UploadedAt = table.Column<DateTime>(nullable: false),
                UploadedBy = table.Column<string>(maxLength: 256, nullable: true),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_Attachments", x => x.Id);
                table.CheckConstraint("CK_Attachments_OneOwner", "(\"CourseId\" IS NULL) <> (\"SupportRecordId\" IS NULL)");
                table.ForeignKey("FK_Attachments_TrainingCourses_CourseId", x => x.CourseId, "TrainingCourses", "Id", onDelete: ReferentialAction.Cascade);
                table.ForeignKey("FK_Attachments_SupportRecords_SupportRecordId", x => x.SupportRecordId, "SupportRecords", "Id", onDelete: ReferentialAction.Cascade);
            });
        mb.CreateIndex("IX_Attachments_CourseId", "Attachments", "CourseId");
        mb.CreateIndex("IX_Attachments_SupportRecordId", "Attachments", "SupportRecordId");
    }

    protected override void Down(MigrationBuilder mb) => mb.DropTable("Attachments");
}
