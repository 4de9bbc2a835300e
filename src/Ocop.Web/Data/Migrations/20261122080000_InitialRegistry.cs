using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Ocop.Web.Data.Migrations;

/// <summary>
/// Accounts (Identity), audit trail, administrative units, product classification and producers.
/// Hand-written (EF Core Design is not available); the schema tests compare it with the model.
/// </summary>
[DbContext(typeof(OcopDbContext))]
[Migration("20261122080000_InitialRegistry")]
public sealed partial class InitialRegistry : Migration
{
    protected override void Up(MigrationBuilder mb)
    {
        CreateReferenceTables(mb);
        CreateProducers(mb);
        CreateIdentityTables(mb);
        mb.CreateTable(
            name: "AuditEntries",
            columns: table => new
            {
                Id = table.Column<long>(nullable: false).Identity(),
                EntityType = table.Column<string>(maxLength: 50, nullable: false),
                EntityId = table.Column<string>(maxLength: 50, nullable: false),
                Action = table.Column<string>(maxLength: 20, nullable: false),
                At = table.Column<DateTime>(nullable: false),
                UserId = table.Column<string>(maxLength: 450, nullable: true),
                UserName = table.Column<string>(maxLength: 256, nullable: true),
                Changes = table.Column<string>(nullable: false),
            },
            constraints: table => table.PrimaryKey("PK_AuditEntries", x => x.Id));
        mb.CreateIndex("IX_AuditEntries_EntityType_EntityId", "AuditEntries", ["EntityType", "EntityId"]);
    }

