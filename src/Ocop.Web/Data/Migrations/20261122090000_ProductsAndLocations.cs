using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Ocop.Web.Data.Migrations;

/// <summary>
/// Products and their images; producers gain a map location and the old unit they were
/// registered under; folded names get search indexes (trigram GIN on PostgreSQL).
/// </summary>
[DbContext(typeof(OcopDbContext))]
[Migration("20261122090000_ProductsAndLocations")]
public sealed class ProductsAndLocations : Migration
{
    protected override void Up(MigrationBuilder mb)
    {
        mb.AlterDatabase().Annotation("Npgsql:PostgresExtension:pg_trgm", ",,");

        mb.AddColumn<double>(name: "Latitude", table: "Producers", nullable: true);
        mb.AddColumn<double>(name: "Longitude", table: "Producers", nullable: true);
        mb.AddColumn<string>(name: "OldUnitName", table: "Producers", maxLength: 200, nullable: true);
        mb.AddColumn<string>(name: "OldUnitCode", table: "Producers", maxLength: 10, nullable: true);
        CreateSearchIndex(mb, "IX_Producers_SearchName", "Producers");

        mb.CreateTable(
            name: "Products",
            columns: table => new
            {
                Id = table.Column<int>(nullable: false).Identity(),
                ProducerId = table.Column<int>(nullable: false),
                Name = table.Column<string>(maxLength: 300, nullable: false),
                SearchName = table.Column<string>(maxLength: 300, nullable: false),
                NameEn = table.Column<string>(maxLength: 300, nullable: true),
                ProductSetId = table.Column<int>(nullable: false),
                Description = table.Column<string>(maxLength: 4000, nullable: true),
                Story = table.Column<string>(maxLength: 20000, nullable: true),
                Ingredients = table.Column<string>(maxLength: 4000, nullable: true),
                Packaging = table.Column<string>(maxLength: 1000, nullable: true),
                ShelfLife = table.Column<string>(maxLength: 200, nullable: true),
                Gtin = table.Column<string>(maxLength: 14, nullable: true),
                Status = table.Column<string>(maxLength: 20, nullable: false),
                Stars = table.Column<int>(nullable: true),
                CertificateReference = table.Column<string>(maxLength: 100, nullable: true),
                IsDeleted = table.Column<bool>(nullable: false),
                DeletedAt = table.Column<DateTime>(nullable: true),
                CreatedAt = table.Column<DateTime>(nullable: false),
                CreatedBy = table.Column<string>(maxLength: 256, nullable: true),
                UpdatedAt = table.Column<DateTime>(nullable: false),
                UpdatedBy = table.Column<string>(maxLength: 256, nullable: true),
                Version = table.Column<int>(nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_Products", x => x.Id);
                table.CheckConstraint("CK_Products_Stars", "\"Stars\" IS NULL OR (\"Stars\" >= 1 AND \"Stars\" <= 5)");
                table.ForeignKey("FK_Products_Producers_ProducerId", x => x.ProducerId, "Producers", "Id", onDelete: ReferentialAction.Restrict);
                table.ForeignKey("FK_Products_ProductSets_ProductSetId", x => x.ProductSetId, "ProductSets", "Id", onDelete: ReferentialAction.Restrict);
            });
        mb.CreateIndex("IX_Products_Gtin", "Products", "Gtin", unique: true, filter: "\"Gtin\" IS NOT NULL");
        mb.CreateIndex("IX_Products_ProducerId", "Products", "ProducerId");
        mb.CreateIndex("IX_Products_ProductSetId", "Products", "ProductSetId");
        CreateSearchIndex(mb, "IX_Products_SearchName", "Products");

        mb.CreateTable(
            name: "ProductImages",
            columns: table => new
            {
                Id = table.Column<int>(nullable: false).Identity(),
                ProductId = table.Column<int>(nullable: false),
                StoredName = table.Column<string>(maxLength: 100, nullable: false),
                ContentType = table.Column<string>(maxLength: 50, nullable: false),
                Length = table.Column<long>(nullable: false),
                SortOrder = table.Column<int>(nullable: false),
                CreatedAt = table.Column<DateTime>(nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_ProductImages", x => x.Id);
                table.ForeignKey("FK_ProductImages_Products_ProductId", x => x.ProductId, "Products", "Id", onDelete: ReferentialAction.Cascade);
            });
        mb.CreateIndex("IX_ProductImages_ProductId", "ProductImages", "ProductId");
    }

    /// <summary>GIN trigram index on PostgreSQL (contains-search), a plain index on SQLite.</summary>
    private static void CreateSearchIndex(MigrationBuilder mb, string name, string table) =>
        mb.CreateIndex(name, table, "SearchName")
            .Annotation("Npgsql:IndexMethod", "gin")
            .Annotation("Npgsql:IndexOperators", new[] { "gin_trgm_ops" });

    protected override void Down(MigrationBuilder mb)
    {
        mb.DropTable("ProductImages");
        mb.DropTable("Products");
        mb.DropIndex("IX_Producers_SearchName", "Producers");
        foreach (var column in new[] { "Latitude", "Longitude", "OldUnitName", "OldUnitCode" })
        {
            if (mb.IsSqlite())
            {
                // SQLite cannot rebuild the table from a hand-written migration; 3.35+ drops columns directly.
                mb.Sql($"ALTER TABLE \"Producers\" DROP COLUMN \"{column}\";");
            }
            else
            {
                mb.DropColumn(column, "Producers");
            }
        }
    }
}
