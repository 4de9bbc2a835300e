using System.Net;
using System.Net.Http.Json;
using Ocop.Web.Features.Accounts;
using Ocop.Web.Features.MarketAccess;
using Ocop.Web.Features.Products;
using Ocop.Web.Infrastructure;

namespace Ocop.Tests.Features.MarketAccess;

/// <summary>Display and sales points: officers of the area manage them and the products they carry; the public finds where to buy.</summary>
public sealed class SalesPointTests
{
    private static SalesPointInput Point(string name = "Trung tâm OCOP Lâm Đồng", string commune = Registry.PhuThuy) => new()
    {
        Name = name, Type = SalesPointType.OcopCentre, CommuneCode = commune, AddressLine = "12 Võ Văn Kiệt",
        Latitude = 10.93, Longitude = 108.19, OpeningHours = "7:30–21:00 hằng ngày", Phone = "0252 3812 345", Operator = "Sở Công Thương",
    };

    [Theory]
    [ClassData(typeof(Engines))]
    public async Task Officer_ManagesPointsOfTheirArea_AndTheProductPageSaysWhereToBuy(Engine engine)
    {
        await using var app = await OcopApp.StartAsync(engine);
        var officer = await Registry.OfficerAsync(app, Registry.LamDong);
        var producer = await Registry.CreateProducerAsync(officer, Registry.Producer());
        var product = await Registry.ProductAsync(app, officer, producer.Id, "Nước mắm Cá Đen", ProductStatus.Active, listedStars: 4);
        var draft = await Registry.ProductAsync(app, officer, producer.Id, "Nước mắm thử nghiệm", ProductStatus.Draft);

        // Bad input: each field says what is wrong; nothing is saved.
        var empty = await Registry.RefusedAsync(await officer.PostAsJsonAsync("/api/v1/sales-points", new SalesPointInput(), Json.Options));
        empty.ShouldContain("Hãy chọn loại điểm bán");
        (await Registry.RefusedAsync(await officer.PostAsJsonAsync("/api/v1/sales-points", Point("<script>alert(1)</script>"), Json.Options))).ShouldContain("\"name\"");
        var abroad = Point();
        abroad.Latitude = 48.85;
        abroad.Longitude = 2.35;
        (await Registry.RefusedAsync(await officer.PostAsJsonAsync("/api/v1/sales-points", abroad, Json.Options))).ShouldContain("latitude");
        (await Registry.RefusedAsync(await officer.PostAsJsonAsync("/api/v1/sales-points", Point(commune: Registry.ThuongTan), Json.Options))).ShouldContain("ngoài địa bàn");
        (await Registry.RefusedAsync(await officer.PostAsJsonAsync("/api/v1/sales-points", Point(commune: "99999"), Json.Options))).ShouldContain("Không tìm thấy xã/phường");
        (await app.CreateClient().GetFromJsonAsync<List<SalesPointItem>>("/api/v1/sales-points", Json.Options))!.ShouldBeEmpty();

        var created = await officer.PostAsJsonAsync("/api/v1/sales-points", Point(), Json.Options);
        created.StatusCode.ShouldBe(HttpStatusCode.Created, await created.Content.ReadAsStringAsync());
        var point = (await created.Content.ReadFromJsonAsync<SalesPointItem>(Json.Options))!;
        point.ProvinceCode.ShouldBe(Registry.LamDong, "the province follows from the commune");

        // Only officers of the area manage it; producers and other provinces cannot.
        var hcm = await Registry.OfficerAsync(app, Registry.HoChiMinh);
        (await hcm.GetFromJsonAsync<PagedResult<SalesPointItem>>("/api/v1/sales-points/manage", Json.Options))!.TotalCount.ShouldBe(0);
        (await hcm.PutAsJsonAsync($"/api/v1/sales-points/{point.Id}", Point(), Json.Options)).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await hcm.PutAsync($"/api/v1/sales-points/{point.Id}/products/{product.Id}", null)).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        var owner = await app.SignInAsync(new NewAccount($"p{Guid.NewGuid():N}@test.vn", Roles.Producer, ProducerId: producer.Id));
        (await owner.PostAsJsonAsync("/api/v1/sales-points", Point(), Json.Options)).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await app.CreateClient().PostAsJsonAsync("/api/v1/sales-points", Point(), Json.Options)).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);

        // Products carried: public ones only, each once (also when two requests race).
        (await Registry.RefusedAsync(await officer.PutAsync($"/api/v1/sales-points/{point.Id}/products/{draft.Id}", null))).ShouldContain("sản phẩm đang công khai");
        var racing = await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => officer.PutAsync($"/api/v1/sales-points/{point.Id}/products/{product.Id}", null)));
        racing.Count(r => r.StatusCode == HttpStatusCode.OK).ShouldBe(1);
        racing.Count(r => r.StatusCode == HttpStatusCode.BadRequest).ShouldBe(3);
        (await Registry.RefusedAsync(await officer.PutAsync($"/api/v1/sales-points/{point.Id}/products/{product.Id}", null))).ShouldContain("đã bày bán sản phẩm này");

        var anonymous = app.CreateClient();
        var whereToBuy = (await anonymous.GetFromJsonAsync<List<SalesPointItem>>($"/api/v1/sales-points?productId={product.Id}", Json.Options))!;
        whereToBuy.Single().Name.ShouldBe("Trung tâm OCOP Lâm Đồng");
        whereToBuy.Single().ProductCount.ShouldBe(1);
        var details = (await anonymous.GetFromJsonAsync<SalesPointDetails>($"/api/v1/sales-points/{point.Id}", Json.Options))!;
        details.Products.Select(p => p.Name).ShouldBe(["Nước mắm Cá Đen"]);
        var page = await anonymous.GetStringAsync($"/products/{product.Id}");
        page.ShouldContain("data-testid=\"where-to-buy\"");
        page.ShouldContain("Trung tâm OCOP Lâm Đồng");
        page.ShouldContain("7:30–21:00 hằng ngày");
        page.ShouldContain("data-points-map");
        (await anonymous.GetStringAsync("/where-to-buy?province=68")).ShouldContain("Trung tâm OCOP Lâm Đồng");
        (await anonymous.GetStringAsync("/where-to-buy?province=79")).ShouldNotContain("Trung tâm OCOP Lâm Đồng");
        (await anonymous.GetStringAsync($"/where-to-buy/{point.Id}")).ShouldContain("Nước mắm Cá Đen");

        // A stale edit is refused; closing the point takes it off the public pages.
        var closed = Point();
        closed.IsActive = false;
        closed.Version = point.Version + 3;
        (await officer.PutAsJsonAsync($"/api/v1/sales-points/{point.Id}", closed, Json.Options)).StatusCode.ShouldBe(HttpStatusCode.Conflict);
        closed.Version = point.Version;
        var updated = await officer.PutAsJsonAsync($"/api/v1/sales-points/{point.Id}", closed, Json.Options);
        updated.StatusCode.ShouldBe(HttpStatusCode.OK, await updated.Content.ReadAsStringAsync());
        (await anonymous.GetFromJsonAsync<List<SalesPointItem>>("/api/v1/sales-points", Json.Options))!.ShouldBeEmpty();
        (await anonymous.GetAsync($"/where-to-buy/{point.Id}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await anonymous.GetStringAsync($"/products/{product.Id}")).ShouldNotContain("data-testid=\"where-to-buy\"");
        (await officer.GetFromJsonAsync<PagedResult<SalesPointItem>>("/api/v1/sales-points/manage", Json.Options))!.Items.Single().IsActive.ShouldBeFalse();

        (await officer.DeleteAsync($"/api/v1/sales-points/{point.Id}/products/{product.Id}")).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await officer.DeleteAsync($"/api/v1/sales-points/{point.Id}/products/{product.Id}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Officer_UsesTheScreens_AndRefusedInputStaysInTheForm()
    {
        await using var app = await OcopApp.StartAsync();
        var officer = await Registry.OfficerAsync(app, Registry.LamDong);
        var producer = await Registry.CreateProducerAsync(officer, Registry.Producer());
        var product = await Registry.ProductAsync(app, officer, producer.Id, "Nước mắm Cá Đen", ProductStatus.Active, listedStars: 4);

        var refused = await OcopApp.PostFormAsync(officer, "/admin/sales-points/edit", new()
        {
            ["Input.Name"] = "Điểm bán chợ Phan Thiết", ["Input.CommuneCode"] = Registry.PhuThuy, ["Input.Latitude"] = "10.9", ["Input.IsActive"] = "true",
        });
        refused.StatusCode.ShouldBe(HttpStatusCode.OK);
        var html = await refused.Content.ReadAsStringAsync();
        html.ShouldContain("Hãy chọn loại điểm bán");
        html.ShouldContain("value=\"Điểm bán chợ Phan Thiết\"");

        var saved = await OcopApp.PostFormAsync(officer, "/admin/sales-points/edit", new()
        {
            ["Input.Name"] = "Điểm bán chợ Phan Thiết", ["Input.Type"] = "Market", ["Input.CommuneCode"] = Registry.PhuThuy, ["Input.IsActive"] = "true",
        });
        saved.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var detailsUrl = saved.Headers.Location!.ToString();

        var search = await officer.GetStringAsync($"{detailsUrl}?find=nuoc%20mam");
        search.ShouldContain("data-testid=\"found-products\"");
        var added = await OcopApp.PostFormAsync(officer, $"{detailsUrl}?handler=AddProduct&productId={product.Id}", [], detailsUrl);
        added.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await officer.GetStringAsync(detailsUrl)).ShouldContain("data-testid=\"carried-products\"");
        var again = await OcopApp.PostFormAsync(officer, $"{detailsUrl}?handler=AddProduct&productId={product.Id}", [], detailsUrl);
        (await again.Content.ReadAsStringAsync()).ShouldContain("đã bày bán sản phẩm này");

        // The list is for officers only; a producer is turned away.
        (await officer.GetStringAsync("/admin/sales-points")).ShouldContain("Điểm bán chợ Phan Thiết");
        var owner = await app.SignInAsync(new NewAccount($"p{Guid.NewGuid():N}@test.vn", Roles.Producer, ProducerId: producer.Id));
        (await owner.GetAsync("/admin/sales-points")).StatusCode.ShouldBeOneOf(HttpStatusCode.Forbidden, HttpStatusCode.Redirect);
    }
}
