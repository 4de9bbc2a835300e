using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Ocop.Web.Data;
using Ocop.Web.Features.Accounts;
using Ocop.Web.Features.Accounts.ApiTokens;
using Ocop.Web.Features.Audit;

namespace Ocop.Tests.Features.Accounts;

/// <summary>API tokens: another system writes with the owner's rights and scope, and nothing more.</summary>
public sealed class ApiTokenTests
{
    private static async Task<CreatedApiToken> CreateTokenAsync(HttpClient signedIn, string name = "Đồng bộ Excel", int? days = null)
    {
        var response = await signedIn.PostAsJsonAsync("/api/v1/tokens", new NewApiToken(name, days), Json.Options);
        response.StatusCode.ShouldBe(HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        return (await response.Content.ReadFromJsonAsync<CreatedApiToken>(Json.Options))!;
    }

    private static HttpClient WithToken(OcopApp app, string token)
    {
        var client = app.CreateClient(new() { AllowAutoRedirect = false });
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return client;
    }

    [Theory]
    [ClassData(typeof(Engines))]
    public async Task Token_WritesAsItsOwner_WithinTheOwnersProvinceOnly(Engine engine)
    {
        await using var app = await OcopApp.StartAsync(engine);
        var lamDong = await Registry.OfficerAsync(app, Registry.LamDong);
        var hcm = await Registry.OfficerAsync(app, Registry.HoChiMinh);
        var hcmProducer = await Registry.CreateProducerAsync(hcm, Registry.Producer("HTX cây ăn quả Tân Mỹ", Registry.ThuongTan));
        var token = await CreateTokenAsync(lamDong);
        token.Token.ShouldStartWith("ocop_");

        var system = WithToken(app, token.Token);
        var created = await Registry.CreateProducerAsync(system, Registry.Producer("HTX thanh long Hàm Đức"));

        var history = await system.GetFromJsonAsync<List<HistoryItem>>($"/api/v1/producers/{created.Id}/history", Json.Options);
        history!.ShouldHaveSingleItem().UserName!.ShouldStartWith("officer", Case.Sensitive, "the audit names the token's owner");
        (await system.GetAsync($"/api/v1/producers/{hcmProducer.Id}/record")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await system.PutAsJsonAsync($"/api/v1/producers/{hcmProducer.Id}", hcmProducer.ToInput(), Json.Options)).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await system.PostAsJsonAsync("/api/v1/producers", Registry.Producer("Ngoài tỉnh", Registry.ThuongTan), Json.Options))
            .StatusCode.ShouldBe(HttpStatusCode.BadRequest);

        var stored = await app.WithScopeAsync(s => s.GetRequiredService<OcopDbContext>().ApiTokens.SingleAsync());
        stored.Hash.ShouldNotContain(token.Token[5..]);
        stored.Prefix.Length.ShouldBeLessThan(token.Token.Length / 2, "only a short prefix of the secret is kept");
        stored.LastUsedAt.ShouldNotBeNull();
    }

    [Fact]
    public async Task RevokedExpiredOrUnknownToken_Gets401ProblemDetails()
    {
        await using var app = await OcopApp.StartAsync();
        var officer = await Registry.OfficerAsync(app, Registry.LamDong);
        var revoked = await CreateTokenAsync(officer, "Cũ");
        var expired = await CreateTokenAsync(officer, "Hết hạn");
        (await officer.DeleteAsync($"/api/v1/tokens/{revoked.Id}")).StatusCode.ShouldBe(HttpStatusCode.NoContent);
        await app.WithScopeAsync(s => s.GetRequiredService<OcopDbContext>().ApiTokens
            .Where(t => t.Id == expired.Id).ExecuteUpdateAsync(u => u.SetProperty(t => t.ExpiresAt, DateTime.UtcNow.AddMinutes(-1))));

        foreach (var secret in new[] { revoked.Token, expired.Token, "ocop_" + new string('x', 43), "not-a-token" })
        {
            var response = await WithToken(app, secret).PostAsJsonAsync("/api/v1/producers", Registry.Producer(), Json.Options);
            response.StatusCode.ShouldBe(HttpStatusCode.Unauthorized, secret);
            response.Headers.WwwAuthenticate.ToString().ShouldStartWith("Bearer");
            response.Content.Headers.ContentType!.MediaType.ShouldBe("application/problem+json");
        }

        var list = await officer.GetFromJsonAsync<List<ApiTokenItem>>("/api/v1/tokens", Json.Options);
        list!.Single(t => t.Id == revoked.Id).RevokedAt.ShouldNotBeNull();
    }

