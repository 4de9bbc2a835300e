using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Ocop.Tests.Features;
using Ocop.Tests.Features.Accounts;
using Ocop.Web.Features.Accounts;

namespace Ocop.Tests.Hosting;

/// <summary>
/// Behind a reverse proxy that ends TLS: the public address and the hosts served are required outside Development; only
/// known proxies are believed about the client's address and scheme; the Host header never reaches a link; cookies are
/// Secure; plain HTTP is sent to HTTPS.
/// </summary>
public sealed class ProxyTests
{
    private const string Proxy = "10.0.0.5";
    private const string Public = "https://ocop.example.vn";

    private static readonly Dictionary<string, string?> Production = new()
    {
        ["environment"] = "Production",
        ["AllowedHosts"] = "ocop.example.vn",
        ["Ocop:PublicBaseUrl"] = Public,
        ["Ocop:Proxy:KnownProxies:0"] = Proxy,
        ["Ocop:Inquiries:PerClientPerHour"] = "1",
    };

    [Fact]
    public async Task OutsideDevelopment_TheAppRefusesToStart_WithoutThePublicAddressAndTheHostsServed()
    {
        await using var app = await OcopApp.StartAsync(Engine.Sqlite, new Dictionary<string, string?> { ["environment"] = "Production" });
        var error = Should.Throw<InvalidOperationException>(() => app.CreateClient());
        error.Message.ShouldContain("Ocop:PublicBaseUrl");
        error.Message.ShouldContain("AllowedHosts");

        await using var wildcard = await OcopApp.StartAsync(Engine.Sqlite, new Dictionary<string, string?>(Production) { ["AllowedHosts"] = "*" });
        Should.Throw<InvalidOperationException>(() => wildcard.CreateClient()).Message.ShouldContain("AllowedHosts");

        await using var relative = await OcopApp.StartAsync(Engine.Sqlite, new Dictionary<string, string?>(Production) { ["Ocop:PublicBaseUrl"] = "ocop.example.vn" });
        Should.Throw<InvalidOperationException>(() => relative.CreateClient()).Message.ShouldContain("not an absolute http(s) address");

        await using var badProxy = await OcopApp.StartAsync(Engine.Sqlite, new Dictionary<string, string?>(Production) { ["Ocop:Proxy:KnownProxies:0"] = "proxy.local" });
        Should.Throw<InvalidOperationException>(() => badProxy.CreateClient()).Message.ShouldContain("\"proxy.local\" is not an IP address");
    }

    [Fact]
    public async Task AForgedHost_IsRefused_AndLinksUseThePublicAddress()
    {
        await using var app = await OcopApp.StartAsync(Engine.Sqlite, Production);
        var forged = app.CreateClient(new() { BaseAddress = new Uri("https://evil.example"), AllowAutoRedirect = false });
        (await forged.GetAsync("/")).StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await forged.GetAsync("/.well-known/gs1resolver")).StatusCode.ShouldBe(HttpStatusCode.BadRequest);

