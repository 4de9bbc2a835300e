using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using Microsoft.Extensions.DependencyInjection;
using Ocop.Web.Features.Accounts;
using Ocop.Web.Features.Accounts.ApiTokens;

namespace Ocop.Tests.Features.Accounts;

/// <summary>Accounts with known passwords, sign-ins from chosen addresses, and the mailed links, as a browser would use them.</summary>
public static class AccountFlows
{
    public const string Password = "Mat-khau-2026";

    public static async Task<string> CreateAsync(OcopApp app, NewAccount account, string password = Password) =>
        await app.WithScopeAsync(async s =>
        {
            var (ok, result) = await s.GetRequiredService<AccountService>().CreateAsync(account, password);
            ok.ShouldBeTrue(result);
            return account.Email;
        });

    public static HttpClient Browser(OcopApp app, string? address = null)
    {
        var client = app.CreateClient(new() { AllowAutoRedirect = false });
        if (address is not null)
        {
            client.DefaultRequestHeaders.Add(TestClientAddress.Header, address);
        }

        return client;
    }

    /// <summary>Posts the sign-in form from a fresh browser at the address; the answer and the browser (signed in when it worked).</summary>
    public static async Task<(HttpResponseMessage Response, HttpClient Client)> SignInAsync(OcopApp app, string email, string password, string? address = null)
    {
        var client = Browser(app, address);
        var response = await OcopApp.PostFormAsync(client, "/account/login", new() { ["Input.Email"] = email, ["Input.Password"] = password });
        return (response, client);
    }

    public static async Task<HttpClient> SignedInAsync(OcopApp app, string email, string password = Password, string? address = null)
    {
        var (response, client) = await SignInAsync(app, email, password, address);
        response.StatusCode.ShouldBe(HttpStatusCode.Redirect, "sign-in should succeed");
        return client;
    }

    /// <summary>Whether the browser is signed in: a page for signed-in users answers 200 rather than sending it to sign in.</summary>
    public static async Task<bool> IsSignedInAsync(HttpClient client) =>
        (await client.GetAsync("/account/settings")).StatusCode == HttpStatusCode.OK;

    public static async Task<string> TokenAsync(HttpClient signedIn)
    {
        var response = await signedIn.PostAsJsonAsync("/api/v1/tokens", new NewApiToken("Đồng bộ", 30), Json.Options);
        response.StatusCode.ShouldBe(HttpStatusCode.Created);
        return (await response.Content.ReadFromJsonAsync<CreatedApiToken>(Json.Options))!.Token;
    }

    public static HttpClient WithToken(OcopApp app, string token)
    {
        var client = app.CreateClient(new() { AllowAutoRedirect = false });
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return client;
    }

    /// <summary>
    /// Posts a password to a mailed link's page (invitation or reset), as its form does; the form token comes from a page
    /// that always has a form, so that used and expired links can be tried too.
    /// </summary>
    public static async Task<HttpResponseMessage> SetPasswordAsync(OcopApp app, string link, string password, string? confirm = null)
    {
        var client = Browser(app);
        var token = Uri.UnescapeDataString(link[(link.IndexOf("token=", StringComparison.Ordinal) + 6)..]);
        return await OcopApp.PostFormAsync(client, link[..link.IndexOf('?', StringComparison.Ordinal)],
            new() { ["Token"] = token, ["Password"] = password, ["ConfirmPassword"] = confirm ?? password }, "/account/forgot-password");
    }

    /// <summary>The state a link's page shows (Valid, Expired, Used, Revoked, Unknown).</summary>
    public static async Task<string> LinkStateAsync(OcopApp app, string link)
    {
        var page = await Browser(app).GetStringAsync(link);
        var marker = "data-state=\"";
        var start = page.IndexOf(marker, StringComparison.Ordinal) + marker.Length;
        return page[start..page.IndexOf('"', start)];
    }
}
