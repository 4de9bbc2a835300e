using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using Ocop.Web.Features.Accounts;
using Ocop.Web.Features.Fairs;
using Ocop.Web.Infrastructure;

namespace Ocop.BrowserTests;

/// <summary>A producer applies for a booth from the portal, an officer allocates one on the floor plan, and the public plan shows it taken.</summary>
public sealed class FairJourneyTests
{
    /// <summary>A published Lâm Đồng fair with 280 booths in four zones, laid out as an officer would (three with English names).</summary>
    internal static Task<int> SeedFairAsync(OcopApp app) =>
        app.WithScopeAsync(async s =>
        {
            var officer = new UserScope(false, "68", null, null, true, "seed", "seed");
            var fairs = s.GetRequiredService<FairService>();
            var today = VietnamTime.Today(TimeProvider.System);
            var id = (await fairs.CreateAsync(new FairInput
            {
                Name = "Hội chợ OCOP Lâm Đồng 2027", Organiser = "Sở Công Thương Lâm Đồng", Venue = "Quảng trường Lâm Viên, Đà Lạt",
                StartsOn = today.AddDays(40), EndsOn = today.AddDays(44), ApplicationsCloseOn = today.AddDays(30), MaxBoothsPerProducer = 2,
                HallWidth = 120, HallDepth = 62, IsPublished = true,
            }, officer, CancellationToken.None)).Value;
            foreach (var (code, name, nameEn, kind, x, y, columns, rows) in new (string, string, string?, ZoneKind, int, int, int, int)[]
            {
                ("A", "Khu thành tựu kinh tế", "Economic achievements", ZoneKind.EconomicAchievements, 5, 5, 15, 2),
                ("B", "Khu sản phẩm OCOP Lâm Đồng", "OCOP products of Lâm Đồng", ZoneKind.KeyOcopRural, 55, 5, 20, 6),
                ("C", "Khu sản phẩm các tỉnh, thành", "Products of other provinces", ZoneKind.OtherProvinces, 5, 20, 15, 4),
                ("D", "Khu đặc sản, quà tặng và du lịch", null, ZoneKind.LocalSpecialties, 5, 48, 35, 2),
            })
            {
                var zone = new ZoneInput { Code = code, Name = name, NameEn = nameEn, Kind = kind, X = x, Y = y, Columns = columns, Rows = rows, BoothWidth = 3, BoothDepth = 3, AisleWidth = 3, Price = 3_500_000m, CornerPrice = 4_500_000m };
                (await fairs.AddZoneAsync(id, zone, officer, CancellationToken.None)).IsOk.ShouldBeTrue();
            }

            return id;
        });

