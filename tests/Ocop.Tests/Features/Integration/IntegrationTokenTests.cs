using System.Net;
using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Ocop.Web.Data;
using Ocop.Web.Features.Accounts;
using Ocop.Web.Features.Audit;
using Ocop.Web.Features.Integration;
using Ocop.Web.Features.Producers;

namespace Ocop.Tests.Features.Integration;

/// <summary>
/// Integration tokens: made by an administrator for one province, read or write, revocable, hashed at rest; the
/// system holding one acts as a province officer there and nowhere else.
/// </summary>
public sealed class IntegrationTokenTests
{
    [Theory]
    [ClassData(typeof(Engines))]
    public async Task WriteToken_ActsAsAProvinceOfficer_OfItsProvinceOnly(Engine engine)
    {
        await using var app = await OcopApp.StartAsync(engine);
        var national = await IntegrationTokens.NationalAdminAsync(app);
        var hcm = await Registry.OfficerAsync(app, Registry.HoChiMinh);
        var hcmProducer = await Registry.CreateProducerAsync(hcm, Registry.Producer("HTX cây ăn quả Tân Mỹ", Registry.ThuongTan));
        var token = await IntegrationTokens.CreateAsync(national, TokenAccess.Write, name: "Cổng thông tin tỉnh");
        token.Token.ShouldStartWith(IntegrationTokenService.SecretPrefix);
        token.ProvinceCode.ShouldBe(Registry.LamDong);

        var portal = IntegrationTokens.Client(app, token.Token);
        var created = await Registry.CreateProducerAsync(portal, Registry.Producer("HTX thanh long Hàm Đức"));

        var history = await portal.GetFromJsonAsync<List<HistoryItem>>($"/api/v1/producers/{created.Id}/history", Json.Options);
        history!.ShouldHaveSingleItem().UserName.ShouldBe("api:Cổng thông tin tỉnh", "the audit names the token, not a person");
        (await portal.GetAsync($"/api/v1/producers/{hcmProducer.Id}/record")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await portal.PutAsJsonAsync($"/api/v1/producers/{hcmProducer.Id}", hcmProducer.ToInput(), Json.Options)).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await portal.PostAsJsonAsync("/api/v1/producers", Registry.Producer("Ngoài tỉnh", Registry.ThuongTan), Json.Options))
            .StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await portal.GetAsync("/api/v1/programme/national")).StatusCode.ShouldBe(HttpStatusCode.Forbidden, "a province token is no national administrator");

        var stored = await app.WithScopeAsync(s => s.GetRequiredService<OcopDbContext>().IntegrationTokens.SingleAsync());
        stored.Hash.Length.ShouldBe(64);
        stored.Hash.ShouldNotContain(token.Token[IntegrationTokenService.SecretPrefix.Length..]);
        token.Token.ShouldStartWith(stored.Prefix);
        stored.Prefix.Length.ShouldBeLessThan(token.Token.Length / 3, "only a short prefix of the secret is kept");
        stored.LastUsedAt.ShouldNotBeNull();
        stored.CreatedBy.ShouldStartWith("tw");
    }

    [Theory]
    [ClassData(typeof(Engines))]
    public async Task ReadToken_ReadsButEveryWriteIsRefused(Engine engine)
    {
        await using var app = await OcopApp.StartAsync(engine);
        var officer = await Registry.OfficerAsync(app, Registry.LamDong);
        var producer = await Registry.CreateProducerAsync(officer, Registry.Producer("HTX thanh long Hàm Đức"));
        var token = await IntegrationTokens.CreateAsync(officer, TokenAccess.Read, province: null);
        var reader = IntegrationTokens.Client(app, token.Token);

        (await reader.GetFromJsonAsync<ProducerDetails>($"/api/v1/producers/{producer.Id}/record", Json.Options))!.Name.ShouldBe("HTX thanh long Hàm Đức");
        (await reader.GetAsync("/api/v1/feed/products")).StatusCode.ShouldBe(HttpStatusCode.OK);

        var writes = new[]
        {
            await reader.PostAsJsonAsync("/api/v1/producers", Registry.Producer("Mới"), Json.Options),
            await reader.PutAsJsonAsync($"/api/v1/producers/{producer.Id}", producer.ToInput(), Json.Options),
            await reader.DeleteAsync($"/api/v1/producers/{producer.Id}?version={producer.Version}"),
        };
        foreach (var response in writes)
        {
            response.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
            response.Content.Headers.ContentType!.MediaType.ShouldBe("application/problem+json");
            (await response.Content.ReadAsStringAsync()).ShouldContain("chỉ có quyền đọc");
        }

        var after = await officer.GetFromJsonAsync<ProducerDetails>($"/api/v1/producers/{producer.Id}/record", Json.Options);
        after!.Version.ShouldBe(producer.Version, "nothing was written");
    }

    [Fact]
    public async Task ProvinceOfficers_AdministerTheirOwnProvincesTokens_TheNationalAdminAll()
    {
        await using var app = await OcopApp.StartAsync();
        var national = await IntegrationTokens.NationalAdminAsync(app);
        var lamDong = await Registry.OfficerAsync(app, Registry.LamDong);
        var hcm = await Registry.OfficerAsync(app, Registry.HoChiMinh);
        var ours = await IntegrationTokens.CreateAsync(lamDong, TokenAccess.Read, province: Registry.LamDong, name: "Cổng Lâm Đồng");
        var theirs = await IntegrationTokens.CreateAsync(national, TokenAccess.Write, province: Registry.HoChiMinh, name: "Cổng TP.HCM");

        var refused = await lamDong.PostAsJsonAsync("/api/v1/integration-tokens", new NewIntegrationToken("Khác", Registry.HoChiMinh, TokenAccess.Read, null), Json.Options);
        refused.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await refused.Content.ReadAsStringAsync()).ShouldContain("\"provinceCode\":[\"Hãy chọn tỉnh/thành mà khóa được dùng, trong phạm vi của bạn.\"]");

        (await lamDong.GetFromJsonAsync<List<IntegrationTokenItem>>("/api/v1/integration-tokens", Json.Options))!
            .Select(t => t.Name).ShouldBe(["Cổng Lâm Đồng"]);
        (await national.GetFromJsonAsync<List<IntegrationTokenItem>>("/api/v1/integration-tokens", Json.Options))!
            .Select(t => t.Name).ShouldBe(["Cổng TP.HCM", "Cổng Lâm Đồng"]);
        (await national.GetFromJsonAsync<List<IntegrationTokenItem>>($"/api/v1/integration-tokens?province={Registry.LamDong}", Json.Options))!
            .ShouldHaveSingleItem().ProvinceName.ShouldBe("Tỉnh Lâm Đồng");
        (await lamDong.DeleteAsync($"/api/v1/integration-tokens/{theirs.Id}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await hcm.DeleteAsync($"/api/v1/integration-tokens/{ours.Id}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await IntegrationTokens.Client(app, theirs.Token).GetAsync("/api/v1/feed/products")).StatusCode.ShouldBe(HttpStatusCode.OK, "not revoked by the refusals");

        var commune = await app.SignInAsync(new NewAccount($"xa{Guid.NewGuid():N}@test.vn", Roles.CommuneOfficer, ProvinceCode: Registry.LamDong, CommuneCode: Registry.PhuThuy));
        (await commune.GetAsync("/api/v1/integration-tokens")).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await commune.PostAsJsonAsync("/api/v1/integration-tokens", new NewIntegrationToken("Xã", null, TokenAccess.Read, null), Json.Options))
            .StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        var screen = await commune.GetAsync("/admin/integration");
        screen.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        screen.Headers.Location!.AbsolutePath.ShouldBe("/account/access-denied");
    }

    [Fact]
    public async Task Tokens_CannotAdministerTokens_NorOpenScreens()
    {
        await using var app = await OcopApp.StartAsync();
        var national = await IntegrationTokens.NationalAdminAsync(app);
        var token = await IntegrationTokens.CreateAsync(national, TokenAccess.Write);
        var system = IntegrationTokens.Client(app, token.Token);

        (await system.GetAsync("/api/v1/integration-tokens")).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        (await system.PostAsJsonAsync("/api/v1/integration-tokens", new NewIntegrationToken("Thêm", Registry.LamDong, TokenAccess.Write, null), Json.Options))
            .StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        (await system.DeleteAsync($"/api/v1/integration-tokens/{token.Id}")).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        (await system.PostAsJsonAsync("/api/v1/tokens", new { name = "Cá nhân", validDays = 30 }, Json.Options)).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        (await system.GetAsync("/admin/producers")).StatusCode.ShouldBe(HttpStatusCode.Unauthorized, "screens do not accept tokens");
    }

    [Fact]
    public async Task RevokedExpiredOrUnknownTokens_Get401_AtOnce()
    {
        await using var app = await OcopApp.StartAsync();
        var national = await IntegrationTokens.NationalAdminAsync(app);
        var revoked = await IntegrationTokens.CreateAsync(national, TokenAccess.Write, name: "Cũ");
        var expired = await IntegrationTokens.CreateAsync(national, TokenAccess.Read, name: "Hết hạn");
        (await IntegrationTokens.Client(app, revoked.Token).GetAsync("/api/v1/feed/products")).StatusCode.ShouldBe(HttpStatusCode.OK);

        (await national.DeleteAsync($"/api/v1/integration-tokens/{revoked.Id}")).StatusCode.ShouldBe(HttpStatusCode.NoContent);
        (await national.DeleteAsync($"/api/v1/integration-tokens/{revoked.Id}")).StatusCode.ShouldBe(HttpStatusCode.NoContent, "revoking twice is harmless");
        await app.WithScopeAsync(s => s.GetRequiredService<OcopDbContext>().IntegrationTokens
            .Where(t => t.Id == expired.Id).ExecuteUpdateAsync(u => u.SetProperty(t => t.ExpiresAt, DateTime.UtcNow.AddMinutes(-1))));

        foreach (var secret in new[] { revoked.Token, expired.Token, IntegrationTokenService.SecretPrefix + new string('x', 43) })
        {
            var response = await IntegrationTokens.Client(app, secret).GetAsync("/api/v1/feed/products");
            response.StatusCode.ShouldBe(HttpStatusCode.Unauthorized, secret);
            response.Headers.WwwAuthenticate.ToString().ShouldStartWith("Bearer");
            response.Content.Headers.ContentType!.MediaType.ShouldBe("application/problem+json");
        }

        var list = await national.GetFromJsonAsync<List<IntegrationTokenItem>>("/api/v1/integration-tokens", Json.Options);
        var item = list!.Single(t => t.Id == revoked.Id);
        item.RevokedAt.ShouldNotBeNull();
        item.RevokedBy!.ShouldStartWith("tw");
    }

    [Fact]
    public async Task BadTokenRequest_NamesEveryField()
    {
        await using var app = await OcopApp.StartAsync();
        var national = await IntegrationTokens.NationalAdminAsync(app);

        var response = await national.PostAsJsonAsync("/api/v1/integration-tokens", new NewIntegrationToken(" ", "99", null, 400), Json.Options);

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        var body = await response.Content.ReadAsStringAsync();
        body.ShouldContain("\"name\":[\"Trường này là bắt buộc.\"]");
        body.ShouldContain("\"provinceCode\":[\"Hãy chọn tỉnh/thành mà khóa được dùng, trong phạm vi của bạn.\"]");
        body.ShouldContain("\"access\":[\"Hãy chọn quyền của khóa: chỉ đọc, hoặc đọc và ghi.\"]");
        body.ShouldContain("\"validDays\":[\"Thời hạn phải từ 1 đến 365 ngày.\"]");
        (await national.PostAsJsonAsync("/api/v1/integration-tokens", new NewIntegrationToken("Không tỉnh", null, TokenAccess.Read, null), Json.Options))
            .StatusCode.ShouldBe(HttpStatusCode.BadRequest, "the national administrator must name the province");
        (await national.GetFromJsonAsync<List<IntegrationTokenItem>>("/api/v1/integration-tokens", Json.Options))!.ShouldBeEmpty("nothing half-made");
    }

    [Fact]
    public async Task Page_CreatesShowsTheSecretOnce_ListsAndRevokes()
    {
        await using var app = await OcopApp.StartAsync();
        var national = await IntegrationTokens.NationalAdminAsync(app);

        var empty = await OcopApp.PostFormAsync(national, "/admin/integration?handler=Create",
            new() { ["Name"] = "", ["ProvinceCode"] = "", ["Access"] = "Read", ["ValidDays"] = "365" }, "/admin/integration");
        var refused = await empty.Content.ReadAsStringAsync();
        refused.ShouldContain("Trường này là bắt buộc.");
        refused.ShouldContain("Hãy chọn tỉnh/thành mà khóa được dùng");

        var created = await OcopApp.PostFormAsync(national, "/admin/integration?handler=Create",
            new() { ["Name"] = "Hệ thống OCOP quốc gia", ["ProvinceCode"] = Registry.LamDong, ["Access"] = "Read", ["ValidDays"] = "90" }, "/admin/integration");
        var page = await created.Content.ReadAsStringAsync();
        var secret = System.Text.RegularExpressions.Regex.Match(page, "value=\"(ocopk_[^\"]+)\"").Groups[1].Value;
        secret.ShouldNotBeEmpty();
        (await IntegrationTokens.Client(app, secret).GetAsync("/api/v1/feed/products")).StatusCode.ShouldBe(HttpStatusCode.OK);

        var list = await national.GetStringAsync($"/admin/integration?province={Registry.LamDong}");
        list.ShouldContain("Hệ thống OCOP quốc gia");
        list.ShouldContain("Chỉ đọc");
        list.ShouldNotContain(secret, Case.Sensitive, "the secret is shown only right after creation");
        (await national.GetStringAsync($"/admin/integration?province={Registry.HoChiMinh}")).ShouldContain("Chưa có khóa nào.");

        var id = (await national.GetFromJsonAsync<List<IntegrationTokenItem>>("/api/v1/integration-tokens", Json.Options))!.Single().Id;
        var revoke = await OcopApp.PostFormAsync(national, $"/admin/integration?handler=Revoke&id={id}", [], "/admin/integration");
        revoke.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await national.GetStringAsync("/admin/integration")).ShouldContain("Đã thu hồi");
        (await IntegrationTokens.Client(app, secret).GetAsync("/api/v1/feed/products")).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
    }
}
