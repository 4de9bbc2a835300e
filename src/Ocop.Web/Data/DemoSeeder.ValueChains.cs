using Microsoft.EntityFrameworkCore;
using Ocop.Web.Features.ValueChains;

namespace Ocop.Web.Data;

public sealed partial class DemoSeeder
{
    /// <summary>An anchovy-fishing area off Phú Thủy with its outline and a fish-sauce chain around Cá Đen, shown on the fish sauce's page.</summary>
    private async Task SeedValueChainAsync(int producerId, CancellationToken ct)
    {
        var area = new RawMaterialArea
        {
            Name = "Vùng cá cơm Phú Thủy", ProvinceCode = "68", CommuneCode = "22924", Hectares = 35.5m, Crop = "Cá cơm than", Certifications = "Truy xuất nguồn gốc",
            Boundary = """{"type":"Polygon","coordinates":[[[108.10,10.90],[108.16,10.90],[108.16,10.94],[108.10,10.94],[108.10,10.90]]]}""",
        };
        db.RawMaterialAreas.Add(area);
        await db.SaveChangesAsync(ct);
        var products = await db.Products.Where(p => p.ProducerId == producerId).Select(p => p.Id).ToListAsync(ct);
        db.ValueChains.Add(new ValueChain
        {
            Name = "Chuỗi nước mắm Phan Thiết", ProvinceCode = "68", AreaId = area.Id, Description = "Đánh bắt – ủ chượp – đóng chai – phân phối siêu thị.",
            Members =
            [
                new ValueChainMember { Role = ChainRole.RawMaterialSupplier, PartnerName = "Tổ hợp tác khai thác cá cơm Phú Thủy", Contract = "HĐ 03/2026" },
                new ValueChainMember { Role = ChainRole.Producer, ProducerId = producerId },
                new ValueChainMember { Role = ChainRole.Buyer, PartnerName = "Siêu thị Co.opmart Phan Thiết", Contract = "HĐ 15/KG" },
            ],
            Products = [.. products.Select(id => new ValueChainProduct { ProductId = id })],
        });
        await db.SaveChangesAsync(ct);
    }
}
