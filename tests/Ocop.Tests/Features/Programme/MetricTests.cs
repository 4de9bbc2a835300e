using System.Net;
using System.Net.Http.Json;
using Ocop.Tests.Features.Evaluation;
using Ocop.Web.Features.MarketAccess;
using Ocop.Web.Features.Producers;
using Ocop.Web.Features.Products;
using Ocop.Web.Features.Programme;
using Ocop.Web.Features.Support;
using Ocop.Web.Features.Training;
using Ocop.Web.Features.ValueChains;
using Ocop.Web.Infrastructure;

namespace Ocop.Tests.Features.Programme;

/// <summary>The metric catalogue against a province's data counted by hand (another province's data must not count).</summary>
public sealed class MetricTests
{
    private static DateOnly Today => VietnamTime.Today(TimeProvider.System);

    private static async Task<T> CreatedAsync<T>(HttpResponseMessage response)
    {
        response.StatusCode.ShouldBe(HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        return (await response.Content.ReadFromJsonAsync<T>(Json.Options))!;
    }

    [Theory]
    [ClassData(typeof(Engines))]
    public async Task EachMetric_MatchesTheHandCount(Engine engine)
    {
        await using var app = await OcopApp.StartAsync(engine);

        // P1: a product evaluated and certified 4★ today.
        var certified = await Certified.ProductAsync(app);
        var officer = certified.Officer;
        var setId = await Registry.ProductSetIdAsync(app);

        // P2 sells online, P3 through a supermarket, P4 is suspended (and sells online: not counted).
        var p2 = await Registry.CreateProducerAsync(officer, Registry.Producer("HTX Hàm Đức"));
        var p3 = await Registry.CreateProducerAsync(officer, Registry.Producer("HTX Phú Quý"));
        var suspended = Registry.Producer("HTX Tạm ngừng");
        suspended.Status = ProducerStatus.Suspended;
        var p4 = await Registry.CreateProducerAsync(officer, suspended);
        async Task<int> ProductAsync(int producerId, string name) =>
            (await Registry.CreateProductAsync(officer, new ProductInput { ProducerId = producerId, Name = name, ProductSetId = setId, Status = ProductStatus.Active })).Id;
        var wine = await ProductAsync(p2.Id, "Rượu vang thanh long");
        var jam = await ProductAsync(p3.Id, "Mứt thanh long");
        var tea = await ProductAsync(p4.Id, "Trà atiso");
        foreach (var product in new[] { wine, tea })
        {
            (await officer.PostAsJsonAsync($"/api/v1/products/{product}/listings", new ListingInput { Platform = ListingPlatform.Shopee, Url = $"https://shopee.vn/p/{product}" }, Json.Options))
                .StatusCode.ShouldBe(HttpStatusCode.OK);
        }

        await CreatedAsync<AgreementItem>(await officer.PostAsJsonAsync("/api/v1/consignments", new AgreementInput
        {
            ProducerId = p3.Id, OutletKind = OutletKind.SupermarketChain, OutletName = "Co.opmart Phan Thiết", StartsOn = Today.AddMonths(-2), EndsOn = Today.AddMonths(10),
            CommissionPercent = 10m, Products = [new AgreementLineInput(jam, 50000m)],
        }, Json.Options));

        // Two active sales points and an inactive one.
        foreach (var (name, active) in new[] { ("Trung tâm OCOP Phan Thiết", true), ("Quầy OCOP Mũi Né", true), ("Quầy đã đóng", false) })
        {
            await CreatedAsync<SalesPointItem>(await officer.PostAsJsonAsync("/api/v1/sales-points",
                new SalesPointInput { Name = name, Type = SalesPointType.OcopCentre, CommuneCode = Registry.PhuThuy, IsActive = active }, Json.Options));
        }

        // One value chain.
        await CreatedAsync<ChainItem>(await officer.PostAsJsonAsync("/api/v1/value-chains", new ChainInput
        {
            Name = "Chuỗi thanh long", Members = [new MemberInput(ChainRole.Producer, p2.Id, null, null, null)], ProductIds = [wine],
        }, Json.Options));

        // A course this year: two present, one absent.
        var start = new DateOnly(Today.Year, 3, 10);
        var course = await CreatedAsync<CourseItem>(await officer.PostAsJsonAsync("/api/v1/training/courses", new CourseInput
        {
            Title = "Thương mại điện tử", Topic = TrainingTopic.ECommerce, Audience = TrainingAudience.Both, StartsOn = start, EndsOn = start, Place = "Phan Thiết", Capacity = 10,
            Sessions = [new SessionInput(start, "Buổi 1")],
        }, Json.Options));
        List<RegistrationItem> registered = [];
        foreach (var input in new[] { new RegistrationInput { ProducerId = p2.Id }, new RegistrationInput { ProducerId = p3.Id }, new RegistrationInput { ParticipantName = "Cán bộ xã" } })
        {
            registered = (await (await officer.PostAsJsonAsync($"/api/v1/training/courses/{course.Id}/registrations", input, Json.Options)).Content.ReadFromJsonAsync<List<RegistrationItem>>(Json.Options))!;
        }

        (await officer.PutAsJsonAsync($"/api/v1/training/courses/{course.Id}/attendance",
            new AttendanceInput(course.Sessions[0].Id, [.. registered.Where(r => r.ProducerId != p3.Id).Select(r => r.Id)]), Json.Options)).StatusCode.ShouldBe(HttpStatusCode.OK);

        // Support: P2 twice, P3 once, P1 cancelled.
        foreach (var (producer, status) in new[] { (p2.Id, SupportStatus.InProgress), (p2.Id, SupportStatus.Planned), (p3.Id, SupportStatus.InProgress), (certified.ProducerId, SupportStatus.Cancelled) })
        {
            await CreatedAsync<SupportItem>(await officer.PostAsJsonAsync("/api/v1/support/records", new SupportInput
            {
                ProducerId = producer, Kind = SupportKind.Labels, Provider = "Công ty Thiết kế", StartsOn = start, Cost = 1_000_000m, Funding = FundingSource.ProvinceBudget, Status = status,
            }, Json.Options));
        }

        // Hồ Chí Minh City's data must not count in Lâm Đồng.
        var hcm = await Registry.OfficerAsync(app, Registry.HoChiMinh);
        await Registry.CreateProducerAsync(hcm, Registry.Producer("Bánh pía Sài Gòn", Registry.ThuongTan));
        await CreatedAsync<SalesPointItem>(await hcm.PostAsJsonAsync("/api/v1/sales-points", new SalesPointInput { Name = "Quầy Sài Gòn", Type = SalesPointType.Mall, CommuneCode = Registry.ThuongTan }, Json.Options));

        var values = (await officer.GetFromJsonAsync<List<MetricValue>>("/api/v1/programme/metrics", Json.Options))!.ToDictionary(v => v.Key, v => v.Value);
        values["products.recognised"].ShouldBe(1m);
        values["products.fiveStar"].ShouldBe(0m);
        values["producers.active"].ShouldBe(3m);               // P1, P2, P3
        values["salesPoints.active"].ShouldBe(2m);
        values["valueChains"].ShouldBe(1m);
        values["trainees"].ShouldBe(2m);
        values["producers.supported"].ShouldBe(2m);            // P2, P3
        values["producers.modernChannelsShare"].ShouldBe(66.7m); // P2 and P3 of 3
        values.Count.ShouldBe(MetricCatalogue.All.Count);

        var lastYear = (await officer.GetFromJsonAsync<List<MetricValue>>($"/api/v1/programme/metrics?from={Today.Year - 1}-01-01&to={Today.Year - 1}-12-31", Json.Options))!.ToDictionary(v => v.Key, v => v.Value);
        (lastYear["trainees"], lastYear["producers.supported"], lastYear["products.recognised"]).ShouldBe((0m, 0m, 0m));
        var hcmValues = (await hcm.GetFromJsonAsync<List<MetricValue>>("/api/v1/programme/metrics", Json.Options))!.ToDictionary(v => v.Key, v => v.Value);
        (hcmValues["salesPoints.active"], hcmValues["producers.active"]).ShouldBe((1m, 1m));

        (await hcm.GetAsync($"/api/v1/programme/metrics?province={Registry.LamDong}")).StatusCode.ShouldBe(HttpStatusCode.BadRequest, "another province's figures");
        (await officer.GetAsync("/api/v1/programme/metrics?metric=products.imaginary")).StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await officer.GetAsync($"/api/v1/programme/metrics?from={Today:yyyy-MM-dd}&to={Today.AddDays(-1):yyyy-MM-dd}")).StatusCode.ShouldBe(HttpStatusCode.BadRequest);
    }
}
