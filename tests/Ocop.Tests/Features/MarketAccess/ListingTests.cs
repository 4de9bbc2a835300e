using System.Net;
using System.Net.Http.Json;
using Ocop.Web.Features.Accounts;
using Ocop.Web.Features.MarketAccess;
using Ocop.Web.Features.Products;

namespace Ocop.Tests.Features.MarketAccess;

/// <summary>E-commerce listings: the producer (or an officer of the area) links the product's shop pages; the product page shows them.</summary>
public sealed class ListingTests
{
    private static ListingInput Listing(string url = "https://shopee.vn/nuoc-mam-ca-den-i.123.456", decimal? price = 120000m, ListingPlatform? platform = ListingPlatform.Shopee) =>
        new() { Platform = platform, Url = url, Price = price };

    [Theory]
    [ClassData(typeof(Engines))]
    public async Task Producer_ListsTheProductOnline_AndThePublicSeesTheLinks(Engine engine)
    {
        await using var app = await OcopApp.StartAsync(engine);
        var officer = await Registry.OfficerAsync(app, Registry.LamDong);
        var producer = await Registry.CreateProducerAsync(officer, Registry.Producer());
        var neighbour = await Registry.CreateProducerAsync(officer, Registry.Producer("HTX Hàm Đức"));
        var setId = await Registry.ProductSetIdAsync(app);
        var product = await Registry.ProductAsync(app, officer, producer.Id, "Nước mắm Cá Đen", ProductStatus.Active, listedStars: 4);
        var owner = await app.SignInAsync(new NewAccount($"p{Guid.NewGuid():N}@test.vn", Roles.Producer, ProducerId: producer.Id));
        var url = $"/api/v1/products/{product.Id}/listings";

        (await Registry.RefusedAsync(await owner.PostAsJsonAsync(url, Listing(platform: null), Json.Options))).ShouldContain("Hãy chọn sàn");
        foreach (var bad in new[] { "javascript:alert(1)", "shopee.vn/abc", "ftp://shopee.vn/abc", "https://", "" })
        {
            (await Registry.RefusedAsync(await owner.PostAsJsonAsync(url, Listing(bad), Json.Options))).ShouldContain("địa chỉ web đầy đủ", customMessage: bad);
        }

        (await Registry.RefusedAsync(await owner.PostAsJsonAsync(url, Listing(price: -1000m), Json.Options))).ShouldContain("số đồng nguyên");
        (await Registry.RefusedAsync(await owner.PostAsJsonAsync(url, Listing(price: 1500.5m), Json.Options))).ShouldContain("số đồng nguyên");

        var created = await owner.PostAsJsonAsync(url, Listing(), Json.Options);
        created.StatusCode.ShouldBe(HttpStatusCode.OK, await created.Content.ReadAsStringAsync());
        var listing = (await created.Content.ReadFromJsonAsync<List<ListingItem>>(Json.Options))!.Single();
        (await Registry.RefusedAsync(await owner.PostAsJsonAsync(url, Listing(), Json.Options))).ShouldContain("đã có kênh bán với đường dẫn này");
        (await owner.PostAsJsonAsync(url, Listing("https://www.facebook.com/cadenmuine", null, ListingPlatform.Facebook), Json.Options)).StatusCode.ShouldBe(HttpStatusCode.OK);

        var stale = Listing(price: 125000m);
        stale.Version = listing.Version + 2;
        (await owner.PutAsJsonAsync($"{url}/{listing.Id}", stale, Json.Options)).StatusCode.ShouldBe(HttpStatusCode.Conflict);
        stale.Version = listing.Version;
        (await owner.PutAsJsonAsync($"{url}/{listing.Id}", stale, Json.Options)).StatusCode.ShouldBe(HttpStatusCode.OK);

        // Another producer, another province: as if the product did not exist.
        var other = await app.SignInAsync(new NewAccount($"p{Guid.NewGuid():N}@test.vn", Roles.Producer, ProducerId: neighbour.Id));
        (await other.PostAsJsonAsync(url, Listing("https://tiki.vn/x"), Json.Options)).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await other.DeleteAsync($"{url}/{listing.Id}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        var hcm = await Registry.OfficerAsync(app, Registry.HoChiMinh);
        (await hcm.PostAsJsonAsync(url, Listing("https://tiki.vn/x"), Json.Options)).StatusCode.ShouldBe(HttpStatusCode.NotFound);

        var anonymous = app.CreateClient();
        var shown = (await anonymous.GetFromJsonAsync<List<ListingItem>>(url, Json.Options))!;
        shown.Select(l => (l.Platform, l.Price)).ShouldBe([(ListingPlatform.Facebook, (decimal?)null), (ListingPlatform.Shopee, 125000m)], ignoreOrder: true);
        var page = await anonymous.GetStringAsync($"/products/{product.Id}");
        page.ShouldContain("href=\"https://shopee.vn/nuoc-mam-ca-den-i.123.456\" rel=\"nofollow noopener\"");
        page.ShouldContain("125.000 ₫");
        page.ShouldContain("\"priceCurrency\":\"VND\"");

        (await owner.DeleteAsync($"{url}/{listing.Id}")).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await anonymous.GetStringAsync($"/products/{product.Id}")).ShouldNotContain("shopee.vn");

        for (var i = 0; i < ListingService.MaxPerProduct - 1; i++)
        {
            (await owner.PostAsJsonAsync(url, Listing($"https://shop.example.vn/p/{i}"), Json.Options)).StatusCode.ShouldBe(HttpStatusCode.OK);
        }

        (await Registry.RefusedAsync(await owner.PostAsJsonAsync(url, Listing("https://shop.example.vn/p/last"), Json.Options))).ShouldContain("tối đa 20 kênh bán");
    }

