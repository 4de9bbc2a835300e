using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using Ocop.Web.Features.Accounts;
using Ocop.Web.Features.Integration;

namespace Ocop.Tests.Features.Integration;

/// <summary>Helpers for the integration tests: administrators, tokens they create, clients that send them.</summary>
internal static class IntegrationTokens
{
    public static Task<HttpClient> NationalAdminAsync(OcopApp app) =>
        app.SignInAsync(new NewAccount($"tw{Guid.NewGuid():N}@test.vn", Roles.NationalAdmin));

    public static async Task<CreatedIntegrationToken> CreateAsync(
        HttpClient admin, TokenAccess access, string? province = Registry.LamDong, string name = "Sàn TMĐT Postmart", int? days = null)
    {
        var response = await admin.PostAsJsonAsync("/api/v1/integration-tokens", new NewIntegrationToken(name, province, access, days), Json.Options);
        response.StatusCode.ShouldBe(HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        return (await response.Content.ReadFromJsonAsync<CreatedIntegrationToken>(Json.Options))!;
    }

    public static HttpClient Client(OcopApp app, string secret)
    {
        var client = app.CreateClient(new() { AllowAutoRedirect = false });
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", secret);
        return client;
    }
}
