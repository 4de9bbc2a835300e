using System.Text.Json;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using Ocop.Web.Data;
using Ocop.Web.Features.Accounts;
using Ocop.Web.Features.Evaluation.Batches;
using Ocop.Web.Features.Evaluation.Criteria;
using Ocop.Web.Features.Evaluation.Dossiers;

namespace Ocop.BrowserTests;

/// <summary>
/// The secretary of a council whose members scored one product more than 10 points apart: closing is refused with
/// the reason, the secretary records the council's discussion on the progress page, and the round closes with it.
/// </summary>
public sealed class CouncilDiscussionJourneyTests
{
    [Fact]
    public async Task Secretary_RecordsTheDiscussion_ThenClosesTheRound()
    {
        await using var session = await BrowserSession.StartAsync();
        var (browser, app, baseUrl) = (session.Browser, session.App, session.BaseUrl);
        var password = await Journey.CreateAccountAsync(app, new NewAccount("thuky.hd@test.vn", Roles.CouncilMember, ProvinceCode: "68"));
        foreach (var (email, _, _, _) in Seats.Where(s => s.Email != "thuky.hd@test.vn"))
        {
            await Journey.CreateAccountAsync(app, new NewAccount(email, Roles.CouncilMember, ProvinceCode: "68"));
        }

        var batchId = await SeedAsync(app);

        var page = await (await browser.NewContextAsync(new BrowserNewContextOptions { ViewportSize = new ViewportSize { Width = 1280, Height = 900 } })).NewPageAsync();
        page.Dialog += (_, dialog) => dialog.AcceptAsync();
        await Journey.SignInAsync(page, baseUrl, "thuky.hd@test.vn", password);
        await page.GotoAsync($"{baseUrl}/council/batches/{batchId}");
        (await page.GetByTestId("spread").InnerTextAsync()).ShouldContain("Chênh lệch giữa các thành viên");

        await page.GetByRole(AriaRole.Button, new() { Name = "Kết thúc vòng chấm và tính kết quả" }).ClickAsync();
        (await page.GetByTestId("errors").InnerTextAsync()).ShouldContain("quá 10 điểm");

        await page.GetByLabel("Kết luận thảo luận của hội đồng").FillAsync("Hội đồng thảo luận về bao bì; thống nhất giữ điểm đã chấm.");
        await page.GetByTestId("discussion-form").ScreenshotAsync(new() { Path = Browser.ScreenshotPath("49-council-discussion") });
        await page.GetByRole(AriaRole.Button, new() { Name = "Lưu kết luận" }).ClickAsync();
        await page.GetByTestId("flash").WaitForAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Kết thúc vòng chấm và tính kết quả" }).ClickAsync();
        await page.GetByTestId("flash").WaitForAsync();

        (await page.GetByTestId("discussion").InnerTextAsync()).ShouldContain("thống nhất giữ điểm đã chấm");
        (await page.GetByTestId("spread-too-wide").IsVisibleAsync()).ShouldBeTrue();
        await page.ScreenshotAsync(new() { Path = Browser.ScreenshotPath("50-results-discussed"), FullPage = true });
    }

    /// <summary>The seven bodies 26/2026 Điều 7.3b seats; five score (null: absent), the lowest 13 points below the highest.</summary>
    private static readonly (string Email, CouncilRole Role, string Body, int? Target)[] Seats =
    [
        ("chutich.hd@test.vn", CouncilRole.Chair, "ubnd-tinh", 85), ("thuky.hd@test.vn", CouncilRole.Secretary, "ocop-tinh", 84),
        ("uyvien.hd@test.vn", CouncilRole.Member, "so-ct", 72), ("snnmt.hd@test.vn", CouncilRole.Member, "so-nnmt", 84),
        ("syt.hd@test.vn", CouncilRole.Member, "so-yt", 84), ("skhcn.hd@test.vn", CouncilRole.Member, "so-khcn", null),
        ("svhttdl.hd@test.vn", CouncilRole.Member, "so-vhttdl", null),
    ];

    /// <summary>An open Lâm Đồng batch under 26/2026 with its seven seats and one product whose five sheets are 13 points apart.</summary>
    private static async Task<int> SeedAsync(OcopApp app)
    {
        var (_, productId) = await Journey.SeedFishSauceAsync(app);
        return await app.WithScopeAsync(async s =>
        {
            var db = s.GetRequiredService<OcopDbContext>();
            var setId = await db.Products.Where(p => p.Id == productId).Select(p => p.ProductSetId).SingleAsync();
            var definition = (await db.Scorecards.SingleAsync(c => c.ProductSetId == setId)).Definition();
            var users = s.GetRequiredService<UserManager<OcopUser>>();
            var batch = new EvaluationBatch
            {
                Name = "Đợt 2 năm 2026", Year = 2026, ProvinceCode = "68", Level = GovernmentLevel.Province, RegimeCode = "26/2026", StepCode = "province-council",
                CriteriaVersionCode = "26/2026", StartsOn = new DateOnly(2026, 11, 1), EndsOn = new DateOnly(2026, 12, 31), Status = BatchStatus.Open,
            };
            var entry = new BatchEntry
            {
                Dossier = new Dossier
                {
                    ProductId = productId, ProductSetId = setId, Kind = DossierKind.New, Status = DossierStatus.Accepted, CriteriaVersionCode = "26/2026", RegimeCode = "26/2026",
                },
            };
            batch.Entries.Add(entry);
            foreach (var (email, role, body, target) in Seats)
            {
                var user = (await users.FindByEmailAsync(email))!;
                batch.Council.Add(new CouncilSeat { UserId = user.Id, Role = role, Body = body });
                if (target is null)
                {
                    continue;
                }

                var answers = ScoreAnswers.ForStars(definition, 4, target.Value);
                entry.Sheets.Add(new ScoreSheet
                {
                    MemberUserId = user.Id, AnswersJson = JsonSerializer.Serialize(answers), Total = ScoreCalculator.Total(definition, answers).Total,
                    Status = SheetStatus.Submitted, SubmittedAt = DateTime.UtcNow,
                });
            }

            db.EvaluationBatches.Add(batch);
            await db.SaveChangesAsync();
            return batch.Id;
        });
    }
}
