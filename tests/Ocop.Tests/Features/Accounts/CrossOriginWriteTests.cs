using System.Net;
using System.Net.Http.Json;
using Ocop.Web.Features.Accounts;
using Ocop.Web.Features.Accounts.Users;

namespace Ocop.Tests.Features.Accounts;

/// <summary>
/// A page on another site cannot borrow an officer's sign-in cookie to write through the API (body-less and multipart
/// posts need no CORS preflight); the platform's own pages and token-carrying systems still write.
/// </summary>
public sealed class CrossOriginWriteTests
{
    [Theory]
    [ClassData(typeof(Engines))]
    public async Task CookieWrites_FromAnotherSite_AreRefused_OwnPagesAndTokensStillWrite(Engine engine)
    {
        await using var app = await OcopApp.StartAsync(engine);
        var officer = await Registry.OfficerAsync(app, Registry.LamDong);
        var commune = await officer.PostAsJsonAsync("/api/v1/users",
            new UserInput { Email = "xa@phuthuy.vn", DisplayName = "Xã", Role = Roles.CommuneOfficer, CommuneCode = Registry.PhuThuy }, Json.Options);
        var id = (await commune.Content.ReadFromJsonAsync<UserDetails>(Json.Options))!.User.Id;

        async Task<HttpStatusCode> DisableAsync(HttpClient client, params (string Name, string Value)[] headers)
        {
            using var request = new HttpRequestMessage(HttpMethod.Post, $"/api/v1/users/{id}/disable");
            foreach (var (name, value) in headers)
            {
                request.Headers.Add(name, value);
            }

            return (await client.SendAsync(request)).StatusCode;
        }

        (await DisableAsync(officer, ("Origin", "https://evil.example"))).ShouldBe(HttpStatusCode.Forbidden);
        (await DisableAsync(officer, ("Sec-Fetch-Site", "cross-site"))).ShouldBe(HttpStatusCode.Forbidden);
        (await DisableAsync(officer, ("Origin", "null"))).ShouldBe(HttpStatusCode.Forbidden);
        (await officer.GetFromJsonAsync<UserDetails>($"/api/v1/users/{id}", Json.Options))!.User.Status.ShouldBe(UserStatus.Invited, "nothing changed");

        // A multipart upload from another site: refused before the file is read.
        var producer = await Registry.CreateProducerAsync(officer, Registry.Producer("HTX chè Cầu Đất"));
        var product = await Registry.ProductAsync(app, officer, producer.Id, "Chè Cầu Đất");
        using (var upload = new HttpRequestMessage(HttpMethod.Post, $"/api/v1/products/{product.Id}/images") { Content = OcopApp.ImageContent([1, 2, 3], "a.png") })
        {
            upload.Headers.Add("Origin", "https://evil.example");
            (await officer.SendAsync(upload)).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        }

        // The platform's own page (same origin, as the browser says), a client that names no origin, and a token still write.
        (await DisableAsync(officer, ("Origin", "http://localhost"), ("Sec-Fetch-Site", "same-origin"))).ShouldBe(HttpStatusCode.OK);
        (await officer.PostAsync($"/api/v1/users/{id}/enable", null)).StatusCode.ShouldBe(HttpStatusCode.OK);
        var token = AccountFlows.WithToken(app, await AccountFlows.TokenAsync(officer));
        (await DisableAsync(token, ("Origin", "https://evil.example"))).ShouldBe(HttpStatusCode.OK);
    }
}
