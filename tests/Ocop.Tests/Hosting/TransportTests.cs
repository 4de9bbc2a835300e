using System.Net;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;

namespace Ocop.Tests.Hosting;

/// <summary>Every response's safety headers, compression of text, cache lifetimes of static files, and the health endpoints.</summary>
public sealed class TransportTests
{
    [Theory]
    [InlineData("/")]
    [InlineData("/api/v1/catalogue")]
    [InlineData("/css/site.css")]
    [InlineData("/no-such-page")]
    public async Task EveryResponse_CarriesTheSafetyHeaders(string path)
    {
        await using var app = await OcopApp.StartAsync();
        var response = await app.CreateClient().GetAsync(path);
        response.Headers.GetValues("X-Content-Type-Options").Single().ShouldBe("nosniff");
        response.Headers.GetValues("X-Frame-Options").Single().ShouldBe("DENY");
        response.Headers.GetValues("Referrer-Policy").Single().ShouldBe("strict-origin-when-cross-origin");
        var policy = response.Headers.GetValues("Content-Security-Policy").Single();
        policy.ShouldContain("frame-ancestors 'none'");
        policy.ShouldContain("script-src 'self';");
        policy.ShouldContain("img-src 'self' data: https://tile.openstreetmap.org;");
    }

    [Fact]
    public async Task PagesThatCarrySecrets_KeepTheirStricterReferrerPolicy()
    {
        await using var app = await OcopApp.StartAsync();
        var response = await app.CreateClient().GetAsync("/join/confirm?token=abc");
        response.Headers.GetValues("Referrer-Policy").Single().ShouldBe("no-referrer");
    }

    [Fact]
    public async Task Text_IsCompressed_AndFingerprintedFilesAreCachedForAYear()
    {
        await using var app = await OcopApp.StartAsync();
        var client = app.CreateClient();
        using var page = new HttpRequestMessage(HttpMethod.Get, "/");
        page.Headers.AcceptEncoding.ParseAdd("br, gzip");
        var compressed = await client.SendAsync(page);
        compressed.Content.Headers.ContentEncoding.ShouldBe(["br"]);

        using var gzip = new HttpRequestMessage(HttpMethod.Get, "/api/v1/catalogue");
        gzip.Headers.AcceptEncoding.ParseAdd("gzip");
        (await client.SendAsync(gzip)).Content.Headers.ContentEncoding.ShouldBe(["gzip"]);

        var html = await client.GetStringAsync("/");
        var fingerprinted = System.Text.RegularExpressions.Regex.Match(html, "href=\"(/css/site\\.css\\?v=[^\"]+)\"").Groups[1].Value;
        fingerprinted.ShouldNotBeEmpty();
        (await client.GetAsync(WebUtility.HtmlDecode(fingerprinted))).Headers.CacheControl!.ToString().ShouldBe("public, max-age=31536000, immutable");
        (await client.GetAsync("/css/site.css")).Headers.CacheControl!.MaxAge.ShouldBe(TimeSpan.FromHours(1));
    }

    [Theory]
    [ClassData(typeof(Engines))]
    public async Task Health_LiveAndReady_SayWhatTheyChecked(Engine engine)
    {
        await using var app = await OcopApp.StartAsync(engine);
        var client = app.CreateClient();
        var live = await client.GetAsync("/health/live");
        live.StatusCode.ShouldBe(HttpStatusCode.OK);
        var ready = JsonDocument.Parse(await client.GetStringAsync("/health/ready")).RootElement;
        ready.GetProperty("status").GetString().ShouldBe("Healthy");
        var checks = ready.GetProperty("checks");
        foreach (var check in new[] { "database", "migrations", "catalogue" })
        {
            checks.GetProperty(check).GetProperty("status").GetString().ShouldBe("Healthy");
        }

        (await client.GetAsync("/health")).StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task Ready_SaysUnhealthy_WhileMigrationsAreMissing()
    {
        await using var app = await OcopApp.StartEmptyAsync(Engine.Sqlite);
        var client = app.CreateClient();
        (await client.GetAsync("/health/live")).StatusCode.ShouldBe(HttpStatusCode.OK, "the process is alive");
        var ready = await client.GetAsync("/health/ready");
        ready.StatusCode.ShouldBe(HttpStatusCode.ServiceUnavailable);
        (await ready.Content.ReadAsStringAsync()).ShouldContain("not applied: run");
    }

    [Fact]
    public async Task ABlockedScript_IsReportedAndKept()
    {
        await using var app = await OcopApp.StartAsync();
        var report = new StringContent("""{"csp-report":{"document-uri":"http://localhost/","violated-directive":"script-src","blocked-uri":"inline"}}""",
            System.Text.Encoding.UTF8, "application/csp-report");
        (await app.CreateClient().PostAsync("/csp-reports", report)).StatusCode.ShouldBe(HttpStatusCode.NoContent);
        app.Services.GetRequiredService<Ocop.Web.Infrastructure.Hosting.CspReports>().Recent.Single().ShouldContain("script-src");
    }

    [Fact]
    public async Task CspReports_FromOneClient_AreHeardAFewTimesAMinute_OthersStillAre()
    {
        await using var app = await OcopApp.StartAsync();
        async Task<HttpStatusCode> PostAsync(string address)
        {
            using var request = new HttpRequestMessage(HttpMethod.Post, "/csp-reports")
            {
                Content = new StringContent("{\"csp-report\":{\"blocked-uri\":\"inline\"}}", System.Text.Encoding.UTF8, "application/csp-report"),
            };
            request.Headers.Add(TestClientAddress.Header, address);
            return (await app.CreateClient().SendAsync(request)).StatusCode;
        }

        var limit = Ocop.Web.Infrastructure.Hosting.CspReports.PerClientPerMinute;
        for (var i = 0; i < limit; i++)
        {
            (await PostAsync("203.0.113.7")).ShouldBe(HttpStatusCode.NoContent);
        }

        (await PostAsync("203.0.113.7")).ShouldBe(HttpStatusCode.TooManyRequests);
        (await PostAsync("203.0.113.8")).ShouldBe(HttpStatusCode.NoContent, "another client is still heard");
    }
}