    [Fact]
    public async Task Producer_Applies_Officer_Allocates_AndThePublicPlanShowsTheBoothTaken()
    {
        await using var session = await BrowserSession.StartAsync();
        var (browser, app, baseUrl) = (session.Browser, session.App, session.BaseUrl);
        var (producerId, _) = await Journey.SeedFishSauceAsync(app);
        var fairId = await SeedFairAsync(app);
        var producerPassword = await Journey.CreateAccountAsync(app, new NewAccount("caden@test.vn", Roles.Producer, ProducerId: producerId));
        var officerPassword = await Journey.CreateAccountAsync(app, new NewAccount("sct@test.vn", Roles.ProvinceOfficer, ProvinceCode: "68"));
        var desktop = new BrowserNewContextOptions { ViewportSize = new ViewportSize { Width = 1280, Height = 900 } };

        // The producer applies from the portal.
        var producer = await (await browser.NewContextAsync(desktop)).NewPageAsync();
        await Journey.SignInAsync(producer, baseUrl, "caden@test.vn", producerPassword);
        await producer.GetByRole(AriaRole.Button, new() { Name = "Xúc tiến thương mại" }).Or(producer.GetByRole(AriaRole.Link, new() { Name = "Xúc tiến thương mại" })).ClickAsync();
        await producer.GetByRole(AriaRole.Link, new() { Name = "Hội chợ", Exact = true }).ClickAsync();
        await producer.GetByTestId("open-fairs").GetByRole(AriaRole.Link, new() { Name = "Đăng ký gian hàng" }).ClickAsync();
        var form = producer.GetByTestId("apply-form");
        await form.GetByRole(AriaRole.Button, new() { Name = "Gửi đăng ký" }).ClickAsync();
        (await producer.GetByTestId("apply-form").InnerTextAsync()).ShouldContain("Hãy chọn 1–10 sản phẩm", customMessage: "no product ticked");
        await producer.GetByTestId("apply-form").GetByLabel("Nước mắm Cá Đen").CheckAsync();
        await producer.GetByTestId("apply-form").GetByLabel("Khu mong muốn").SelectOptionAsync(new SelectOptionValue { Label = "B — Khu sản phẩm OCOP Lâm Đồng (còn 120/120 gian)" });
        await producer.GetByTestId("apply-form").GetByLabel("Mong muốn", new() { Exact = true }).FillAsync("Gian góc gần lối vào");
        await producer.GetByTestId("apply-form").GetByRole(AriaRole.Button, new() { Name = "Gửi đăng ký" }).ClickAsync();
        await producer.GetByTestId("flash").WaitForAsync();
        (await producer.GetByTestId("application-state").InnerTextAsync()).ShouldBe("Chờ xếp gian");

        // The officer picks booth B021 on the plan and gives it to Cá Đen.
        var officer = await (await browser.NewContextAsync(desktop)).NewPageAsync();
        await Journey.SignInAsync(officer, baseUrl, "sct@test.vn", officerPassword);
        await officer.GotoAsync(baseUrl + "/admin/fairs");
        await officer.GetByRole(AriaRole.Link, new() { Name = "Hội chợ OCOP Lâm Đồng 2027" }).ClickAsync();
        (await officer.GetByTestId("booths-taken").InnerTextAsync()).ShouldBe("0/280");
        await officer.Locator("[data-testid=fair-plan] [data-booth=B021]").ClickAsync();
        (await officer.GetByTestId("selected-booth").InnerTextAsync()).ShouldContain("B021");
        var allocate = officer.GetByTestId("allocate-form");
        (await allocate.GetByLabel("Mã gian").InputValueAsync()).ShouldBe("B021");
        await allocate.GetByLabel("Đơn vị tham gia").SelectOptionAsync(new SelectOptionValue { Label = "Công ty TNHH Cá Đen (0/1 · B)" });
        await allocate.GetByRole(AriaRole.Button, new() { Name = "Xếp gian" }).ClickAsync();
        (await officer.GetByTestId("flash").InnerTextAsync()).ShouldContain("Đã xếp gian B021");
        (await officer.GetByTestId("booths-taken").InnerTextAsync()).ShouldBe("1/280");
        (await officer.Locator("[data-testid=fair-plan] [data-booth=B021]").GetAttributeAsync("data-taken")).ShouldBe("true");

        // Typing a taken booth's code without choosing anyone is refused with both reasons.
        await officer.GetByTestId("allocate-form").GetByLabel("Mã gian").FillAsync("b021");
        await officer.GetByTestId("allocate-form").GetByRole(AriaRole.Button, new() { Name = "Xếp gian" }).ClickAsync();
        var refusal = await officer.GetByTestId("form-error").InnerTextAsync();
        refusal.ShouldContain("Gian này đã được xếp cho đơn vị khác");
        refusal.ShouldContain("Hãy chọn đơn vị");
        await officer.GotoAsync($"{baseUrl}/admin/fairs/{fairId}");
        await officer.ScreenshotAsync(new() { Path = Browser.ScreenshotPath("70-fair-admin"), FullPage = true });

        // A visitor sees the booth taken on the public plan and Cá Đen in the exhibitor list.
        var visitor = await (await browser.NewContextAsync(desktop)).NewPageAsync();
        await visitor.GotoAsync(baseUrl + "/fairs");
        await visitor.GetByRole(AriaRole.Link, new() { Name = "Hội chợ OCOP Lâm Đồng 2027" }).ClickAsync();
        (await visitor.Locator("[data-testid=fair-plan] [data-booth=B021]").GetAttributeAsync("data-taken")).ShouldBe("true");
        (await visitor.Locator("[data-testid=fair-plan] [data-booth=B022]").GetAttributeAsync("data-taken")).ShouldBe("false");
        (await visitor.Locator("[data-testid=fair-plan] [data-booth]").CountAsync()).ShouldBe(280);
        (await visitor.GetByTestId("booth-count").InnerTextAsync()).ShouldBe("1/280 gian đã có đơn vị");
        (await visitor.GetByTestId("exhibitors").InnerTextAsync()).ShouldContain("Công ty TNHH Cá Đen");
        await visitor.GetByLabel("Tìm đơn vị, sản phẩm").FillAsync("nuoc mam");
        await visitor.GetByRole(AriaRole.Button, new() { Name = "Lọc" }).ClickAsync();
        (await visitor.GetByTestId("exhibitor-count").InnerTextAsync()).ShouldBe("1 đơn vị tham gia");
        await visitor.ScreenshotAsync(new() { Path = Browser.ScreenshotPath("71-fair-public"), FullPage = true });
        // From the keyboard: what each booth's title shows a mouse, the list under the plan tells (B021 taken by Cá Đen).
        await visitor.GetByTestId("booth-list").Locator("summary").FocusAsync();
        await visitor.Keyboard.PressAsync("Enter");
        var b021 = visitor.GetByTestId("booth-list").Locator("tr", new() { Has = visitor.Locator("th", new() { HasTextString = "B021" }) });
        (await b021.InnerTextAsync()).ShouldContain("Công ty TNHH Cá Đen");
        await Accessibility.CheckAsync(visitor);
        var phone = await (await browser.NewContextAsync(new BrowserNewContextOptions { ViewportSize = new ViewportSize { Width = 390, Height = 844 }, IsMobile = true })).NewPageAsync();
        await phone.GotoAsync($"{baseUrl}/fairs/{fairId}");
        (await phone.Locator("[data-testid=fair-plan] [data-booth=B021]").GetAttributeAsync("data-taken")).ShouldBe("true");
        await phone.ScreenshotAsync(new() { Path = Browser.ScreenshotPath("72-fair-phone"), FullPage = true });

        // The producer sees their booth.
        await producer.GotoAsync($"{baseUrl}/portal/fairs/{fairId}/apply");
        (await producer.GetByTestId("my-booths").InnerTextAsync()).ShouldBe("B021");
        (await producer.GetByTestId("application-state").InnerTextAsync()).ShouldBe("Đã xếp gian");
        await producer.ScreenshotAsync(new() { Path = Browser.ScreenshotPath("73-fair-portal"), FullPage = true });
    }