    private static void CreateReferenceTables(MigrationBuilder mb)
    {
        mb.CreateTable(
            name: "Provinces",
            columns: table => new
            {
                Code = table.Column<string>(maxLength: 2, nullable: false),
                Name = table.Column<string>(maxLength: 100, nullable: false),
                SearchName = table.Column<string>(maxLength: 100, nullable: false),
            },
            constraints: table => table.PrimaryKey("PK_Provinces", x => x.Code));

        mb.CreateTable(
            name: "Communes",
            columns: table => new
            {
                Code = table.Column<string>(maxLength: 5, nullable: false),
                ProvinceCode = table.Column<string>(maxLength: 2, nullable: false),
                Name = table.Column<string>(maxLength: 100, nullable: false),
                SearchName = table.Column<string>(maxLength: 100, nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_Communes", x => x.Code);
                table.ForeignKey("FK_Communes_Provinces_ProvinceCode", x => x.ProvinceCode, "Provinces", "Code", onDelete: ReferentialAction.Restrict);
            });
        mb.CreateIndex("IX_Communes_ProvinceCode", "Communes", "ProvinceCode");

        mb.CreateTable(
            name: "OldProvinces",
            columns: table => new
            {
                Code = table.Column<string>(maxLength: 2, nullable: false),
                Name = table.Column<string>(maxLength: 100, nullable: false),
                SearchName = table.Column<string>(maxLength: 100, nullable: false),
                NewProvinceCode = table.Column<string>(maxLength: 2, nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_OldProvinces", x => x.Code);
                table.ForeignKey("FK_OldProvinces_Provinces_NewProvinceCode", x => x.NewProvinceCode, "Provinces", "Code", onDelete: ReferentialAction.Restrict);
            });
        mb.CreateIndex("IX_OldProvinces_NewProvinceCode", "OldProvinces", "NewProvinceCode");
        mb.CreateIndex("IX_OldProvinces_SearchName", "OldProvinces", "SearchName");

        mb.CreateTable(
            name: "OldCommunes",
            columns: table => new
            {
                Code = table.Column<string>(maxLength: 5, nullable: false),
                OldProvinceCode = table.Column<string>(maxLength: 2, nullable: false),
                Name = table.Column<string>(maxLength: 100, nullable: false),
                SearchName = table.Column<string>(maxLength: 100, nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_OldCommunes", x => x.Code);
                table.ForeignKey("FK_OldCommunes_OldProvinces_OldProvinceCode", x => x.OldProvinceCode, "OldProvinces", "Code", onDelete: ReferentialAction.Restrict);
            });
        mb.CreateIndex("IX_OldCommunes_OldProvinceCode", "OldCommunes", "OldProvinceCode");

        mb.CreateTable(
            name: "OldCommuneSuccessors",
            columns: table => new
            {
                OldCommuneCode = table.Column<string>(maxLength: 5, nullable: false),
                NewCommuneCode = table.Column<string>(maxLength: 5, nullable: false),
                Partial = table.Column<bool>(nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_OldCommuneSuccessors", x => new { x.OldCommuneCode, x.NewCommuneCode });
                table.ForeignKey("FK_OldCommuneSuccessors_Communes_NewCommuneCode", x => x.NewCommuneCode, "Communes", "Code", onDelete: ReferentialAction.Restrict);
                table.ForeignKey("FK_OldCommuneSuccessors_OldCommunes_OldCommuneCode", x => x.OldCommuneCode, "OldCommunes", "Code", onDelete: ReferentialAction.Cascade);
            });
        mb.CreateIndex("IX_OldCommuneSuccessors_NewCommuneCode", "OldCommuneSuccessors", "NewCommuneCode");

        mb.CreateTable(
            name: "CriteriaVersions",
            columns: table => new
            {
                Code = table.Column<string>(maxLength: 20, nullable: false),
                Decision = table.Column<string>(maxLength: 200, nullable: false),
                AcceptsNewProducts = table.Column<bool>(nullable: false),
                SortOrder = table.Column<int>(nullable: false),
            },
            constraints: table => table.PrimaryKey("PK_CriteriaVersions", x => x.Code));

        mb.CreateTable(
            name: "ProductGroups",
            columns: table => new
            {
                Id = table.Column<int>(nullable: false).Identity(),
                CriteriaVersionCode = table.Column<string>(maxLength: 20, nullable: false),
                Code = table.Column<string>(maxLength: 10, nullable: false),
                Name = table.Column<string>(maxLength: 200, nullable: false),
                SortOrder = table.Column<int>(nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_ProductGroups", x => x.Id);
                table.ForeignKey("FK_ProductGroups_CriteriaVersions_CriteriaVersionCode", x => x.CriteriaVersionCode, "CriteriaVersions", "Code", onDelete: ReferentialAction.Restrict);
            });
        mb.CreateIndex("IX_ProductGroups_CriteriaVersionCode_Code", "ProductGroups", ["CriteriaVersionCode", "Code"], unique: true);

        mb.CreateTable(
            name: "ProductSets",
            columns: table => new
            {
                Id = table.Column<int>(nullable: false).Identity(),
                CriteriaVersionCode = table.Column<string>(maxLength: 20, nullable: false),
                GroupId = table.Column<int>(nullable: false),
                Code = table.Column<string>(maxLength: 20, nullable: false),
                Name = table.Column<string>(maxLength: 300, nullable: false),
                SubGroupName = table.Column<string>(maxLength: 300, nullable: true),
                SortOrder = table.Column<int>(nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_ProductSets", x => x.Id);
                table.ForeignKey("FK_ProductSets_CriteriaVersions_CriteriaVersionCode", x => x.CriteriaVersionCode, "CriteriaVersions", "Code", onDelete: ReferentialAction.Restrict);
                table.ForeignKey("FK_ProductSets_ProductGroups_GroupId", x => x.GroupId, "ProductGroups", "Id", onDelete: ReferentialAction.Restrict);
            });
        mb.CreateIndex("IX_ProductSets_Code", "ProductSets", "Code", unique: true);
        mb.CreateIndex("IX_ProductSets_CriteriaVersionCode", "ProductSets", "CriteriaVersionCode");
        mb.CreateIndex("IX_ProductSets_GroupId", "ProductSets", "GroupId");
    }

    /// <summary>Producers as first registered; location and old-unit columns came in the next migration.</summary>
    private static void CreateProducers(MigrationBuilder mb)
    {
        mb.CreateTable(
            name: "Producers",
            columns: table => new
            {
                Id = table.Column<int>(nullable: false).Identity(),
                Type = table.Column<string>(maxLength: 20, nullable: false),
                Name = table.Column<string>(maxLength: 300, nullable: false),
                SearchName = table.Column<string>(maxLength: 300, nullable: false),
                TaxCode = table.Column<string>(maxLength: 13, nullable: true),
                LegalRepresentative = table.Column<string>(maxLength: 200, nullable: true),
                AddressLine = table.Column<string>(maxLength: 300, nullable: true),
                CommuneCode = table.Column<string>(maxLength: 5, nullable: false),
                ProvinceCode = table.Column<string>(maxLength: 2, nullable: false),
                Phone = table.Column<string>(maxLength: 30, nullable: true),
                Email = table.Column<string>(maxLength: 256, nullable: true),
                Website = table.Column<string>(maxLength: 300, nullable: true),
                WomanOwned = table.Column<bool>(nullable: false),
                EthnicMinorityOwned = table.Column<bool>(nullable: false),
                Status = table.Column<string>(maxLength: 20, nullable: false),
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
                table.PrimaryKey("PK_Producers", x => x.Id);
                table.ForeignKey("FK_Producers_Communes_CommuneCode", x => x.CommuneCode, "Communes", "Code", onDelete: ReferentialAction.Restrict);
                table.ForeignKey("FK_Producers_Provinces_ProvinceCode", x => x.ProvinceCode, "Provinces", "Code", onDelete: ReferentialAction.Restrict);
            });
        mb.CreateIndex("IX_Producers_CommuneCode", "Producers", "CommuneCode");
        mb.CreateIndex("IX_Producers_ProvinceCode", "Producers", "ProvinceCode");
        mb.CreateIndex("IX_Producers_Type_TaxCode", "Producers", ["Type", "TaxCode"], unique: true,
            filter: "\"TaxCode\" IS NOT NULL AND NOT \"IsDeleted\"");
    }

    protected override void Down(MigrationBuilder mb)
    {
        foreach (var table in new[]
                 {
                     "AuditEntries", "AspNetRoleClaims", "AspNetUserClaims", "AspNetUserLogins", "AspNetUserRoles",
                     "AspNetUserTokens", "AspNetRoles", "AspNetUsers", "Producers", "ProductSets", "ProductGroups",
                     "CriteriaVersions", "OldCommuneSuccessors", "OldCommunes", "OldProvinces", "Communes", "Provinces",
                 })
        {
            mb.DropTable(table);
        }
    }
}
