using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Ocop.Tests.Features.Evaluation;
using Ocop.Web.Data;
using Ocop.Web.Features.Producers;
using Ocop.Web.Features.Products;
using Ocop.Web.Infrastructure;

namespace Ocop.Tests.Features.Programme;

/// <summary>
/// Known rating history in Lâm Đồng (all in commune Phú Thủy, which was in Bình Thuận before 1 July 2025), counted by hand:
/// <list type="bullet">
/// <item>C: certified 4★ today by a real evaluation; it also had a legacy rating since 35 months ago (so today's certificate is a re-evaluation).</item>
/// <item>A: legacy 3★ from 6 months ago (a new product in the last twelve months).</item>
/// <item>B: legacy 4★ from 31 months ago, lapsing in 5 months.</item>
/// <item>D: legacy 5★ community-tourism service (set 148-26) from 24 months ago.</item>
/// <item>E: legacy 3★ that lapsed yesterday (not rated any more). F: never rated.</item>
/// <item>Producers: C's enterprise, a cooperative (A, B, D), a household (E, F), a suspended household (not active).</item>
/// <item>Hồ Chí Minh City: one legacy 5★ product, which must never count in Lâm Đồng.</item>
/// </list>
/// </summary>
internal sealed record ProgrammeData(HttpClient Officer, HttpClient HcmOfficer, int ProductC)
{
    public static DateOnly Today => VietnamTime.Today(TimeProvider.System);

    public static async Task<ProgrammeData> SeedAsync(OcopApp app)
    {
        var certified = await Certified.ProductAsync(app);
        var officer = certified.Officer;
        var food = await Registry.ProductSetIdAsync(app);
        var tourism = await Registry.ProductSetIdAsync(app, "148-26");

        var coop = Registry.Producer("HTX Thanh long Hàm Thuận");
        coop.Type = ProducerType.Cooperative;
        var coopId = (await Registry.CreateProducerAsync(officer, coop)).Id;
        var household = Registry.Producer("Hộ kinh doanh Bánh tráng Phú Thủy");
        household.Type = ProducerType.Household;
        var householdId = (await Registry.CreateProducerAsync(officer, household)).Id;
        var suspended = Registry.Producer("Hộ kinh doanh tạm ngừng");
        (suspended.Type, suspended.Status) = (ProducerType.Household, ProducerStatus.Suspended);
        await Registry.CreateProducerAsync(officer, suspended);

        async Task<int> ProductAsync(HttpClient client, int producerId, string name, int setId, int? stars, int? validForMonths)
        {
            var input = new ProductInput { ProducerId = producerId, Name = name, ProductSetId = setId, Status = ProductStatus.Active };
            if (stars is not null)
            {
                input.Listed(stars.Value);
                input.LegacyValidUntil = Today.AddMonths(validForMonths!.Value);
            }

            return (await Registry.CreateProductAsync(client, input)).Id;
        }

        await ProductAsync(officer, coopId, "A Mứt thanh long", food, 3, 30);
        await ProductAsync(officer, coopId, "B Nước mắm nhĩ", food, 4, 5);
        await ProductAsync(officer, coopId, "D Làng chài Mũi Né", tourism, 5, 12);
        var e = await ProductAsync(officer, householdId, "E Bánh tráng nướng", food, 3, 1);
        await ProductAsync(officer, householdId, "F Bánh tráng mè", food, null, null);

        // Dates the API does not accept for a new record: E lapsed yesterday, C's rating before the platform.
        await app.WithScopeAsync(async s =>
        {
            var db = s.GetRequiredService<OcopDbContext>();
            await db.Products.Where(p => p.Id == e).ExecuteUpdateAsync(u => u.SetProperty(p => p.LegacyValidUntil, Today.AddDays(-1)));
            return await db.Products.Where(p => p.Id == certified.ProductId).ExecuteUpdateAsync(u => u.SetProperty(p => p.LegacyValidUntil, Today.AddMonths(1)));
        });

        var hcm = await Registry.OfficerAsync(app, Registry.HoChiMinh);
        var saigon = await Registry.CreateProducerAsync(hcm, Registry.Producer("Công ty Bánh pía Sài Gòn", Registry.ThuongTan));
        await ProductAsync(hcm, saigon.Id, "Bánh pía sầu riêng", food, 5, 20);
        return new ProgrammeData(officer, hcm, certified.ProductId);
    }
}
