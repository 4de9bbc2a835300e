using System.Net;
using System.Net.Sockets;
using Ocop.Web.Features.Integration;

namespace Ocop.Tests.Features.Integration;

/// <summary>Rate limits with small numbers: per token, per signed-in user, per address; pages are not counted.</summary>
public sealed class RateLimitTests
{
    private static readonly Dictionary<string, string?> Limits = new()
    {
        ["Ocop:RateLimits:ApiPerMinute"] = "8",
        ["Ocop:RateLimits:AnonymousPerMinute"] = "4",
        ["Ocop:RateLimits:FeedPerMinute"] = "3",
    };

    private static async Task ShouldBeLimitedAsync(HttpResponseMessage response)
    {
        response.StatusCode.ShouldBe(HttpStatusCode.TooManyRequests);
        response.Content.Headers.ContentType!.MediaType.ShouldBe("application/problem+json");
        var seconds = int.Parse(response.Headers.GetValues("Retry-After").Single(), System.Globalization.CultureInfo.InvariantCulture);
        seconds.ShouldBeInRange(1, 60);
        (await response.Content.ReadAsStringAsync()).ShouldContain($"hãy thử lại sau {seconds} giây");
    }

    [Fact]
    public async Task Feed_IsLimitedPerToken_AndTheApiPerClient()
    {
        await using var app = await OcopApp.StartAsync(Engine.Sqlite, Limits);
        var officer = await Registry.OfficerAsync(app, Registry.LamDong);
        async Task<HttpClient> TokenAsync(string name) =>
            IntegrationTokens.Client(app, (await IntegrationTokens.CreateAsync(officer, TokenAccess.Read, province: null, name: name)).Token);
        var (feedReader, other, apiReader) = (await TokenAsync("Sàn A"), await TokenAsync("Sàn B"), await TokenAsync("Cổng tỉnh"));

        for (var i = 0; i < 3; i++)
        {
            (await feedReader.GetAsync("/api/v1/feed/products")).StatusCode.ShouldBe(HttpStatusCode.OK);
        }

        await ShouldBeLimitedAsync(await feedReader.GetAsync("/api/v1/feed/products.csv"));
        (await other.GetAsync("/api/v1/feed/products")).StatusCode.ShouldBe(HttpStatusCode.OK, "each token has its own allowance");
        (await feedReader.GetAsync("/api/v1/producers")).StatusCode.ShouldBe(HttpStatusCode.OK, "the rest of the API is counted apart from the feed");

        for (var i = 0; i < 8; i++)
        {
            (await apiReader.GetAsync("/api/v1/producers")).StatusCode.ShouldBe(HttpStatusCode.OK, $"call {i + 1} of 8");
        }

        await ShouldBeLimitedAsync(await apiReader.GetAsync("/api/v1/producers"));
        (await officer.GetAsync("/api/v1/producers")).StatusCode.ShouldBe(HttpStatusCode.OK, "the officer who made the tokens is another client");
    }

    /// <summary>Over a real socket, from two loopback addresses: each address has its own allowance.</summary>
    [Fact]
    public async Task AnonymousCallers_AreLimitedByAddress_PagesAreNot()
    {
        await using var app = await OcopApp.StartAsync(Engine.Sqlite, Limits);
        var root = app.StartRealServer().Replace("localhost", "127.0.0.1", StringComparison.Ordinal);
        using var visitor = FromAddress("127.0.0.1", root);
        using var neighbour = FromAddress("127.0.0.2", root);

        for (var i = 0; i < 4; i++)
        {
            (await visitor.GetAsync("/api/v1/catalogue")).StatusCode.ShouldBe(HttpStatusCode.OK);
        }

        await ShouldBeLimitedAsync(await visitor.GetAsync("/api/v1/catalogue"));
        (await neighbour.GetAsync("/api/v1/catalogue")).StatusCode.ShouldBe(HttpStatusCode.OK, "another address has its own allowance");
        for (var i = 0; i < 6; i++)
        {
            (await visitor.GetAsync("/products")).StatusCode.ShouldBe(HttpStatusCode.OK, "the screens are not rate limited");
        }
    }

    /// <summary>A client whose connections leave from the given local address (any of 127.0.0.0/8 on Linux).</summary>
    private static HttpClient FromAddress(string localAddress, string root) =>
        new(new SocketsHttpHandler
        {
            ConnectCallback = async (context, ct) =>
            {
                var socket = new Socket(SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
                try
                {
                    socket.Bind(new IPEndPoint(IPAddress.Parse(localAddress), 0));
                    await socket.ConnectAsync(context.DnsEndPoint, ct);
                    return new NetworkStream(socket, ownsSocket: true);
                }
                catch
                {
                    socket.Dispose();
                    throw;
                }
            },
        })
        { BaseAddress = new Uri(root) };
}