    [Fact]
    public async Task Token_CannotManageTokens_NorSignInToScreens()
    {
        await using var app = await OcopApp.StartAsync();
        var officer = await Registry.OfficerAsync(app, Registry.LamDong);
        var token = await CreateTokenAsync(officer);
        var system = WithToken(app, token.Token);

        (await system.PostAsJsonAsync("/api/v1/tokens", new NewApiToken("Thêm", 30), Json.Options)).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        (await system.GetAsync("/api/v1/tokens")).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        (await system.DeleteAsync($"/api/v1/tokens/{token.Id}")).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        (await system.GetAsync("/account/tokens")).StatusCode.ShouldBe(HttpStatusCode.Redirect, "the tokens screen wants a password sign-in");
        (await system.GetAsync("/admin/producers")).StatusCode.ShouldBe(HttpStatusCode.Unauthorized, "screens do not accept tokens");
    }

    [Fact]
    public async Task UsersSeeAndRevokeOnlyTheirOwnTokens()
    {
        await using var app = await OcopApp.StartAsync();
        var first = await Registry.OfficerAsync(app, Registry.LamDong);
        var second = await Registry.OfficerAsync(app, Registry.LamDong);
        var token = await CreateTokenAsync(first);

        (await second.GetFromJsonAsync<List<ApiTokenItem>>("/api/v1/tokens", Json.Options))!.ShouldBeEmpty();
        (await second.DeleteAsync($"/api/v1/tokens/{token.Id}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await WithToken(app, token.Token).GetAsync("/api/v1/producers")).StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task BadTokenRequest_NamesTheFields()
    {
        await using var app = await OcopApp.StartAsync();
        var officer = await Registry.OfficerAsync(app, Registry.LamDong);

        var response = await officer.PostAsJsonAsync("/api/v1/tokens", new NewApiToken(" ", 400), Json.Options);

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        var body = await response.Content.ReadAsStringAsync();
        body.ShouldContain("\"name\":[\"Trường này là bắt buộc.\"]");
        body.ShouldContain("\"validDays\":[\"Thời hạn phải từ 1 đến 365 ngày.\"]");
    }

    [Fact]
    public async Task TokensPage_ShowsSecretOnce_ListsAndRevokes()
    {
        await using var app = await OcopApp.StartAsync();
        var producer = await app.SignInAsync(new NewAccount($"p{Guid.NewGuid():N}@test.vn", Roles.Producer, ProducerId: await SeedProducerAsync(app)));

        var empty = await OcopApp.PostFormAsync(producer, "/account/tokens?handler=Create", new() { ["Name"] = "", ["ValidDays"] = "90" }, "/account/tokens");
        (await empty.Content.ReadAsStringAsync()).ShouldContain("Trường này là bắt buộc.");

        var created = await OcopApp.PostFormAsync(producer, "/account/tokens?handler=Create", new() { ["Name"] = "Sàn TMĐT", ["ValidDays"] = "30" }, "/account/tokens");
        var page = await created.Content.ReadAsStringAsync();
        var secret = System.Text.RegularExpressions.Regex.Match(page, "value=\"(ocop_[^\"]+)\"").Groups[1].Value;
        secret.ShouldNotBeEmpty();
        (await WithToken(app, secret).GetAsync("/api/v1/products")).StatusCode.ShouldBe(HttpStatusCode.OK);

        var list = await producer.GetStringAsync("/account/tokens");
        list.ShouldContain("Sàn TMĐT");
        list.ShouldNotContain(secret, Case.Sensitive, "the secret is shown only right after creation");
        var id = (await producer.GetFromJsonAsync<List<ApiTokenItem>>("/api/v1/tokens", Json.Options))!.Single().Id;
        var revoke = await OcopApp.PostFormAsync(producer, $"/account/tokens?handler=Revoke&id={id}", [], "/account/tokens");
        revoke.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await producer.GetStringAsync("/account/tokens")).ShouldContain("Đã thu hồi");
        (await WithToken(app, secret).GetAsync("/api/v1/producers/1/record")).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
    }

    private static async Task<int> SeedProducerAsync(OcopApp app)
    {
        var officer = await Registry.OfficerAsync(app, Registry.LamDong);
        return (await Registry.CreateProducerAsync(officer, Registry.Producer())).Id;
    }
}
