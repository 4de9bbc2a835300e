using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Ocop.Web.Data.Migrations;

/// <summary>Tokens other systems use for one province, read or write, kept as hashes.</summary>
[DbContext(typeof(OcopDbContext))]
[Migration("20261123110000_IntegrationTokens")]
public sealed class IntegrationTokens : Migration
{
    protected override void Up(MigrationBuilder mb)
    {
        mb.CreateTable(
            name: "IntegrationTokens",
            columns: table => new
            {
                Id = table.Column<int>(nullable: false).Identity(),
                Name = table.Column<string>(maxLength: 100, nullable: false),
                ProvinceCode = table.Column<string>(maxLength: 2, nullable: false),
                Access = table.Column<string>(maxLength: 10, nullable: false),
                Prefix = table.Column<string>(maxLength: 16, nullable: false),
                Hash = table.Column<string>(maxLength: 64, nullable: false),
                CreatedAt = table.Column<DateTime>(nullable: false),
                CreatedBy = table.Column<string>(maxLength: 256, nullable: false),
                ExpiresAt = table.Column<DateTime>(nullable: false),
                LastUsedAt = table.Column<DateTime>(nullable: true),
                RevokedAt = table.Column<DateTime>(nullable: true),
                RevokedBy = table.Column<string>(maxLength: 256, nullable: true),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_IntegrationTokens", x => x.Id);
                table.ForeignKey("FK_IntegrationTokens_Provinces_ProvinceCode", x => x.ProvinceCode, "Provinces", "Code", onDelete: ReferentialAction.Restrict);
            });
        mb.CreateIndex("IX_IntegrationTokens_Hash", "IntegrationTokens", "Hash", unique: true);
        mb.CreateIndex("IX_IntegrationTokens_ProvinceCode", "IntegrationTokens", "ProvinceCode");
    }

    protected override void Down(MigrationBuilder mb) => mb.DropTable("IntegrationTokens");
}
