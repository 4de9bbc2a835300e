using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Ocop.Web.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class ProductStarsUntil : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<DateOnly>(
                name: "StarsUntil",
                table: "Products",
                type: "TEXT",
                nullable: true);

            // Stars held before hold until their certificate's expiry (when it is the product's current one), else their legacy confirmation's end.
            migrationBuilder.Sql("""
                UPDATE "Products" SET "StarsUntil" = COALESCE(
                    (SELECT c."ExpiresOn" FROM "Certificates" c WHERE c."Number" = "Products"."CertificateReference" AND c."RevokedOn" IS NULL),
                    "LegacyValidUntil")
                WHERE "Stars" IS NOT NULL
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "StarsUntil",
                table: "Products");
        }
    }
}
