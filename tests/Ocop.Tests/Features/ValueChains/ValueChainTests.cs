using System.Net;
using System.Net.Http.Json;
using Ocop.Web.Features.Accounts;
using Ocop.Web.Features.Products;
using Ocop.Web.Features.ValueChains;

namespace Ocop.Tests.Features.ValueChains;

/// <summary>Raw-material areas and value chains over HTTP: bad boundaries refused with the reason, scope, and the public product page showing chain and area.</summary>
public sealed class ValueChainTests
{
    private static AreaInput Area(string? boundary = GeoJsonBoundaryTests.Square, decimal hectares = 120.5m, string commune = Registry.PhuThuy) => new()
    {
        Name = "Vùng thanh long Hàm Thuận Nam", CommuneCode = commune, Hectares = hectares, Crop = "Thanh long ruột đỏ", Certifications = "VietGAP", Boundary = boundary,
    };

    [Theory]
    [ClassData(typeof(Engines))]
    public async Task Areas_AndChains_AreCheckedAndShownOnTheProductPage(Engine engine)
    {
        await using var app = await OcopApp.StartAsync(engine);
        var officer = await Registry.OfficerAsync(app, Registry.LamDong);

        (await Registry.RefusedAsync(await officer.PostAsJsonAsync("/api/v1/raw-material-areas", Area("{\"type\":\"Polygon\""), Json.Options))).ShouldContain("không phải GeoJSON hợp lệ");
        (await Registry.RefusedAsync(await officer.PostAsJsonAsync("/api/v1/raw-material-areas",
            Area("""{"type":"Polygon","coordinates":[[[2.35,48.85],[2.36,48.85],[2.36,48.86],[2.35,48.85]]]}"""), Json.Options))).ShouldContain("ngoài lãnh thổ Việt Nam");
        (await Registry.RefusedAsync(await officer.PostAsJsonAsync("/api/v1/raw-material-areas", Area("""{"type":"Point","coordinates":[108.05,10.95]}"""), Json.Options))).ShouldContain("không phải điểm");
        (await Registry.RefusedAsync(await officer.PostAsJsonAsync("/api/v1/raw-material-areas", Area(hectares: 0), Json.Options))).ShouldContain("lớn hơn 0");
        (await Registry.RefusedAsync(await officer.PostAsJsonAsync("/api/v1/raw-material-areas", Area(commune: Registry.ThuongTan), Json.Options))).ShouldContain("địa bàn");
        var created = await officer.PostAsJsonAsync("/api/v1/raw-material-areas", Area(), Json.Options);
        created.StatusCode.ShouldBe(HttpStatusCode.Created, await created.Content.ReadAsStringAsync());
        var area = (await created.Content.ReadFromJsonAsync<AreaItem>(Json.Options))!;
        area.ProvinceCode.ShouldBe(Registry.LamDong);

        var producer = await Registry.CreateProducerAsync(officer, Registry.Producer("HTX Thanh long Hàm Thuận Nam"));
        var wine = await Registry.ProductAsync(app, officer, producer.Id, "Rượu vang thanh long", ProductStatus.Active, listedStars: 4);
        var stranger = await Registry.CreateProducerAsync(officer, Registry.Producer("Công ty Cá Đen"));
        var fishSauce = await Registry.ProductAsync(app, officer, stranger.Id, "Nước mắm Cá Đen");

        var chain = new ChainInput
        {
            Name = "Chuỗi thanh long Hàm Thuận Nam", AreaId = area.Id, Description = "Trồng – chế biến – bao tiêu",
            Members = [new MemberInput(ChainRole.Producer, producer.Id, null, "HĐ 01/2026", new DateOnly(2026, 3, 1)), new MemberInput(ChainRole.Buyer, null, "Siêu thị Co.opmart", "HĐ 02/2026", null)],
            ProductIds = [wine.Id, fishSauce.Id],
        };
        (await Registry.RefusedAsync(await officer.PostAsJsonAsync("/api/v1/value-chains", chain, Json.Options))).ShouldContain("của các chủ thể thành viên");
        chain.ProductIds = [wine.Id];
        chain.Members.Add(new MemberInput(ChainRole.Processor, null, " ", null, null));
        (await Registry.RefusedAsync(await officer.PostAsJsonAsync("/api/v1/value-chains", chain, Json.Options))).ShouldContain("vai trò và chủ thể");
        chain.Members.RemoveAt(2);
        var saved = await officer.PostAsJsonAsync("/api/v1/value-chains", chain, Json.Options);
        saved.StatusCode.ShouldBe(HttpStatusCode.Created, await saved.Content.ReadAsStringAsync());
        var item = (await saved.Content.ReadFromJsonAsync<ChainItem>(Json.Options))!;
        item.Members.Select(m => (m.Role, m.Name)).ShouldBe([(ChainRole.Producer, "HTX Thanh long Hàm Thuận Nam"), (ChainRole.Buyer, "Siêu thị Co.opmart")]);

        // Public: the product's chains with the area; its page shows them and the boundary map.
        var anonymous = app.CreateClient();
        var chains = (await anonymous.GetFromJsonAsync<List<ChainItem>>($"/api/v1/products/{wine.Id}/value-chains", Json.Options))!;
        chains.Single().Area!.Name.ShouldBe("Vùng thanh long Hàm Thuận Nam");
        (await anonymous.GetFromJsonAsync<List<ChainItem>>($"/api/v1/products/{fishSauce.Id}/value-chains", Json.Options))!.ShouldBeEmpty();
        var page = await anonymous.GetStringAsync($"/products/{wine.Id}");
        page.ShouldContain("Chuỗi thanh long Hàm Thuận Nam");
        page.ShouldContain("Siêu thị Co.opmart");
        page.ShouldContain("120,5 ha");
        page.ShouldContain("data-area-map");
        page.ShouldContain("/js/area-map.js");
        (await anonymous.GetStringAsync($"/products/{fishSauce.Id}")).ShouldNotContain("data-testid=\"origin\"");

        // Scope: another province's officer neither sees nor changes them; producers are not officers.
        var hcm = await Registry.OfficerAsync(app, Registry.HoChiMinh);

        // Neither province links the other's producers (or their products) into its chain: the chain would show on the
        // other province's public product page. A partner elsewhere is named instead.
        var hcmProducer = await Registry.CreateProducerAsync(hcm, Registry.Producer("HTX cây ăn quả Tân Mỹ", Registry.ThuongTan));
        var hcmProduct = await Registry.ProductAsync(app, hcm, hcmProducer.Id, "Bưởi da xanh Tân Mỹ", ProductStatus.Active, listedStars: 3);
        var reaching = new ChainInput
        {
            Name = item.Name, AreaId = area.Id, Version = item.Version,
            Members = [new MemberInput(ChainRole.Producer, producer.Id, null, null, null), new MemberInput(ChainRole.Buyer, hcmProducer.Id, null, null, null)],
            ProductIds = [wine.Id, hcmProduct.Id],
        };
        (await Registry.RefusedAsync(await officer.PutAsJsonAsync($"/api/v1/value-chains/{item.Id}", reaching, Json.Options))).ShouldContain("cùng tỉnh");
        var theirs = new ChainInput
        {
            Name = "Chuỗi bưởi Tân Mỹ", Members = [new MemberInput(ChainRole.Producer, hcmProducer.Id, null, null, null), new MemberInput(ChainRole.Buyer, producer.Id, null, null, null)],
            ProductIds = [hcmProduct.Id, wine.Id],
        };
        (await Registry.RefusedAsync(await hcm.PostAsJsonAsync("/api/v1/value-chains", theirs, Json.Options))).ShouldContain("cùng tỉnh");
        (await anonymous.GetFromJsonAsync<List<ChainItem>>($"/api/v1/products/{hcmProduct.Id}/value-chains", Json.Options))!.ShouldBeEmpty();
        (await anonymous.GetFromJsonAsync<List<ChainItem>>($"/api/v1/products/{wine.Id}/value-chains", Json.Options))!.Single().Name.ShouldBe(item.Name);

        (await hcm.GetAsync($"/api/v1/raw-material-areas/{area.Id}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await hcm.PutAsJsonAsync($"/api/v1/value-chains/{item.Id}", chain, Json.Options)).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await hcm.GetAsync($"/admin/value-chains/edit/{item.Id}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        var owner = await app.SignInAsync(new NewAccount($"p{Guid.NewGuid():N}@test.vn", Roles.Producer, ProducerId: producer.Id));
        (await owner.GetAsync("/api/v1/value-chains")).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        var commune = await app.SignInAsync(new NewAccount($"c{Guid.NewGuid():N}@test.vn", Roles.CommuneOfficer, ProvinceCode: Registry.LamDong, CommuneCode: "22918"));
        (await commune.GetAsync($"/api/v1/raw-material-areas/{area.Id}")).StatusCode.ShouldBe(HttpStatusCode.NotFound, "an area of another commune");
    }
}
