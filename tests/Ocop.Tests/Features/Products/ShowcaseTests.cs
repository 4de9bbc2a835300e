using System.Net;
using System.Net.Http.Json;
using Ocop.Web.Features.Accounts;
using Ocop.Web.Features.Products;
using Ocop.Web.Features.Products.Showcase;

namespace Ocop.Tests.Features.Products;

/// <summary>
/// Packs with prices and promotion videos: the producer (or an officer of the area) adds them, the product page shows them
/// in the reader's language; a video plays only the host's own player, loaded when the visitor asks.
/// </summary>
public sealed class ShowcaseTests
{
    private static PackInput Pack(PackKind? kind = PackKind.Bottle, decimal? amount = 500, PackUnit? unit = PackUnit.Millilitre, decimal? price = 85000m) =>
        new() { Kind = kind, Amount = amount, Unit = unit, Price = price };

    [Theory]
    [ClassData(typeof(Engines))]
    public async Task Producer_AddsPacksAndPrices_AndTheProductPageShowsThem_SmallestFirst_InTheReadersLanguage(Engine engine)
    {
        await using var app = await OcopApp.StartAsync(engine);
        var officer = await Registry.OfficerAsync(app, Registry.LamDong);
        var producer = await Registry.CreateProducerAsync(officer, Registry.Producer());
        var neighbour = await Registry.CreateProducerAsync(officer, Registry.Producer("HTX Hàm Đức"));
        var product = await Registry.ProductAsync(app, officer, producer.Id, "Nước mắm Cá Đen", ProductStatus.Active, listedStars: 4);
        var owner = await app.SignInAsync(new NewAccount($"p{Guid.NewGuid():N}@test.vn", Roles.Producer, ProducerId: producer.Id));
        var url = $"/api/v1/products/{product.Id}/packs";

        (await Registry.RefusedAsync(await owner.PostAsJsonAsync(url, Pack(kind: null), Json.Options))).ShouldContain("Hãy chọn loại bao gói");
        (await Registry.RefusedAsync(await owner.PostAsJsonAsync(url, Pack(unit: null), Json.Options))).ShouldContain("Hãy chọn đơn vị");
        foreach (var amount in new decimal?[] { null, 0m, -5m, 0.0001m })
        {
            (await Registry.RefusedAsync(await owner.PostAsJsonAsync(url, Pack(amount: amount), Json.Options))).ShouldContain("lớn hơn 0", customMessage: $"{amount}");
        }

        (await Registry.RefusedAsync(await owner.PostAsJsonAsync(url, Pack(PackKind.Box, 2.5m, PackUnit.Piece), Json.Options))).ShouldContain("số cái là số nguyên");
        (await Registry.RefusedAsync(await owner.PostAsJsonAsync(url, Pack(price: 1500.5m), Json.Options))).ShouldContain("số đồng nguyên");
        (await Registry.RefusedAsync(await owner.PostAsJsonAsync(url, Pack(price: 0m), Json.Options))).ShouldContain("số đồng nguyên");

        (await owner.PostAsJsonAsync(url, Pack(amount: 1, unit: PackUnit.Litre, price: 150000m), Json.Options)).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await owner.PostAsJsonAsync(url, Pack(PackKind.Box, 6, PackUnit.Piece, null), Json.Options)).StatusCode.ShouldBe(HttpStatusCode.OK);
        var created = await owner.PostAsJsonAsync(url, Pack(), Json.Options);
        created.StatusCode.ShouldBe(HttpStatusCode.OK, await created.Content.ReadAsStringAsync());
        var packs = (await created.Content.ReadFromJsonAsync<List<PackItem>>(Json.Options))!;
        packs.Select(p => (p.Amount, p.Unit)).ShouldBe([(500m, PackUnit.Millilitre), (1m, PackUnit.Litre), (6m, PackUnit.Piece)]);
        (await Registry.RefusedAsync(await owner.PostAsJsonAsync(url, Pack(), Json.Options))).ShouldContain("đã có quy cách này");

        var bottle = packs[0];
        var stale = Pack(price: 90000m);
        stale.Version = bottle.Version + 3;
        (await owner.PutAsJsonAsync($"{url}/{bottle.Id}", stale, Json.Options)).StatusCode.ShouldBe(HttpStatusCode.Conflict);
        stale.Version = bottle.Version;
        (await owner.PutAsJsonAsync($"{url}/{bottle.Id}", stale, Json.Options)).StatusCode.ShouldBe(HttpStatusCode.OK);

        // Another producer or province: as if the product did not exist.
        var other = await app.SignInAsync(new NewAccount($"p{Guid.NewGuid():N}@test.vn", Roles.Producer, ProducerId: neighbour.Id));
        (await other.PostAsJsonAsync(url, Pack(amount: 250), Json.Options)).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await other.DeleteAsync($"{url}/{bottle.Id}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        var hcm = await Registry.OfficerAsync(app, Registry.HoChiMinh);
        (await hcm.PutAsJsonAsync($"{url}/{bottle.Id}", stale, Json.Options)).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await app.CreateClient().PostAsJsonAsync(url, Pack(amount: 250), Json.Options)).StatusCode.ShouldNotBe(HttpStatusCode.OK);

