using Microsoft.EntityFrameworkCore;
using Ocop.Web.Features.Support;

namespace Ocop.Web.Data;

public sealed partial class DemoSeeder
{
    /// <summary>A product-development policy of Lâm Đồng and two support records for Cá Đen under it (one completed, one under way).</summary>
    private async Task SeedSupportAsync(int producerId, CancellationToken ct)
    {
        var today = Infrastructure.VietnamTime.Today(clock);
        var policy = new SupportPolicy
        {
            ProvinceCode = "68", Name = "Hỗ trợ phát triển sản phẩm OCOP", Area = PolicyArea.ProductDevelopment, LegalBasis = "Nghị quyết HĐND tỉnh",
            Conditions = "Chủ thể có sản phẩm OCOP hoặc sản phẩm tiềm năng; đối ứng tối thiểu 30%.", Budget = 2_000_000_000m, ValidFrom = new DateOnly(today.Year, 1, 1),
        };
        db.SupportPolicies.Add(policy);
        await db.SaveChangesAsync(ct);
        var fishSauce = await db.Products.Where(p => p.ProducerId == producerId && p.Gtin != null).Select(p => p.Id).FirstAsync(ct);
        db.SupportRecords.AddRange(
            new SupportRecord
            {
                ProducerId = producerId, ProductId = fishSauce, Kind = SupportKind.ProductionProcess, Provider = "Trung tâm Kỹ thuật Tiêu chuẩn Đo lường Chất lượng",
                StartsOn = today.AddMonths(-5), EndsOn = today.AddMonths(-2), Cost = 45_000_000m, Funding = FundingSource.ProvinceBudget, Status = SupportStatus.Completed,
                Outcome = "Đạt chứng nhận HACCP", PolicyId = policy.Id,
            },
            new SupportRecord
            {
                ProducerId = producerId, ProductId = fishSauce, Kind = SupportKind.PackagingDesign, Provider = "Công ty Thiết kế Bao bì Phương Nam",
                StartsOn = today.AddDays(-20), Cost = 18_000_000m, Funding = FundingSource.Producer, Status = SupportStatus.InProgress, PolicyId = policy.Id,
            });
        await db.SaveChangesAsync(ct);
    }
}