    [Fact]
    public async Task AfterTheFair_OfficerEntersResults_AndReadsTheSummary()
    {
        await using var session = await BrowserSession.StartAsync();
        var (browser, app, baseUrl) = (session.Browser, session.App, session.BaseUrl);
        var (producerId, productId) = await Journey.SeedFishSauceAsync(app);
        var fairId = await SeedFairAsync(app);
        await app.WithScopeAsync(async s =>
        {
            // Cá Đen applied and got B001; the fair then took place last month (dates corrected by the officer).
            var producer = new UserScope(false, null, null, producerId, false, "p", "caden");
            var officer = new UserScope(false, "68", null, null, true, "seed", "seed");
            var applications = s.GetRequiredService<BoothApplicationService>();
            var fairs = s.GetRequiredService<FairService>();
            var applied = await applications.ApplyAsync(fairId, new ApplicationInput { ProductIds = [productId], BoothsRequested = 1 }, producer, CancellationToken.None);
            var plan = (await fairs.PlanAsync(fairId, officer, CancellationToken.None))!;
            (await applications.AllocateAsync(fairId, new AllocationInput(applied.Value, plan.Booths.Single(b => b.Code == "B001").Id), officer, CancellationToken.None)).IsOk.ShouldBeTrue();
            var today = VietnamTime.Today(TimeProvider.System);
            var f = plan.Fair;
            var moved = new FairInput
            {
                Name = f.Name, Organiser = f.Organiser, Venue = f.Venue, StartsOn = today.AddDays(-20), EndsOn = today.AddDays(-16), ApplicationsCloseOn = today.AddDays(-30),
                MaxBoothsPerProducer = f.MaxBoothsPerProducer, HallWidth = f.HallWidth, HallDepth = f.HallDepth, IsPublished = true, Version = f.Version,
            };
            (await fairs.UpdateAsync(fairId, moved, officer, CancellationToken.None)).IsOk.ShouldBeTrue();
            return 0;
        });
        var password = await Journey.CreateAccountAsync(app, new NewAccount("sct@test.vn", Roles.ProvinceOfficer, ProvinceCode: "68"));

        var page = await (await browser.NewContextAsync(new BrowserNewContextOptions { ViewportSize = new ViewportSize { Width = 1280, Height = 900 } })).NewPageAsync();
        await Journey.SignInAsync(page, baseUrl, "sct@test.vn", password);
        await page.GotoAsync($"{baseUrl}/admin/fairs/{fairId}");
        await page.GetByRole(AriaRole.Link, new() { Name = "Kết quả, tổng kết" }).ClickAsync();
        var form = page.GetByTestId("results-form");
        await form.GetByLabel("Khách tham quan").FillAsync("12500");
        await form.GetByLabel("Doanh số (đ) — Công ty TNHH Cá Đen").FillAsync("-1");
        await form.GetByRole(AriaRole.Button, new() { Name = "Lưu" }).ClickAsync();
        (await page.GetByTestId("form-error").InnerTextAsync()).ShouldContain("không âm");
        await page.GetByTestId("results-form").GetByLabel("Doanh số (đ) — Công ty TNHH Cá Đen").FillAsync("48250000");
        await page.GetByTestId("results-form").GetByLabel("Hợp đồng ký kết — Công ty TNHH Cá Đen").FillAsync("2");
        await page.GetByTestId("results-form").GetByLabel("Giá trị hợp đồng (đ) — Công ty TNHH Cá Đen").FillAsync("150000000");
        await page.GetByTestId("results-form").GetByRole(AriaRole.Button, new() { Name = "Lưu" }).ClickAsync();
        await page.GetByTestId("flash").WaitForAsync();
        (await page.GetByTestId("total-sales").InnerTextAsync()).ShouldBe("48.250.000 ₫");
        (await page.GetByTestId("summary").InnerTextAsync()).ShouldContain("12.500");
        await page.ScreenshotAsync(new() { Path = Browser.ScreenshotPath("74-fair-results"), FullPage = true });
        var download = await page.RunAndWaitForDownloadAsync(() => page.GetByRole(AriaRole.Link, new() { Name = "PDF" }).ClickAsync());
        download.SuggestedFilename.ShouldEndWith(".pdf");
    }
}
