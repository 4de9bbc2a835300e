using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Ocop.Web.Features.Accounts;
using Ocop.Web.Features.Programme;

namespace Ocop.Tests.Features.Programme;

/// <summary>The dashboards' figures against <see cref="ProgrammeData"/>: charts, their CSV, the old-units view and the national table.</summary>
public sealed class DashboardTests
{
    private static DateOnly Today => ProgrammeData.Today;

    private static IReadOnlyList<decimal> Row(ProvinceDashboard d, string chart, string label) =>
        d.Charts.Single(c => c.Key == chart).Rows.Single(r => r.Label == label).Values;

    [Theory]
    [ClassData(typeof(Engines))]
    public async Task ProvinceDashboard_ChartsMatchTheHandCount(Engine engine)
    {
        await using var app = await OcopApp.StartAsync(engine);
        var data = await ProgrammeData.SeedAsync(app);
        await data.Officer.PostAsJsonAsync("/api/v1/programme/targets", new TargetInput { MetricKey = "products.certified", Kind = TargetKind.Minimum, Value = 161, Year = Today.Year }, Json.Options);

        var d = (await data.Officer.GetFromJsonAsync<ProvinceDashboard>("/api/v1/programme/dashboard", Json.Options))!;
        (d.ProvinceCode, d.Year, d.AsOf).ShouldBe(("68", Today.Year, Today));
        d.Targets.Single().Progress.Actual.ShouldBe(4m);
        d.Metrics.Single(m => m.Key == "products.certified").Value.ShouldBe(4m);

        // 3★ A, 4★ B and C, 5★ D — now, and two years ago only B and C's legacy rating (E was valid too).
        Row(d, "starsByYear", Today.Year.ToString(CultureInfo.InvariantCulture)).ShouldBe([1m, 2m, 1m]);
        var charts = d.Charts.Select(c => c.Key).ToList();
        charts.ShouldBe(["starsByYear", "byGroup", "byArea", "expiring"]);
        d.Charts[0].Rows.Count.ShouldBe(DashboardService.YearsOfHistory);
        Row(d, "byArea", "Phường Phú Thủy").ShouldBe([1m, 2m, 1m]);
        d.Charts.Single(c => c.Key == "byGroup").Rows.Sum(r => r.Total).ShouldBe(4m);
        d.Charts.Single(c => c.Key == "byGroup").Rows.Single(r => r.Values[2] == 1m).Label.ShouldContain("Du Lịch", Case.Insensitive);

        // B lapses in five months; C's legacy rating lapses next month but its certificate is in force.
        var expiring = d.Charts.Single(c => c.Key == "expiring").Rows;
        expiring.Count.ShouldBe(DashboardService.ExpiryMonths);
        expiring.Select(r => r.Values[0]).ShouldBe([0m, 0m, 0m, 0m, 0m, 1m]);
        expiring[5].Label.ShouldBe(Today.AddMonths(5).ToString("MM/yyyy", CultureInfo.InvariantCulture));

        // Phú Thủy was part of Bình Thuận before 1 July 2025: the old-units view counts its products there.
        var old = (await data.Officer.GetFromJsonAsync<ProvinceDashboard>("/api/v1/programme/dashboard?units=Old", Json.Options))!;
        Row(old, "byArea", "Tỉnh Bình Thuận").ShouldBe([1m, 2m, 1m]);
        var csv = await data.Officer.GetAsync("/api/v1/programme/dashboard/charts/byArea.csv?units=Old");
        csv.StatusCode.ShouldBe(HttpStatusCode.OK);
        csv.Content.Headers.ContentType!.MediaType.ShouldBe("text/csv");
        var bytes = await csv.Content.ReadAsByteArrayAsync();
        bytes.Take(3).ShouldBe(Encoding.UTF8.GetPreamble());
        Encoding.UTF8.GetString(bytes, 3, bytes.Length - 3).ShouldBe("Tỉnh cũ (trước 1/7/2025),3★,4★,5★\r\nTỉnh Bình Thuận,1,2,1\r\n");

        // In English the rows are named the English way: groups by their English names, units with their kind after the name.
        var english = (await data.Officer.GetFromJsonAsync<ProvinceDashboard>("/api/v1/programme/dashboard?culture=en", Json.Options))!;
        Row(english, "byArea", "Phú Thủy Ward").ShouldBe([1m, 2m, 1m]);
        english.Charts.Single(c => c.Key == "byGroup").Rows.Single(r => r.Values[2] == 1m).Label.ShouldContain("tourism", Case.Insensitive);
        english.Charts.Single(c => c.Key == "byGroup").Rows.ShouldAllBe(r => !r.Label.Contains("Sản phẩm"));
        Row((await data.Officer.GetFromJsonAsync<ProvinceDashboard>("/api/v1/programme/dashboard?units=Old&culture=en", Json.Options))!, "byArea", "Bình Thuận Province")
            .ShouldBe([1m, 2m, 1m]);

        // A past year is read on its 31 December.
        var lastYear = (await data.Officer.GetFromJsonAsync<ProvinceDashboard>($"/api/v1/programme/dashboard?year={Today.Year - 1}", Json.Options))!;
        lastYear.AsOf.ShouldBe(new DateOnly(Today.Year - 1, 12, 31));

        (await data.Officer.GetAsync("/api/v1/programme/dashboard/charts/imaginary.csv")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await data.Officer.GetAsync("/api/v1/programme/dashboard?year=1990")).StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await data.HcmOfficer.GetAsync($"/api/v1/programme/dashboard?province={Registry.LamDong}")).StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        var hcm = (await data.HcmOfficer.GetFromJsonAsync<ProvinceDashboard>("/api/v1/programme/dashboard", Json.Options))!;
        Row(hcm, "starsByYear", Today.Year.ToString(CultureInfo.InvariantCulture)).ShouldBe([0m, 0m, 1m]);
    }

    [Fact]
    public async Task TheOfficersHome_AndTheDashboard_CountTheSameStarsEnding_CertificatesAndPaperRatings()
    {
        await using var app = await OcopApp.StartAsync();
        var data = await ProgrammeData.SeedAsync(app);
        // Within 90 days: A's paper rating (in 20 days) and C's certificate (in 60; its older paper rating does not count twice).
        // B's paper rating ends in five months, D's in a year: not yet.
        var number = await app.WithScopeAsync(async s =>
        {
            var db = s.GetRequiredService<Ocop.Web.Data.OcopDbContext>();
            await db.Products.Where(p => p.Name == "A Mứt thanh long").ExecuteUpdateAsync(u => u.SetProperty(p => p.LegacyValidUntil, Today.AddDays(20)));
            await db.Certificates.Where(c => c.ProductId == data.ProductC).ExecuteUpdateAsync(u => u.SetProperty(c => c.ExpiresOn, Today.AddDays(60)));
            return await db.Certificates.Where(c => c.ProductId == data.ProductC).Select(c => c.Number).SingleAsync();
        });

        var d = (await data.Officer.GetFromJsonAsync<ProvinceDashboard>("/api/v1/programme/dashboard", Json.Options))!;
        d.EndingSoon.ShouldBe(new EndingSoon(90, 2));
        var home = await data.Officer.GetStringAsync("/admin");
        home.ShouldContain("<span class=\"display-6\">2</span><span>Sản phẩm hết hạn OCOP trong 90 ngày tới</span>");
        var table = home[home.IndexOf("data-testid=\"expiring\"", StringComparison.Ordinal)..];
        table.ShouldContain("A Mứt thanh long");
        table.ShouldContain("Giấy chứng nhận giấy (đã xác nhận)");
        table.ShouldContain($">{number}</a>");
        table.ShouldNotContain("B Nước mắm nhĩ");
        (await data.Officer.GetStringAsync("/admin/programme")).ShouldContain("data-metric=\"endingSoon\"><div class=\"metric-value\">2</div>");
    }

    [Theory]
    [ClassData(typeof(Engines))]
    public async Task NationalDashboard_SetsProvincesSideBySide_ForTheNationalAdministratorOnly(Engine engine)
    {
        await using var app = await OcopApp.StartAsync(engine);
        var data = await ProgrammeData.SeedAsync(app);
        var national = await app.SignInAsync(new NewAccount("tw@test.vn", Roles.NationalAdmin));

        var d = (await national.GetFromJsonAsync<NationalDashboard>("/api/v1/programme/national?sort=rated&desc=true", Json.Options))!;
        d.Rows.Count.ShouldBe(34);
        var lamDong = d.Rows[0];
        (lamDong.Code, lamDong.Rated, lamDong.ThreeStar, lamDong.FourStar, lamDong.FiveStar, lamDong.RecognisedInYear, lamDong.ProducersActive)
            .ShouldBe(("68", 4, 1, 2, 1, Today.AddMonths(-6).Year == Today.Year ? 2 : 1, 3)); // C today, A six months ago if that is this year
        (d.Rows[1].Code, d.Rows[1].Rated, d.Rows[1].FiveStar).ShouldBe(("79", 1, 1));
        d.Rows.Skip(2).ShouldAllBe(r => r.Rated == 0);
        var byName = (await national.GetFromJsonAsync<NationalDashboard>("/api/v1/programme/national?sort=name", Json.Options))!;
        byName.Rows.Select(r => r.Name).ShouldBe(byName.Rows.Select(r => r.Name).Order(StringComparer.Create(CultureInfo.GetCultureInfo("vi-VN"), false)));

        // Before the reform: 63 provinces, Lâm Đồng's products under Bình Thuận, with the province they now belong to.
        var old = (await national.GetFromJsonAsync<NationalDashboard>("/api/v1/programme/national?units=Old&sort=rated&desc=true", Json.Options))!;
        old.Rows.Count.ShouldBe(63);
        (old.Rows[0].Name, old.Rows[0].NewProvinceName, old.Rows[0].Rated).ShouldBe(("Tỉnh Bình Thuận", "Tỉnh Lâm Đồng", 4));
        var csv = await national.GetStringAsync("/api/v1/programme/national.csv?sort=rated&desc=true");
        csv.Split("\r\n")[1].ShouldStartWith("68,Tỉnh Lâm Đồng,4,1,2,1,");

        (await data.Officer.GetAsync("/api/v1/programme/national")).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
    }
}
