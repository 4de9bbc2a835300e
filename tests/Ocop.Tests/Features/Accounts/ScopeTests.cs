using System.Net;
using System.Net.Http.Json;
using Ocop.Web.Features.Accounts;
using Ocop.Web.Features.Producers;
using Ocop.Web.Features.Products;
using Ocop.Tests.Features.Products;

namespace Ocop.Tests.Features.Accounts;

/// <summary>Producers manage only their own records; commune officers only their commune.</summary>
public sealed class ScopeTests : AppTest
{
    private async Task<(HttpClient Officer, ProducerDetails Own, ProducerDetails Other, int SetId)> TwoProducersAsync()
    {
        var officer = await Registry.OfficerAsync(App, Registry.LamDong);
        var own = await Registry.CreateProducerAsync(officer, Registry.Producer("Cơ sở Bảo Long"));
        var other = await Registry.CreateProducerAsync(officer, Registry.Producer("HTX Hòa Lệ"));
        return (officer, own, other, await Registry.ProductSetIdAsync(App, "26-09"));
    }

    private Task<HttpClient> ProducerAsync(int producerId) =>
        App.SignInAsync(new NewAccount($"p{Guid.NewGuid():N}@test.vn", Roles.Producer, ProducerId: producerId));

    [Fact]
    public async Task Producer_CannotSeeOrEditAnotherProducer_OrItsProducts()
    {
        var (officer, own, other, setId) = await TwoProducersAsync();
        var othersProduct = await Registry.CreateProductAsync(officer, ProductApiTests.Product(other.Id, setId, "Thanh long Hòa Lệ"));
        var producer = await ProducerAsync(own.Id);

        (await producer.GetAsync($"/api/v1/producers/{other.Id}/record")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await producer.PutAsJsonAsync($"/api/v1/producers/{other.Id}", other.ToInput(), Json.Options)).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await producer.GetAsync($"/api/v1/products/{othersProduct.Id}/record")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await producer.PutAsJsonAsync($"/api/v1/products/{othersProduct.Id}", othersProduct.ToInput(), Json.Options)).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await producer.DeleteAsync($"/api/v1/products/{othersProduct.Id}?version={othersProduct.Version}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await producer.GetAsync($"/admin/products/{othersProduct.Id}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        var list = await producer.GetStringAsync("/admin/producers");
        list.ShouldContain("Cơ sở Bảo Long");
        list.ShouldNotContain("HTX Hòa Lệ");
    }

    [Fact]
    public async Task Producer_CreatesDraftForThemself_ButCannotActivateOrSetStars()
    {
        var (_, own, other, setId) = await TwoProducersAsync();
        var producer = await ProducerAsync(own.Id);

        var active = await producer.PostAsJsonAsync("/api/v1/products", ProductApiTests.Product(own.Id, setId), Json.Options);
        active.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await active.Content.ReadAsStringAsync()).ShouldContain("cán bộ OCOP");

        var draft = ProductApiTests.Product(other.Id, setId, "Nước ép thanh long");
        draft.Status = ProductStatus.Draft;
        draft.Stars = 5;
        var created = await Registry.CreateProductAsync(producer, draft);
        created.ProducerId.ShouldBe(own.Id, "a producer's product is always their own, whatever the body says");
        created.Stars.ShouldBeNull();
    }

    [Fact]
    public async Task Producer_EditsContactDetails_ButNotTaxCodeOrCommune()
    {
        var officer = await Registry.OfficerAsync(App, Registry.LamDong);
        var own = await Registry.CreateProducerAsync(officer, Registry.Producer(taxCode: "3400123456"));
        var producer = await ProducerAsync(own.Id);
        var input = own.ToInput();
        input.Phone = "0909 000 111";
        input.TaxCode = "3400999999";
        input.CommuneCode = Registry.ThuongTan;

        var updated = await (await producer.PutAsJsonAsync($"/api/v1/producers/{own.Id}", input, Json.Options)).Content.ReadFromJsonAsync<ProducerDetails>(Json.Options);

        updated!.Phone.ShouldBe("0909 000 111");
        updated.TaxCode.ShouldBe("3400123456");
        updated.CommuneCode.ShouldBe(Registry.PhuThuy);
    }

    [Fact]
    public async Task CommuneOfficer_SeesOnlyTheirCommune()
    {
        var provinceOfficer = await Registry.OfficerAsync(App, Registry.LamDong);
        var inCommune = await Registry.CreateProducerAsync(provinceOfficer, Registry.Producer("Ở Phú Thuỷ"));
        var elsewhere = await Registry.CreateProducerAsync(provinceOfficer, Registry.Producer("Ở Hàm Thuận", commune: "23059"));
        var communeOfficer = await App.SignInAsync(new NewAccount($"c{Guid.NewGuid():N}@test.vn", Roles.CommuneOfficer, ProvinceCode: Registry.LamDong, CommuneCode: Registry.PhuThuy));

        (await communeOfficer.GetAsync($"/api/v1/producers/{inCommune.Id}/record")).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await communeOfficer.GetAsync($"/api/v1/producers/{elsewhere.Id}/record")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        var outside = await communeOfficer.PostAsJsonAsync("/api/v1/producers", Registry.Producer("Mới", commune: "23059"), Json.Options);
        outside.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        await Registry.CreateProducerAsync(communeOfficer, Registry.Producer("Mới ở Phú Thuỷ"));
    }

    [Fact]
    public async Task CouncilMember_HasNoRegistryAccess()
    {
        var member = await App.SignInAsync(new NewAccount($"m{Guid.NewGuid():N}@test.vn", Roles.CouncilMember));
        var page = await member.GetAsync("/admin/producers");
        page.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        page.Headers.Location!.PathAndQuery.ShouldBe("/account/access-denied?ReturnUrl=%2Fadmin%2Fproducers", "signed in but not allowed: the access-denied page, not the sign-in page");
        var denied = await member.GetAsync(page.Headers.Location);
        denied.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await denied.Content.ReadAsStringAsync()).ShouldContain("<h1");
        (await member.PostAsJsonAsync("/api/v1/products", new ProductInput(), Json.Options)).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
    }
}