        var anonymous = app.CreateClient();
        (await anonymous.GetFromJsonAsync<List<PackItem>>(url, Json.Options))!.Count.ShouldBe(3);
        var vietnamese = await anonymous.GetStringAsync($"/products/{product.Id}");
        vietnamese.ShouldContain("Quy cách và giá");
        vietnamese.ShouldContain("<td>Chai 500 ml</td>");
        vietnamese.ShouldContain("90.000 ₫");
        vietnamese.ShouldContain("<td>Chai 1 lít</td>");
        vietnamese.ShouldContain("<td>Hộp 6 cái</td>");
        vietnamese.ShouldContain("Liên hệ");
        vietnamese.IndexOf("Chai 500 ml", StringComparison.Ordinal).ShouldBeLessThan(vietnamese.IndexOf("Chai 1 lít", StringComparison.Ordinal));
        var english = await anonymous.GetStringAsync($"/products/{product.Id}?culture=en");
        english.ShouldContain("Packs and prices");
        english.ShouldContain("<td>Bottle, 500 ml</td>");
        english.ShouldContain("90,000 ₫");
        english.ShouldContain("<td>Box, 6 pcs</td>");

        (await owner.DeleteAsync($"{url}/{bottle.Id}")).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await anonymous.GetStringAsync($"/products/{product.Id}")).ShouldNotContain("Chai 500 ml");
        for (var i = 0; i < ProductPackService.MaxPerProduct - 2; i++)
        {
            (await owner.PostAsJsonAsync(url, Pack(PackKind.Jar, 100 + i, PackUnit.Gram), Json.Options)).StatusCode.ShouldBe(HttpStatusCode.OK);
        }

        (await Registry.RefusedAsync(await owner.PostAsJsonAsync(url, Pack(PackKind.Jar, 999, PackUnit.Gram), Json.Options))).ShouldContain("tối đa 12 quy cách");
    }

    [Theory]
    [InlineData("https://www.youtube.com/watch?v=dQw4w9WgXcQ&t=42s", VideoHost.YouTube, "dQw4w9WgXcQ")]
    [InlineData("https://youtu.be/dQw4w9WgXcQ?si=abc", VideoHost.YouTube, "dQw4w9WgXcQ")]
    [InlineData("https://m.youtube.com/shorts/dQw4w9WgXcQ", VideoHost.YouTube, "dQw4w9WgXcQ")]
    [InlineData("https://www.tiktok.com/@nuocmamcaden/video/7301234567890123456?lang=vi", VideoHost.TikTok, "7301234567890123456")]
    public void AVideoAddress_IsReadIntoItsHostAndId(string address, VideoHost host, string id)
    {
        VideoLink.TryRead(address, out var readHost, out var readId).ShouldBe(VideoLink.Problem.None);
        (readHost, readId).ShouldBe((host, id));
    }

    [Theory]
    [InlineData("https://vt.tiktok.com/ZSabc123/", VideoLink.Problem.TikTokShortLink)]
    [InlineData("https://www.youtube.com/watch?v=short", VideoLink.Problem.NotAVideoAddress)]
    [InlineData("https://www.youtube.com/@caden", VideoLink.Problem.NotAVideoAddress)]
    [InlineData("https://evil.example/embed/dQw4w9WgXcQ", VideoLink.Problem.NotAVideoAddress)]
    [InlineData("javascript:alert(1)", VideoLink.Problem.NotAVideoAddress)]
    [InlineData("https://www.tiktok.com/@caden", VideoLink.Problem.NotAVideoAddress)]
    public void OtherAddresses_AreRefused_WithTheirReason(string address, VideoLink.Problem problem) =>
        VideoLink.TryRead(address, out _, out _).ShouldBe(problem);

    [Theory]
    [ClassData(typeof(Engines))]
    public async Task Producer_AddsVideos_AndTheProductPageOffersTheHostsPlayer_OnlyOnPlay(Engine engine)
    {
        await using var app = await OcopApp.StartAsync(engine);
        var officer = await Registry.OfficerAsync(app, Registry.LamDong);
        var producer = await Registry.CreateProducerAsync(officer, Registry.Producer());
        var product = await Registry.ProductAsync(app, officer, producer.Id, "Nước mắm Cá Đen", ProductStatus.Active, listedStars: 4);
        var owner = await app.SignInAsync(new NewAccount($"p{Guid.NewGuid():N}@test.vn", Roles.Producer, ProducerId: producer.Id));
        var url = $"/api/v1/products/{product.Id}/videos";

        (await Registry.RefusedAsync(await owner.PostAsJsonAsync(url, new VideoInput { Url = "https://vt.tiktok.com/ZSabc123/" }, Json.Options))).ShouldContain("Liên kết rút gọn của TikTok");
        (await Registry.RefusedAsync(await owner.PostAsJsonAsync(url, new VideoInput { Url = "https://example.com/video.mp4" }, Json.Options))).ShouldContain("không phải địa chỉ một video");
        var tiktok = await owner.PostAsJsonAsync(url, new VideoInput { Url = "https://www.tiktok.com/@nuocmamcaden/video/7301234567890123456", Caption = "Ủ chượp trong thùng gỗ" }, Json.Options);
        tiktok.StatusCode.ShouldBe(HttpStatusCode.OK, await tiktok.Content.ReadAsStringAsync());
        (await owner.PostAsJsonAsync(url, new VideoInput { Url = "https://youtu.be/dQw4w9WgXcQ" }, Json.Options)).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await Registry.RefusedAsync(await owner.PostAsJsonAsync(url, new VideoInput { Url = "https://www.youtube.com/watch?v=dQw4w9WgXcQ" }, Json.Options))).ShouldContain("đã có video này");
        var hcm = await Registry.OfficerAsync(app, Registry.HoChiMinh);
        (await hcm.PostAsJsonAsync(url, new VideoInput { Url = "https://youtu.be/aaaaaaaaaaa" }, Json.Options)).StatusCode.ShouldBe(HttpStatusCode.NotFound);

        var anonymous = app.CreateClient();
        var videos = (await anonymous.GetFromJsonAsync<List<VideoItem>>(url, Json.Options))!;
        videos.Select(v => v.EmbedUrl).ShouldBe(["https://www.tiktok.com/embed/v2/7301234567890123456", "https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ"]);
        var response = await anonymous.GetAsync($"/products/{product.Id}");
        var page = await response.Content.ReadAsStringAsync();
        page.ShouldContain("data-embed=\"https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ\"");
        page.ShouldContain("Ủ chượp trong thùng gỗ");
        page.ShouldNotContain("<iframe", customMessage: "the player is loaded only when the visitor presses play");
        var policy = response.Headers.GetValues("Content-Security-Policy").Single();
        policy.ShouldContain("frame-src 'self' https://www.youtube-nocookie.com https://www.tiktok.com;");

        (await owner.DeleteAsync($"{url}/{videos[0].Id}")).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await anonymous.GetStringAsync($"/products/{product.Id}")).ShouldNotContain("tiktok.com/embed");
    }

    [Fact]
    public async Task TheBackOfficeForms_SayWhatIsWrong_AndKeepWhatWasTyped()
    {
        await using var app = await OcopApp.StartAsync();
        var officer = await Registry.OfficerAsync(app, Registry.LamDong);
        var producer = await Registry.CreateProducerAsync(officer, Registry.Producer());
        var product = await Registry.ProductAsync(app, officer, producer.Id, "Nước mắm Cá Đen");
        var owner = await app.SignInAsync(new NewAccount($"p{Guid.NewGuid():N}@test.vn", Roles.Producer, ProducerId: producer.Id));
        var pageUrl = $"/admin/products/{product.Id}";

        var notANumber = await OcopApp.PostFormAsync(owner, $"{pageUrl}?handler=AddPack", new()
        {
            ["NewPack.Kind"] = "Bottle", ["NewPack.Amount"] = "năm trăm", ["NewPack.Unit"] = "Millilitre", ["NewPack.Price"] = "85000",
        }, pageUrl);
        notANumber.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await notANumber.Content.ReadAsStringAsync()).ShouldContain("Khối lượng hoặc thể tích phải là số");

        var saved = await OcopApp.PostFormAsync(owner, $"{pageUrl}?handler=AddPack", new()
        {
            ["NewPack.Kind"] = "Bottle", ["NewPack.Amount"] = "500", ["NewPack.Unit"] = "Millilitre", ["NewPack.Price"] = "85000",
        }, pageUrl);
        saved.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var page = await owner.GetStringAsync(pageUrl);
        page.ShouldContain("Chai 500 ml");
        page.ShouldContain("85.000 ₫");

        var shortLink = await OcopApp.PostFormAsync(owner, $"{pageUrl}?handler=AddVideo", new() { ["NewVideo.Url"] = "https://vt.tiktok.com/ZSabc123/" }, pageUrl);
        var refused = await shortLink.Content.ReadAsStringAsync();
        refused.ShouldContain("Liên kết rút gọn của TikTok");
        refused.ShouldContain("value=\"https://vt.tiktok.com/ZSabc123/\"");
        (await OcopApp.PostFormAsync(owner, $"{pageUrl}?handler=AddVideo", new() { ["NewVideo.Url"] = "https://youtu.be/dQw4w9WgXcQ" }, pageUrl))
            .StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await owner.GetStringAsync(pageUrl)).ShouldContain("https://youtu.be/dQw4w9WgXcQ");
    }
}
