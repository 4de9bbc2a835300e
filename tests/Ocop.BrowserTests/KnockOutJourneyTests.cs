using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using Ocop.Web.Data;
using Ocop.Web.Features.Accounts;
using Ocop.Web.Features.Classification;
using Ocop.Web.Features.Evaluation.Batches;
using Ocop.Web.Features.Evaluation.Criteria;
using Ocop.Web.Features.Evaluation.Dossiers;
using Ocop.Web.Features.Producers;
using Ocop.Web.Features.Products;

namespace Ocop.BrowserTests;

/// <summary>A council member, on a phone, meets a knock-out rule ("Không đánh giá các bước tiếp theo nếu…") on their sheet and applies it.</summary>
public sealed class KnockOutJourneyTests
{
    [Fact]
    public async Task Member_TicksAKnockOutRule_AndItIsKeptOnTheSheet()
    {
        await using var session = await BrowserSession.StartAsync();
        var (browser, app, baseUrl) = (session.Browser, session.App, session.BaseUrl);
        var password = await Journey.CreateAccountAsync(app, new NewAccount("giamkhao@test.vn", Roles.CouncilMember, ProvinceCode: "68"));
        var (entryId, rule) = await SeedAsync(app, "giamkhao@test.vn");

        // On a phone, as members often score.
        var page = await (await browser.NewContextAsync(new BrowserNewContextOptions
        {
            ViewportSize = new ViewportSize { Width = 390, Height = 844 }, IsMobile = true, HasTouch = true, DeviceScaleFactor = 2,
        })).NewPageAsync();
        await Journey.SignInAsync(page, baseUrl, "giamkhao@test.vn", password);
        await page.GotoAsync($"{baseUrl}/council/entries/{entryId}");
        var box = page.Locator($"[data-knockout='{rule}']");
        (await box.InnerTextAsync()).ShouldContain("Không đánh giá các bước tiếp theo");
        await box.GetByLabel("Điều kiện loại này áp dụng cho sản phẩm", new() { Exact = false }).CheckAsync();
        await box.ScrollIntoViewIfNeededAsync();
        await page.ScreenshotAsync(new() { Path = Browser.ScreenshotPath("46-knock-out"), FullPage = false });
        await page.GetByRole(AriaRole.Button, new() { Name = "Lưu nháp" }).ClickAsync();
        await page.GetByTestId("flash").WaitForAsync();

        (await page.Locator($"[data-knockout='{rule}'] input[type=checkbox]").IsCheckedAsync()).ShouldBeTrue("the member's knock-out is saved with the draft");
    }

    /// <summary>An accepted honey dossier filed under 1489 (set 148-04, which has knock-out rules) in an open Lâm Đồng batch with the member seated.</summary>
    internal static Task<(int EntryId, string Rule)> SeedAsync(OcopApp app, string memberEmail) =>
        app.WithScopeAsync(async s =>
        {
            var national = new UserScope(true, null, null, null, true, "seed", "seed");
            var producerId = (await s.GetRequiredService<ProducerService>().CreateAsync(new ProducerInput
            {
                Type = ProducerType.Cooperative, Name = "HTX ong mật Bảo Lộc", CommuneCode = "22933", Status = ProducerStatus.Active,
            }, national)).Value;
            var setId = (await s.GetRequiredService<ClassificationService>().ProductSetsAsync(includeRetired: true)).Single(x => x.Code == "148-04").Id;
            var productId = (await s.GetRequiredService<ProductService>().CreateAsync(new ProductInput
            {
                ProducerId = producerId, Name = "Mật ong hoa cà phê", ProductSetId = setId, Status = ProductStatus.Active,
            }, national)).Value;
            var db = s.GetRequiredService<OcopDbContext>();
            var card = await db.Scorecards.SingleAsync(c => c.ProductSetId == setId);
            var member = await s.GetRequiredService<UserManager<OcopUser>>().FindByEmailAsync(memberEmail);
            var dossier = new Dossier { ProductId = productId, Kind = DossierKind.New, Status = DossierStatus.Accepted, CriteriaVersionCode = "148/2023", RegimeCode = "1489/2025", ProductSetId = setId };
            var batch = new EvaluationBatch
            {
                Name = "Đợt thử", Year = 2026, ProvinceCode = "68", Level = GovernmentLevel.Province, RegimeCode = "1489/2025", StepCode = "province-council",
                CriteriaVersionCode = "148/2023", StartsOn = new DateOnly(2026, 11, 1), EndsOn = new DateOnly(2026, 12, 31), Status = BatchStatus.Open,
            };
            batch.Council.Add(new CouncilSeat { UserId = member!.Id, Role = CouncilRole.Member });
            var entry = new BatchEntry { Dossier = dossier };
            batch.Entries.Add(entry);
            db.EvaluationBatches.Add(batch);
            await db.SaveChangesAsync();
            return (entry.Id, card.Definition().AllCriteria().First(c => c.KnockOut is not null).Code);
        });
}
