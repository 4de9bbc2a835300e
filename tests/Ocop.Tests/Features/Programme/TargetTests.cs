using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Ocop.Web.Features.Accounts;
using Ocop.Web.Features.Programme;

namespace Ocop.Tests.Features.Programme;

/// <summary>Targets over HTTP: progress computed from the platform's data, statuses by time elapsed, every bad input refused, scope kept.</summary>
public sealed class TargetTests
{
    private static DateOnly Today => ProgrammeData.Today;

    private static TargetInput Target(string metric, TargetKind kind, decimal value, DateOnly startsOn, DateOnly dueOn, decimal? upper = null) =>
        new() { MetricKey = metric, Kind = kind, Value = value, UpperValue = upper, StartsOn = startsOn, DueOn = dueOn };

    private static async Task<TargetItem> CreateAsync(HttpClient officer, TargetInput input)
    {
        var response = await officer.PostAsJsonAsync("/api/v1/programme/targets", input, Json.Options);
        response.StatusCode.ShouldBe(HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        return (await response.Content.ReadFromJsonAsync<TargetItem>(Json.Options))!;
    }

    private static async Task<Dictionary<string, string[]>> RefusedAsync(HttpClient officer, TargetInput input)
    {
        var response = await officer.PostAsJsonAsync("/api/v1/programme/targets", input, Json.Options);
        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        using var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        return problem.RootElement.GetProperty("errors").EnumerateObject().ToDictionary(e => e.Name, e => e.Value.EnumerateArray().Select(v => v.GetString()!).ToArray());
    }

    [Theory]
    [ClassData(typeof(Engines))]
    public async Task Progress_FollowsTheData_AndTheTimeElapsed(Engine engine)
    {
        await using var app = await OcopApp.StartAsync(engine);
        var data = await ProgrammeData.SeedAsync(app);
        var officer = data.Officer;

        // 161 rated products in a 61-day window: 5 the day before it (A, B, C's legacy rating, D, E), 4 now; 5 + 156 × 31/61 = 84.3 expected by day 31.
        var stock = await CreateAsync(officer, Target("products.certified", TargetKind.Minimum, 161, Today.AddDays(-30), Today.AddDays(30)));
        (stock.Progress.Actual, stock.Progress.Expected, stock.Progress.Percent, stock.Progress.Status).ShouldBe((4m, 84.3m, 2, TargetStatus.AtRisk));
        stock.MetricName.ShouldBe("Sản phẩm OCOP còn hiệu lực");

        (await CreateAsync(officer, Target("products.new", TargetKind.Minimum, 1, Today.AddMonths(-12).AddDays(1), Today.AddDays(30)))).Progress.Status.ShouldBe(TargetStatus.Met);
        (await CreateAsync(officer, Target("products.fiveStar", TargetKind.Exact, 1, Today.AddYears(-2), Today.AddDays(-1)))).Progress.Status.ShouldBe(TargetStatus.Met);
        var missed = await CreateAsync(officer, Target("salesPoints.active", TargetKind.Minimum, 2, Today.AddYears(-1), Today.AddDays(-1)));
        (missed.Progress.Actual, missed.Progress.Status).ShouldBe((0m, TargetStatus.Missed));
        (await CreateAsync(officer, Target("products.reevaluated", TargetKind.Range, 1, Today.AddMonths(-1), Today.AddMonths(6), upper: 3))).Progress.Status.ShouldBe(TargetStatus.Met);
        var onTrack = await CreateAsync(officer, Target("products.recognised", TargetKind.Minimum, 4, Today.AddDays(-3), Today.AddDays(600)));
        (onTrack.Progress.Actual, onTrack.Progress.Status).ShouldBe((1m, TargetStatus.OnTrack)); // C today; 0.0 expected after 4 of 604 days
        var commune = await CreateAsync(officer, new TargetInput { MetricKey = "products.certified", CommuneCode = Registry.PhuThuy, Year = Today.Year, Kind = TargetKind.Minimum, Value = 10 });
        (commune.CommuneName, commune.StartsOn, commune.DueOn, commune.PeriodCode).ShouldBe(("Phường Phú Thủy", new DateOnly(Today.Year, 1, 1), new DateOnly(Today.Year, 12, 31), ProgrammePeriods.Of(Today.Year)?.Code));
        commune.Progress.Actual.ShouldBe(4m);
        var period = await CreateAsync(officer, new TargetInput { MetricKey = "valueChains", PeriodCode = "2026-2030", Kind = TargetKind.Minimum, Value = 10 });
        (period.StartsOn, period.DueOn).ShouldBe((new DateOnly(2026, 1, 1), new DateOnly(2030, 12, 31)));

        var thisYear = (await officer.GetFromJsonAsync<List<TargetItem>>($"/api/v1/programme/targets?year={Today.Year}", Json.Options))!;
        thisYear.ShouldContain(t => t.Id == commune.Id);
        thisYear.ShouldAllBe(t => t.StartsOn.Year <= Today.Year && t.DueOn.Year >= Today.Year);

        // Changed with the version read; an old version is a conflict; deleted.
        var edit = new TargetInput { MetricKey = "products.certified", StartsOn = stock.StartsOn, DueOn = stock.DueOn, Kind = TargetKind.Minimum, Value = 4, Version = stock.Version };
        var changed = await officer.PutAsJsonAsync($"/api/v1/programme/targets/{stock.Id}", edit, Json.Options);
        changed.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await changed.Content.ReadFromJsonAsync<TargetItem>(Json.Options))!.Progress.Status.ShouldBe(TargetStatus.Met);
        (await officer.PutAsJsonAsync($"/api/v1/programme/targets/{stock.Id}", edit, Json.Options)).StatusCode.ShouldBe(HttpStatusCode.Conflict);

        // Another province's officer neither reads nor changes them; the national administrator reads but does not set them.
        (await data.HcmOfficer.GetAsync($"/api/v1/programme/targets?province={Registry.LamDong}")).StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await data.HcmOfficer.GetAsync($"/api/v1/programme/targets/{stock.Id}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await data.HcmOfficer.PutAsJsonAsync($"/api/v1/programme/targets/{stock.Id}", edit, Json.Options)).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await data.HcmOfficer.DeleteAsync($"/api/v1/programme/targets/{stock.Id}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await data.HcmOfficer.GetFromJsonAsync<List<TargetItem>>("/api/v1/programme/targets", Json.Options))!.ShouldBeEmpty();
        var national = await app.SignInAsync(new NewAccount("tw@test.vn", Roles.NationalAdmin));
        (await national.GetFromJsonAsync<List<TargetItem>>($"/api/v1/programme/targets?province={Registry.LamDong}", Json.Options))!.Count.ShouldBe(8);
        (await RefusedAsync(national, Target("products.new", TargetKind.Minimum, 1, Today, Today))).Keys.ShouldContain("provinceCode");
        (await app.CreateClient().GetAsync("/api/v1/programme/targets")).StatusCode.ShouldBeOneOf(HttpStatusCode.Unauthorized, HttpStatusCode.Redirect);

        (await officer.DeleteAsync($"/api/v1/programme/targets/{stock.Id}")).StatusCode.ShouldBe(HttpStatusCode.NoContent);
        (await officer.GetAsync($"/api/v1/programme/targets/{stock.Id}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    [Theory]
    [ClassData(typeof(Engines))]
    public async Task BadTargets_AreRefused_WithTheReason(Engine engine)
    {
        await using var app = await OcopApp.StartAsync(engine);
        var officer = await Registry.OfficerAsync(app, Registry.LamDong);
        var year = new DateOnly(2024, 1, 1);

        (await RefusedAsync(officer, Target("products.imaginary", TargetKind.Minimum, 1, year, year.AddYears(1))))["metricKey"]
            .ShouldBe(["Hãy chọn một chỉ tiêu trong danh mục."]);
        (await RefusedAsync(officer, Target("products.new", TargetKind.Minimum, 20, new DateOnly(2024, 12, 31), new DateOnly(2024, 1, 1))))["dueOn"]
            .ShouldBe(["Hạn hoàn thành phải từ ngày bắt đầu trở đi."]);
        (await RefusedAsync(officer, Target("products.new", TargetKind.Range, 130, year, year.AddYears(1), upper: 80)))["upperValue"]
            .ShouldBe(["Cận trên của khoảng phải lớn hơn cận dưới."]);
        (await RefusedAsync(officer, Target("products.new", TargetKind.Range, 80, year, year.AddYears(1))))["upperValue"].ShouldNotBeEmpty();
        (await RefusedAsync(officer, Target("products.new", TargetKind.Minimum, 2.5m, year, year.AddYears(1))))["value"]
            .ShouldBe(["Giá trị chỉ tiêu phải là số nguyên từ 0 đến 10.000.000."]);
        (await RefusedAsync(officer, Target("products.new", TargetKind.Minimum, -1, year, year.AddYears(1))))["value"].ShouldNotBeEmpty();
        (await RefusedAsync(officer, Target("producers.modernChannelsShare", TargetKind.Minimum, 150, year, year.AddYears(1))))["value"]
            .ShouldBe(["Giá trị chỉ tiêu phải là phần trăm từ 0 đến 100 (tối đa một chữ số thập phân)."]);
        (await RefusedAsync(officer, new TargetInput { MetricKey = "products.new", Kind = TargetKind.Minimum, Value = 20 }))["dueOn"]
            .ShouldBe(["Hãy chọn năm, giai đoạn hoặc ngày bắt đầu và hạn hoàn thành."]);
        (await RefusedAsync(officer, new TargetInput { MetricKey = "products.new", Kind = TargetKind.Minimum, Value = 20, Year = 2024, PeriodCode = "2021-2025" }))["year"]
            .ShouldBe(["Chọn một năm hoặc một giai đoạn, không chọn cả hai."]);
        (await RefusedAsync(officer, new TargetInput { MetricKey = "products.new", Kind = TargetKind.Minimum, Value = 20, PeriodCode = "2031-2035" }))["periodCode"].ShouldNotBeEmpty();
        (await RefusedAsync(officer, new TargetInput { MetricKey = "products.new", Kind = TargetKind.Minimum, Value = 20, Year = 1999 }))["year"].ShouldNotBeEmpty();
        (await RefusedAsync(officer, new TargetInput { MetricKey = "valueChains", Kind = TargetKind.Minimum, Value = 2, Year = 2024, CommuneCode = Registry.PhuThuy }))["communeCode"]
            .ShouldBe(["Chỉ tiêu này chỉ tính cho cả tỉnh, không tính theo xã."]);
        (await RefusedAsync(officer, new TargetInput { MetricKey = "products.new", Kind = TargetKind.Minimum, Value = 2, Year = 2024, CommuneCode = Registry.ThuongTan }))["communeCode"]
            .ShouldBe(["Xã/phường không thuộc tỉnh của bạn."]);
        (await RefusedAsync(officer, new TargetInput { MetricKey = "products.new", Value = 2, Year = 2024 }))["kind"].ShouldNotBeEmpty();

        // The same target twice for the same area and dates is refused; nothing half-saved.
        var first = new TargetInput { MetricKey = "products.certified", Kind = TargetKind.Minimum, Value = 161, Year = 2024 };
        await CreateAsync(officer, first);
        (await RefusedAsync(officer, first))["metricKey"].ShouldBe(["Đã có chỉ tiêu này cho cùng địa bàn và thời hạn."]);
        (await officer.GetFromJsonAsync<List<TargetItem>>("/api/v1/programme/targets", Json.Options))!.Count.ShouldBe(1);
    }
}