        var visitor = Through(app, "203.0.113.7");
        var description = await visitor.GetFromJsonAsync<JsonElement>("/.well-known/gs1resolver");
        description.GetProperty("resolverRoot").GetString().ShouldBe(Public);
        (await visitor.GetStringAsync("/robots.txt")).ShouldContain($"Sitemap: {Public}/sitemap.xml");
    }

    [Fact]
    public async Task PlainHttp_IsSentToHttps_ButTheProxysHttpsIsBelieved_AndHealthIsNot()
    {
        await using var app = await OcopApp.StartAsync(Engine.Sqlite, Production);
        var plain = app.CreateClient(new() { BaseAddress = new Uri("http://ocop.example.vn"), AllowAutoRedirect = false });
        var redirected = await plain.GetAsync("/products?q=mat");
        redirected.StatusCode.ShouldBe(HttpStatusCode.TemporaryRedirect);
        redirected.Headers.Location!.ToString().ShouldBe("https://ocop.example.vn/products?q=mat");
        (await plain.GetAsync("/health/live")).StatusCode.ShouldBe(HttpStatusCode.OK, "the load balancer probes the node over HTTP");

        var viaProxy = app.CreateClient(new() { BaseAddress = new Uri("http://ocop.example.vn"), AllowAutoRedirect = false });
        viaProxy.DefaultRequestHeaders.Add(TestClientAddress.Header, Proxy);
        viaProxy.DefaultRequestHeaders.Add("X-Forwarded-Proto", "https");
        viaProxy.DefaultRequestHeaders.Add("X-Forwarded-For", "203.0.113.7");
        (await viaProxy.GetAsync("/products")).StatusCode.ShouldBe(HttpStatusCode.OK);

        var stranger = app.CreateClient(new() { BaseAddress = new Uri("http://ocop.example.vn"), AllowAutoRedirect = false });
        stranger.DefaultRequestHeaders.Add(TestClientAddress.Header, "198.51.100.9");
        stranger.DefaultRequestHeaders.Add("X-Forwarded-Proto", "https");
        (await stranger.GetAsync("/products")).StatusCode.ShouldBe(HttpStatusCode.TemporaryRedirect, "only a known proxy is believed");
    }

    [Fact]
    public async Task Cookies_AreSecure_WhenTheProxySaysHttps()
    {
        await using var app = await OcopApp.StartAsync(Engine.Sqlite, Production);
        var email = await AccountFlows.CreateAsync(app, new NewAccount($"o{Guid.NewGuid():N}@test.vn", Roles.ProvinceOfficer, ProvinceCode: "68"));
        // Cookies by hand: the node is spoken to in plain HTTP, where a client's cookie jar would not send Secure cookies back.
        var browser = Through(app, "203.0.113.7", handleCookies: false);
        var form = await browser.GetAsync("/account/login");
        var formCookies = form.Headers.GetValues("Set-Cookie").ToList();
        formCookies.ShouldAllBe(c => c.Contains("secure", StringComparison.OrdinalIgnoreCase));
        var token = OcopApp.AntiforgeryTokenIn(await form.Content.ReadAsStringAsync(), "/account/login");
        using var post = new HttpRequestMessage(HttpMethod.Post, "/account/login")
        {
            Content = new FormUrlEncodedContent(new Dictionary<string, string>
            {
                ["Input.Email"] = email, ["Input.Password"] = AccountFlows.Password, ["__RequestVerificationToken"] = token,
            }),
        };
        post.Headers.Add("Cookie", string.Join("; ", formCookies.Select(c => c.Split(';')[0])));
        var signedIn = await browser.SendAsync(post);
        signedIn.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var cookies = signedIn.Headers.GetValues("Set-Cookie").ToList();
        cookies.ShouldContain(c => c.StartsWith("ocop.auth=", StringComparison.Ordinal));
        cookies.ShouldAllBe(c => c.Contains("secure", StringComparison.OrdinalIgnoreCase));
        (await browser.GetAsync("/language/en")).Headers.GetValues("Set-Cookie").ShouldAllBe(c => c.Contains("secure", StringComparison.OrdinalIgnoreCase));
    }

    [Theory]
    [ClassData(typeof(Engines))]
    public async Task EachClientBehindTheProxy_HasItsOwnAllowance_AndNobodyElseCanPickTheirs(Engine engine)
    {
        await using var app = await OcopApp.StartAsync(engine, Production);
        app.ClientOptions.BaseAddress = new Uri(Public);
        var officer = await Registry.OfficerAsync(app, Registry.LamDong);
        var producer = await Registry.CreateProducerAsync(officer, Registry.Producer());
        var product = await Registry.ProductAsync(app, officer, producer.Id, "Mật ong rừng Bảo Lộc", Ocop.Web.Features.Products.ProductStatus.Active, listedStars: 4);
        var url = $"/api/v1/products/{product.Id}/inquiries";

        async Task<HttpStatusCode> AskAsync(HttpClient client, string email) =>
            (await client.PostAsJsonAsync(url, Inquiry(email), Json.Options)).StatusCode;

        (await AskAsync(Through(app, "203.0.113.7"), "a@buyer.example")).ShouldBe(HttpStatusCode.Accepted);
        (await AskAsync(Through(app, "203.0.113.8"), "b@buyer.example")).ShouldBe(HttpStatusCode.Accepted, "another client behind the same proxy");
        (await AskAsync(Through(app, "203.0.113.7"), "c@buyer.example")).ShouldBe((HttpStatusCode)429);

        // A client talking to the node directly cannot claim to be someone else.
        var direct = Direct(app, "198.51.100.9", forwardedFor: "192.0.2.1");
        (await AskAsync(direct, "d@buyer.example")).ShouldBe(HttpStatusCode.Accepted);
        (await AskAsync(Direct(app, "198.51.100.9", forwardedFor: "192.0.2.2"), "e@buyer.example")).ShouldBe((HttpStatusCode)429);
    }

    private static Web.Features.MarketAccess.InquiryInput Inquiry(string email) => new()
    {
        BuyerName = "Nguyễn Văn Mua", Email = email, Quantity = 10, Unit = "hũ", Destination = "Hà Nội",
        Market = Web.Features.MarketAccess.InquiryMarket.Domestic, Message = "Xin báo giá sỉ.",
    };

    /// <summary>
    /// A visitor as the proxy passes them on: plain HTTP from the proxy's address to the node, the visitor's address in
    /// X-Forwarded-For and their HTTPS in X-Forwarded-Proto.
    /// </summary>
    private static HttpClient Through(OcopApp app, string client, bool handleCookies = true)
    {
        var http = app.CreateClient(new() { BaseAddress = new Uri("http://ocop.example.vn"), AllowAutoRedirect = false, HandleCookies = handleCookies });
        http.DefaultRequestHeaders.Add(TestClientAddress.Header, Proxy);
        http.DefaultRequestHeaders.Add("X-Forwarded-For", client);
        http.DefaultRequestHeaders.Add("X-Forwarded-Proto", "https");
        return http;
    }

    private static HttpClient Direct(OcopApp app, string address, string forwardedFor)
    {
        var http = app.CreateClient(new() { BaseAddress = new Uri(Public), AllowAutoRedirect = false });
        http.DefaultRequestHeaders.Add(TestClientAddress.Header, address);
        http.DefaultRequestHeaders.Add("X-Forwarded-For", forwardedFor);
        return http;
    }
}
