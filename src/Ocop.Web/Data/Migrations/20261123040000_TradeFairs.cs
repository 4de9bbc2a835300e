using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Ocop.Web.Data.Migrations;

/// <summary>Trade fairs: the event and hall, zones of booths, producers' applications with the products they show, and the allocations.</summary>
[DbContext(typeof(OcopDbContext))]
[Migration("20261123040000_TradeFairs")]
public sealed class TradeFairs : Migration
{
    protected override void Up(MigrationBuilder mb)
    {
        mb.CreateTable(
            name: "TradeFairs",
            columns: table => new
            {
                Id = table.Column<int>(nullable: false).Identity(),
                Name = table.Column<string>(maxLength: 200, nullable: false),
                ProvinceCode = table.Column<string>(maxLength: 2, nullable: false),
                Organiser = table.Column<string>(maxLength: 200, nullable: false),
                Venue = table.Column<string>(maxLength: 300, nullable: false),
                StartsOn = table.Column<DateOnly>(nullable: false),
                EndsOn = table.Column<DateOnly>(nullable: false),
                ApplicationsCloseOn = table.Column<DateOnly>(nullable: false),
                MaxBoothsPerProducer = table.Column<int>(nullable: false),
                HallWidth = table.Column<int>(nullable: false),
                HallDepth = table.Column<int>(nullable: false),
                Description = table.Column<string>(maxLength: 2000, nullable: true),
                IsPublished = table.Column<bool>(nullable: false),
                Visitors = table.Column<int>(nullable: true),
                CreatedAt = table.Column<DateTime>(nullable: false),
                CreatedBy = table.Column<string>(maxLength: 256, nullable: true),
                UpdatedAt = table.Column<DateTime>(nullable: false),
                UpdatedBy = table.Column<string>(maxLength: 256, nullable: true),
                Version = table.Column<int>(nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_TradeFairs", x => x.Id);
                table.ForeignKey("FK_TradeFairs_Provinces_ProvinceCode", x => x.ProvinceCode, "Provinces", "Code", onDelete: ReferentialAction.Restrict);
            });
        mb.CreateIndex("IX_TradeFairs_ProvinceCode_StartsOn", "TradeFairs", ["ProvinceCode", "StartsOn"]);

        mb.CreateTable(
            name: "FairZones",
            columns: table => new
            {
                Id = table.Column<int>(nullable: false).Identity(),
                FairId = table.Column<int>(nullable: false),
                Code = table.Column<string>(maxLength: 2, nullable: false),
                Name = table.Column<string>(maxLength: 200, nullable: false),
                Kind = table.Column<string>(maxLength: 30, nullable: false),
                X = table.Column<int>(nullable: false),
                Y = table.Column<int>(nullable: false),
                Columns = table.Column<int>(nullable: false),
                Rows = table.Column<int>(nullable: false),
                BoothWidth = table.Column<int>(nullable: false),
                BoothDepth = table.Column<int>(nullable: false),
                AisleWidth = table.Column<int>(nullable: false),
                Price = table.Column<decimal>(precision: 14, scale: 0, nullable: false),
                CornerPrice = table.Column<decimal>(precision: 14, scale: 0, nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_FairZones", x => x.Id);
                table.ForeignKey("FK_FairZones_TradeFairs_FairId", x => x.FairId, "TradeFairs", "Id", onDelete: ReferentialAction.Cascade);
            });
        mb.CreateIndex("IX_FairZones_FairId_Code", "FairZones", ["FairId", "Code"], unique: true);

        mb.CreateTable(
            name: "BoothApplications",
            columns: table => new
            {
                Id = table.Column<int>(nullable: false).Identity(),
                FairId = table.Column<int>(nullable: false),
                ProducerId = table.Column<int>(nullable: false),
                BoothsRequested = table.Column<int>(nullable: false),
                BoothsAllocated = table.Column<int>(nullable: false),
                PreferredZoneId = table.Column<int>(nullable: true),
                Wishes = table.Column<string>(maxLength: 1000, nullable: true),
                Status = table.Column<string>(maxLength: 20, nullable: false),
                SubmittedAt = table.Column<DateTime>(nullable: false),
                SubmittedBy = table.Column<string>(maxLength: 256, nullable: true),
                WaitlistedAt = table.Column<DateTime>(nullable: true),
                SalesAmount = table.Column<decimal>(precision: 16, scale: 0, nullable: true),
                ContractsSigned = table.Column<int>(nullable: true),
                ContractValue = table.Column<decimal>(precision: 16, scale: 0, nullable: true),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_BoothApplications", x => x.Id);
                table.CheckConstraint("CK_BoothApplications_BoothsAllocated", "\"BoothsAllocated\" >= 0 AND \"BoothsAllocated\" <= \"BoothsRequested\"");
                table.ForeignKey("FK_BoothApplications_TradeFairs_FairId", x => x.FairId, "TradeFairs", "Id", onDelete: ReferentialAction.Cascade);
                table.ForeignKey("FK_BoothApplications_Producers_ProducerId", x => x.ProducerId, "Producers", "Id", onDelete: ReferentialAction.Restrict);
                table.ForeignKey("FK_BoothApplications_FairZones_PreferredZoneId", x => x.PreferredZoneId, "FairZones", "Id", onDelete: ReferentialAction.SetNull);
            });
        mb.CreateIndex("IX_BoothApplications_FairId_ProducerId", "BoothApplications", ["FairId", "ProducerId"], unique: true);
        mb.CreateIndex("IX_BoothApplications_PreferredZoneId", "BoothApplications", "PreferredZoneId");
        mb.CreateIndex("IX_BoothApplications_ProducerId", "BoothApplications", "ProducerId");

        mb.CreateTable(
            name: "ApplicationProducts",
            columns: table => new
            {
                ApplicationId = table.Column<int>(nullable: false),
                ProductId = table.Column<int>(nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_ApplicationProducts", x => new { x.ApplicationId, x.ProductId });
                table.ForeignKey("FK_ApplicationProducts_BoothApplications_ApplicationId", x => x.ApplicationId, "BoothApplications", "Id", onDelete: ReferentialAction.Cascade);
                table.ForeignKey("FK_ApplicationProducts_Products_ProductId", x => x.ProductId, "Products", "Id", onDelete: ReferentialAction.Restrict);
            });
        mb.CreateIndex("IX_ApplicationProducts_ProductId", "ApplicationProducts", "ProductId");

        mb.CreateTable(
            name: "Booths",
            columns: table => new
            {
                Id = table.Column<int>(nullable: false).Identity(),
                FairId = table.Column<int>(nullable: false),
                ZoneId = table.Column<int>(nullable: false),
                Code = table.Column<string>(maxLength: 6, nullable: false),
                X = table.Column<int>(nullable: false),
                Y = table.Column<int>(nullable: false),
                Width = table.Column<int>(nullable: false),
                Depth = table.Column<int>(nullable: false),
                IsCorner = table.Column<bool>(nullable: false),
                Price = table.Column<decimal>(precision: 14, scale: 0, nullable: false),
                ApplicationId = table.Column<int>(nullable: true),
                AllocatedAt = table.Column<DateTime>(nullable: true),
                AllocatedBy = table.Column<string>(maxLength: 256, nullable: true),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_Booths", x => x.Id);
                table.ForeignKey("FK_Booths_TradeFairs_FairId", x => x.FairId, "TradeFairs", "Id", onDelete: ReferentialAction.Cascade);
                table.ForeignKey("FK_Booths_FairZones_ZoneId", x => x.ZoneId, "FairZones", "Id", onDelete: ReferentialAction.Cascade);
                table.ForeignKey("FK_Booths_BoothApplications_ApplicationId", x => x.ApplicationId, "BoothApplications", "Id", onDelete: ReferentialAction.Restrict);
            });
        mb.CreateIndex("IX_Booths_FairId_Code", "Booths", ["FairId", "Code"], unique: true);
        mb.CreateIndex("IX_Booths_ZoneId", "Booths", "ZoneId");
        mb.CreateIndex("IX_Booths_ApplicationId", "Booths", "ApplicationId");
    }

    protected override void Down(MigrationBuilder mb)
    {
        mb.DropTable("Booths");
        mb.DropTable("ApplicationProducts");
        mb.DropTable("BoothApplications");
        mb.DropTable("FairZones");
        mb.DropTable("TradeFairs");
    }
}
