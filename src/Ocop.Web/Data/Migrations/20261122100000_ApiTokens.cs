using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Ocop.Web.Data.Migrations;

/// <summary>Personal API tokens (hashed secrets) for calling the API without a browser cookie.</summary>
[DbContext(typeof(OcopDbContext))]
[Migration("20261122100000_ApiTokens")]
public sealed class ApiTokens : Migration
{
    protected override void Up(MigrationBuilder mb)
    {
        mb.CreateTable(
            name: "ApiTokens",
            columns: table => new
            {
                Id = table.Column<int>(nullable: false).Identity(),
                UserId = table.Column<string>(maxLength: 450, nullable: false),
                Name = table.Column<string>(maxLength: 100, nullable: false),
                Prefix = table.Column<string>(maxLength: 16, nullable: false),
                Hash = table.Column<string>(maxLength: 64, nullable: false),
                CreatedAt = table.Column<DateTime>(nullable: false),
                ExpiresAt = table.Column<DateTime>(nullable: false),
                LastUsedAt = table.Column<DateTime>(nullable: true),
                RevokedAt = table.Column<DateTime>(nullable: true),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_ApiTokens", x => x.Id);
                table.ForeignKey("FK_ApiTokens_AspNetUsers_UserId", x => x.UserId, "AspNetUsers", "Id", onDelete: ReferentialAction.Cascade);
            });
        mb.CreateIndex("IX_ApiTokens_Hash", "ApiTokens", "Hash", unique: true);
        mb.CreateIndex("IX_ApiTokens_UserId", "ApiTokens", "UserId");
    }

    protected override void Down(MigrationBuilder mb) => mb.DropTable("ApiTokens");
}
