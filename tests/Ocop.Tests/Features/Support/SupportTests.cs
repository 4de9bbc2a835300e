using System.Net;
using System.Net.Http.Json;
using Ocop.Tests.Features.Evaluation;
using Ocop.Web.Features.Accounts;
using Ocop.Web.Features.Products;
using Ocop.Web.Features.Support;
using Ocop.Web.Infrastructure;

namespace Ocop.Tests.Features.Support;

/// <summary>Consulting support and policies over HTTP: bad input, scope, and the yearly report against hand-counted figures (stars before and after from a real evaluation).</summary>
public sealed class SupportTests
{
    private static DateOnly Today => VietnamTime.Today(TimeProvider.System);
    private static readonly DateOnly January = new(Today.Year, 1, 15);

    private static SupportInput Record(int producerId, int? productId, SupportKind kind, decimal cost, FundingSource funding, SupportStatus status = SupportStatus.Completed, int? policyId = null, DateOnly? start = null) => new()
    {
        ProducerId = producerId, ProductId = productId, Kind = kind, Provider = "Công ty Tư vấn Chất lượng Việt", StartsOn = start ?? January,
        EndsOn = status == SupportStatus.Completed ? (start ?? January).AddMonths(2) : null, Cost = cost, Funding = funding, Status = status,
        Outcome = status == SupportStatus.Completed ? "Đã có chứng nhận HACCP" : null, PolicyId = policyId,
    };

