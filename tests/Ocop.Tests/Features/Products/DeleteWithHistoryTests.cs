using System.Net;
using System.Net.Http.Json;
using Ocop.Web.Features.Accounts;
using Ocop.Web.Features.MarketAccess;
using Ocop.Web.Features.Support;

namespace Ocop.Tests.Features.Products;

/// <summary>
/// Deleting a product hid it from everything joined to it: a consignment's monthly settlement of 800,000 ₫ became
/// 400,000 ₫. A product or producer with history is now refused, the history untouched; one without history is deleted
/// and what only lived with it (its shop listings) goes with it.
/// </summary>
public sealed class DeleteWithHistoryTests
{
    private static readonly DateOnly October = new(2026, 10, 1);

    [Theory]
    [ClassData(typeof(Engines))]
    public async Task AProductWithHistory_IsNotDeleted_AndItsSettlementKeepsItsSales(Engine engine)
    {
        await using var app = await OcopApp.StartAsync(engine);
        var officer = await Registry.OfficerAsync(app, Registry.LamDong);
        var producer = await Registry.CreateProducerAsync(officer, Registry.Producer());
        var fishSauce = await Registry.ProductAsync(app, officer, producer.Id, "Nước mắm Cá Đen");
        var wine = await Registry.ProductAsync(app, officer, producer.Id, "Rượu vang thanh long");
        var owner = await app.SignInAsync(new NewAccount($"p{Guid.NewGuid():N}@test.vn", Roles.Producer, ProducerId: producer.Id));

        var created = await owner.PostAsJsonAsync("/api/v1/consignments", new AgreementInput
        {
            OutletKind = OutletKind.SupermarketChain, OutletName = "Siêu thị Co.opmart Phan Thiết", Reference = "HĐ 15/2026/KG",
            StartsOn = new DateOnly(2026, 9, 1), EndsOn = new DateOnly(2027, 8, 31), CommissionPercent = 10m,
            Products = [new AgreementLineInput(fishSauce.Id, 40000m), new AgreementLineInput(wine.Id, 80000m)],
        }, Json.Options);
        created.StatusCode.ShouldBe(HttpStatusCode.Created, await created.Content.ReadAsStringAsync());
        var agreement = (await created.Content.ReadFromJsonAsync<AgreementItem>(Json.Options))!.Id;
        foreach (var (product, kind, quantity) in new[]
                 {
                     (fishSauce.Id, MovementKind.Delivery, 20), (wine.Id, MovementKind.Delivery, 10),
                     (fishSauce.Id, MovementKind.Sale, 10), (wine.Id, MovementKind.Sale, 5),
                 })
        {
            var recorded = await owner.PostAsJsonAsync($"/api/v1/consignments/{agreement}/movements", new MovementInput(kind, product, October.AddDays(3), quantity), Json.Options);
            recorded.StatusCode.ShouldBe(HttpStatusCode.OK, await recorded.Content.ReadAsStringAsync());
        }

        var settlement = $"/api/v1/consignments/{agreement}/settlements/2026/10";
        (await owner.GetFromJsonAsync<SettlementStatement>(settlement, Json.Options))!.Gross.ShouldBe(800_000m);

        var refused = await Registry.RefusedAsync(await officer.DeleteAsync($"/api/v1/products/{wine.Id}?version={wine.Version}"));
        refused.ShouldContain("không xóa được");
        refused.ShouldContain("Ngừng lưu hành");

        var after = (await officer.GetFromJsonAsync<SettlementStatement>(settlement, Json.Options))!;
        after.Gross.ShouldBe(800_000m);
        after.Lines.Select(l => l.ProductId).ShouldBe([fishSauce.Id, wine.Id], ignoreOrder: true);
        (await owner.GetFromJsonAsync<AgreementItem>($"/api/v1/consignments/{agreement}", Json.Options))!.Products.Count.ShouldBe(2);
        (await officer.GetAsync($"/api/v1/products/{wine.Id}")).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await officer.GetStringAsync($"/admin/products/{wine.Id}")).ShouldContain("Rượu vang thanh long");
    }

    [Theory]
    [ClassData(typeof(Engines))]
    public async Task AProductWithoutHistory_IsDeleted_WithItsListings_AndAProducerWithHistoryIsNot(Engine engine)
    {
        await using var app = await OcopApp.StartAsync(engine);
        var officer = await Registry.OfficerAsync(app, Registry.LamDong);
        var producer = await Registry.CreateProducerAsync(officer, Registry.Producer());
        var product = await Registry.ProductAsync(app, officer, producer.Id, "Bánh tráng Phú Thủy", listedStars: 3);
        var listings = $"/api/v1/products/{product.Id}/listings";
        var listed = await officer.PostAsJsonAsync(listings, new ListingInput { Platform = ListingPlatform.Shopee, Url = "https://shopee.vn/banh-trang-i.1.2", Price = 30000m }, Json.Options);
        listed.StatusCode.ShouldBe(HttpStatusCode.OK, await listed.Content.ReadAsStringAsync());

        (await officer.DeleteAsync($"/api/v1/products/{product.Id}?version={product.Version}")).StatusCode.ShouldBe(HttpStatusCode.NoContent);
        (await officer.GetAsync($"/api/v1/products/{product.Id}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await app.CreateClient().GetAsync(listings)).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await app.CreateClient().GetAsync($"/products/{product.Id}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);

        // The producer has no products left, but a support record: it stays, and so does the record's producer.
        var support = await officer.PostAsJsonAsync("/api/v1/support/records", new SupportInput
        {
            ProducerId = producer.Id, Kind = SupportKind.Labels, Provider = "Công ty Tư vấn Chất lượng Việt", StartsOn = October,
            Cost = 5_000_000m, Funding = FundingSource.Producer, Status = SupportStatus.Planned,
        }, Json.Options);
        support.StatusCode.ShouldBe(HttpStatusCode.Created, await support.Content.ReadAsStringAsync());
        (await Registry.RefusedAsync(await officer.DeleteAsync($"/api/v1/producers/{producer.Id}?version={producer.Version}"))).ShouldContain("không xóa được");
        (await officer.GetAsync($"/api/v1/producers/{producer.Id}")).StatusCode.ShouldBe(HttpStatusCode.OK);
    }
}
