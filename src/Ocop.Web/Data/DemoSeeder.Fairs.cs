using Microsoft.EntityFrameworkCore;
using Ocop.Web.Features.Fairs;

namespace Ocop.Web.Data;

public sealed partial class DemoSeeder
{
    /// <summary>
    /// A published Lâm Đồng fair six weeks ahead with 280 booths in four zones and fourteen exhibitors already
    /// placed (Lâm Đồng producers in the OCOP zone, Hồ Chí Minh City and Hà Nội ones in the other-provinces zone).
    /// Cá Đen has not applied, so the demo producer can try the application form.
    /// </summary>
    private async Task SeedFairAsync(CancellationToken ct)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var today = Infrastructure.VietnamTime.Today(clock);
        var fair = new TradeFair
        {
            Name = "Hội chợ OCOP và đặc sản Lâm Đồng", ProvinceCode = "68", Organiser = "Sở Công Thương Lâm Đồng",
            Venue = "Quảng trường Lâm Viên, Đà Lạt", StartsOn = today.AddDays(45), EndsOn = today.AddDays(49), ApplicationsCloseOn = today.AddDays(30),
            MaxBoothsPerProducer = 2, HallWidth = 120, HallDepth = 62, IsPublished = true,
            Description = "Trưng bày, giới thiệu và bán sản phẩm OCOP, đặc sản vùng miền; kết nối giao thương giữa chủ thể OCOP với doanh nghiệp phân phối.",
        };
        fair.Zones.AddRange(
            Zone("A", "Khu thành tựu kinh tế", "Economic achievements", ZoneKind.EconomicAchievements, 5, 5, columns: 15, rows: 2, price: 4_000_000m),
            Zone("B", "Khu sản phẩm OCOP Lâm Đồng", "OCOP products of Lâm Đồng", ZoneKind.KeyOcopRural, 55, 5, columns: 20, rows: 6, price: 3_500_000m),
            Zone("C", "Khu sản phẩm các tỉnh, thành", "Products of other provinces", ZoneKind.OtherProvinces, 5, 20, columns: 15, rows: 4, price: 3_500_000m),
            Zone("D", "Khu đặc sản, quà tặng và du lịch", "Specialities, gifts and travel", ZoneKind.LocalSpecialties, 5, 48, columns: 35, rows: 2, price: 3_000_000m));
        db.TradeFairs.Add(fair);
        await db.SaveChangesAsync(ct);
        foreach (var zone in fair.Zones)
        {
            zone.Booths.AddRange(FairLayout.Booths(zone, fair.Id));
        }

        var producers = await db.Producers.Where(p => p.Email == null && db.Products.Any(x => x.ProducerId == p.Id))
            .OrderBy(p => p.Id).Select(p => new { p.Id, p.ProvinceCode, Products = db.Products.Where(x => x.ProducerId == p.Id).OrderBy(x => x.Id).Select(x => x.Id).Take(3).ToList() })
            .ToListAsync(ct);
        var chosen = producers.Where(p => p.ProvinceCode == "68").Take(9).Concat(producers.Where(p => p.ProvinceCode != "68").Take(5)).ToList();
        var applications = chosen.Select(p => new BoothApplication
        {
            FairId = fair.Id, ProducerId = p.Id, BoothsRequested = 1, BoothsAllocated = 1, Status = ApplicationStatus.Active, SubmittedAt = now, SubmittedBy = "demo",
            Products = [.. p.Products.Select(id => new ApplicationProduct { ProductId = id })],
        }).ToList();
        db.BoothApplications.AddRange(applications);
        await db.SaveChangesAsync(ct);
        var local = new Queue<Booth>(fair.Zones.Single(z => z.Code == "B").Booths);
        var others = new Queue<Booth>(fair.Zones.Single(z => z.Code == "C").Booths);
        for (var i = 0; i < applications.Count; i++)
        {
            var booth = (chosen[i].ProvinceCode == "68" ? local : others).Dequeue();
            booth.ApplicationId = applications[i].Id;
            booth.AllocatedAt = now;
            booth.AllocatedBy = "demo";
        }

        await db.SaveChangesAsync(ct);
    }

    private static FairZone Zone(string code, string name, string nameEn, ZoneKind kind, int x, int y, int columns, int rows, decimal price) => new()
    {
        Code = code, Name = name, NameEn = nameEn, Kind = kind, X = x, Y = y, Columns = columns, Rows = rows, BoothWidth = 3, BoothDepth = 3, AisleWidth = 3,
        Price = price, CornerPrice = price + 1_000_000m,
    };
}