    [Fact]
    public async Task TheProductPageForm_KeepsWhatWasTyped_WhenRefused()
    {
        await using var app = await OcopApp.StartAsync();
        var officer = await Registry.OfficerAsync(app, Registry.LamDong);
        var producer = await Registry.CreateProducerAsync(officer, Registry.Producer());
        var product = await Registry.ProductAsync(app, officer, producer.Id, "Nước mắm Cá Đen");
        var owner = await app.SignInAsync(new NewAccount($"p{Guid.NewGuid():N}@test.vn", Roles.Producer, ProducerId: producer.Id));
        var pageUrl = $"/admin/products/{product.Id}";

        var refused = await OcopApp.PostFormAsync(owner, $"{pageUrl}?handler=AddListing", new()
        {
            ["NewListing.Platform"] = "Lazada", ["NewListing.Url"] = "lazada.vn/nuoc-mam", ["NewListing.Price"] = "95000",
        }, pageUrl);
        refused.StatusCode.ShouldBe(HttpStatusCode.OK);
        var html = await refused.Content.ReadAsStringAsync();
        html.ShouldContain("địa chỉ web đầy đủ");
        html.ShouldContain("value=\"lazada.vn/nuoc-mam\"");

        var notANumber = await OcopApp.PostFormAsync(owner, $"{pageUrl}?handler=AddListing", new()
        {
            ["NewListing.Platform"] = "Lazada", ["NewListing.Url"] = "https://www.lazada.vn/nuoc-mam", ["NewListing.Price"] = "chín mươi nghìn",
        }, pageUrl);
        (await notANumber.Content.ReadAsStringAsync()).ShouldContain("số đồng nguyên");

        var saved = await OcopApp.PostFormAsync(owner, $"{pageUrl}?handler=AddListing", new()
        {
            ["NewListing.Platform"] = "Lazada", ["NewListing.Url"] = "https://www.lazada.vn/nuoc-mam", ["NewListing.Price"] = "95000",
        }, pageUrl);
        saved.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await owner.GetStringAsync(pageUrl)).ShouldContain("95.000 ₫");
    }
}