    private static async Task<SupportItem> SaveAsync(HttpClient officer, SupportInput input)
    {
        var response = await officer.PostAsJsonAsync("/api/v1/support/records", input, Json.Options);
        response.StatusCode.ShouldBe(HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        return (await response.Content.ReadFromJsonAsync<SupportItem>(Json.Options))!;
    }

    [Theory]
    [ClassData(typeof(Engines))]
    public async Task Report_CountsProducersProductsSpendAndStars_AsCountedByHand(Engine engine)
    {
        await using var app = await OcopApp.StartAsync(engine);

        // A product with no stars in January is evaluated today and certified 4★: the improvement the report must show.
        var applicant = await Certified.ProductAsync(app);
        var officer = applicant.Officer;
        var certified = (applicant.ProducerId, applicant.ProductId);
        var setId = await Registry.ProductSetIdAsync(app);
        var other = await Registry.CreateProducerAsync(officer, Registry.Producer("HTX Hàm Đức"));
        var rated = await Registry.ProductAsync(app, officer, other.Id, "Rượu vang thanh long", ProductStatus.Active, listedStars: 3);
        var plain = await Registry.ProductAsync(app, officer, other.Id, "Mứt thanh long");

        var policy = await officer.PostAsJsonAsync("/api/v1/support/policies", new PolicyInput
        {
            Name = "Hỗ trợ phát triển sản phẩm OCOP", Area = PolicyArea.ProductDevelopment, LegalBasis = "Nghị quyết 12/2024/NQ-HĐND", Budget = 500_000_000m, ValidFrom = new DateOnly(Today.Year, 1, 1),
        }, Json.Options);
        policy.StatusCode.ShouldBe(HttpStatusCode.Created, await policy.Content.ReadAsStringAsync());
        var policyId = (await policy.Content.ReadFromJsonAsync<PolicyItem>(Json.Options))!.Id;

        await SaveAsync(officer, Record(certified.ProducerId, certified.ProductId, SupportKind.ProductionProcess, 30_000_000m, FundingSource.ProvinceBudget, policyId: policyId));
        await SaveAsync(officer, Record(certified.ProducerId, certified.ProductId, SupportKind.Labels, 5_000_000m, FundingSource.Producer, start: January.AddMonths(1)));
        await SaveAsync(officer, Record(other.Id, rated.Id, SupportKind.ProductionProcess, 25_000_000m, FundingSource.ProvinceBudget, policyId: policyId));
        await SaveAsync(officer, Record(other.Id, plain.Id, SupportKind.PackagingDesign, 12_500_000m, FundingSource.NationalBudget, SupportStatus.InProgress));
        await SaveAsync(officer, Record(other.Id, null, SupportKind.Credit, 0m, FundingSource.Other));
        await SaveAsync(officer, Record(other.Id, plain.Id, SupportKind.Barcodes, 3_000_000m, FundingSource.ProvinceBudget, SupportStatus.Cancelled));
        await SaveAsync(officer, Record(other.Id, plain.Id, SupportKind.Barcodes, 4_000_000m, FundingSource.ProvinceBudget, start: new DateOnly(Today.Year - 1, 5, 1)));

        var report = (await officer.GetFromJsonAsync<SupportReport>($"/api/v1/support/report?year={Today.Year}", Json.Options))!;
        (report.Producers, report.Products, report.Records, report.Cost).ShouldBe((2, 3, 5, 72_500_000m));
        report.ByKind.Select(k => (k.Kind, k.Producers, k.Products, k.Records, k.Cost)).ShouldBe([
            (SupportKind.ProductionProcess, 2, 2, 2, 55_000_000m),
            (SupportKind.PackagingDesign, 1, 1, 1, 12_500_000m),
            (SupportKind.Labels, 1, 1, 1, 5_000_000m),
            (SupportKind.Credit, 1, 0, 1, 0m),
        ], ignoreOrder: true);
        report.ByFunding.Select(f => (f.Funding, f.Records, f.Cost)).ShouldBe([
            (FundingSource.NationalBudget, 1, 12_500_000m), (FundingSource.ProvinceBudget, 2, 55_000_000m), (FundingSource.Producer, 1, 5_000_000m), (FundingSource.Other, 1, 0m),
        ], ignoreOrder: true);
        report.Effect.Select(e => (e.ProductId, e.StarsBefore, e.StarsNow)).ShouldBe([(certified.ProductId, (int?)null, (int?)4), (rated.Id, 3, 3)], ignoreOrder: true);
        (report.Improved, report.Unchanged).ShouldBe((1, 1));

        var policies = (await officer.GetFromJsonAsync<List<PolicyItem>>("/api/v1/support/policies", Json.Options))!;
        (policies.Single().Records, policies.Single().Spent).ShouldBe((2, 55_000_000m));
        (await officer.GetFromJsonAsync<List<SupportItem>>($"/api/v1/support/records?policyId={policyId}", Json.Options))!
            .Select(r => r.ProducerId).Order().ShouldBe(new[] { certified.ProducerId, other.Id }.Order(), "the records that used the policy");
        (await officer.GetFromJsonAsync<SupportReport>($"/api/v1/support/report?year={Today.Year - 1}", Json.Options))!.Cost.ShouldBe(4_000_000m);
    }

    [Fact]
    public async Task BadInput_IsRefused_AndEachSeesOnlyTheirs()
    {
        await using var app = await OcopApp.StartAsync();
        var officer = await Registry.OfficerAsync(app, Registry.LamDong);
        var producer = await Registry.CreateProducerAsync(officer, Registry.Producer());
        var neighbour = await Registry.CreateProducerAsync(officer, Registry.Producer("HTX Hàm Đức"));
        var theirs = await Registry.ProductAsync(app, officer, neighbour.Id, "Mứt thanh long");

        (await Registry.RefusedAsync(await officer.PostAsJsonAsync("/api/v1/support/records", Record(producer.Id, null, SupportKind.Labels, -1m, FundingSource.Producer), Json.Options))).ShouldContain("không âm");
        (await Registry.RefusedAsync(await officer.PostAsJsonAsync("/api/v1/support/records", Record(producer.Id, theirs.Id, SupportKind.Labels, 1m, FundingSource.Producer), Json.Options))).ShouldContain("không thuộc chủ thể này");
        var backwards = Record(producer.Id, null, SupportKind.Labels, 1m, FundingSource.Producer);
        backwards.EndsOn = backwards.StartsOn!.Value.AddDays(-1);
        (await Registry.RefusedAsync(await officer.PostAsJsonAsync("/api/v1/support/records", backwards, Json.Options))).ShouldContain("từ ngày bắt đầu trở đi");
        var open = Record(producer.Id, null, SupportKind.Labels, 1m, FundingSource.Producer);
        open.EndsOn = null;
        (await Registry.RefusedAsync(await officer.PostAsJsonAsync("/api/v1/support/records", open, Json.Options))).ShouldContain("cần có ngày kết thúc");
        (await Registry.RefusedAsync(await officer.PostAsJsonAsync("/api/v1/support/policies", new PolicyInput { Name = "Tín dụng", Area = PolicyArea.Credit, ValidFrom = Today, ValidTo = Today.AddDays(-1) }, Json.Options))).ShouldContain("hết hiệu lực");

        var hcm = await Registry.OfficerAsync(app, Registry.HoChiMinh);
        var hcmPolicy = await hcm.PostAsJsonAsync("/api/v1/support/policies", new PolicyInput { Name = "Tín dụng ưu đãi", Area = PolicyArea.Credit, ValidFrom = Today }, Json.Options);
        var hcmPolicyId = (await hcmPolicy.Content.ReadFromJsonAsync<PolicyItem>(Json.Options))!.Id;
        (await Registry.RefusedAsync(await officer.PostAsJsonAsync("/api/v1/support/records", Record(producer.Id, null, SupportKind.Credit, 0m, FundingSource.Other, policyId: hcmPolicyId), Json.Options))).ShouldContain("không thuộc tỉnh");
        (await Registry.RefusedAsync(await hcm.PostAsJsonAsync("/api/v1/support/records", Record(producer.Id, null, SupportKind.Credit, 0m, FundingSource.Other), Json.Options))).ShouldContain("trong địa bàn");

        var record = await SaveAsync(officer, Record(producer.Id, null, SupportKind.IntellectualProperty, 8_000_000m, FundingSource.ProvinceBudget));
        (await hcm.GetAsync($"/api/v1/support/records/{record.Id}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        var owner = await app.SignInAsync(new NewAccount($"p{Guid.NewGuid():N}@test.vn", Roles.Producer, ProducerId: producer.Id));
        var other = await app.SignInAsync(new NewAccount($"p{Guid.NewGuid():N}@test.vn", Roles.Producer, ProducerId: neighbour.Id));
        (await owner.GetFromJsonAsync<List<SupportItem>>("/api/v1/support/records", Json.Options))!.Select(r => r.Id).ShouldBe([record.Id]);
        (await other.GetFromJsonAsync<List<SupportItem>>("/api/v1/support/records", Json.Options))!.ShouldBeEmpty();
        (await owner.PostAsJsonAsync("/api/v1/support/records", Record(producer.Id, null, SupportKind.Labels, 1m, FundingSource.Producer), Json.Options)).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await owner.GetAsync("/api/v1/support/report")).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await owner.GetStringAsync("/portal/support")).ShouldContain("8.000.000 ₫");
        (await other.GetStringAsync("/portal/support")).ShouldNotContain("8.000.000 ₫");
    }
}
