using System.Collections.Concurrent;
using System.Net;
using System.Text;
using System.Text.Json;

namespace Ocop.Tests.Hosting;

/// <summary>
/// The app as a process with an OTLP collector (a listener in the test) configured: traces and metrics arrive —
/// the framework's and the platform's own — and JSON log lines carry the request's trace id.
/// </summary>
public sealed class TelemetryTests
{
    [Fact]
    public async Task TracesMetricsAndJsonLogs_ReachTheirDestinations()
    {
        await using var seed = await OcopApp.StartAsync(Engine.Sqlite);
        await seed.MigrateAsync();
        var port = AppProcess.FreePort();
        using var collector = new HttpListener { Prefixes = { $"http://127.0.0.1:{port}/" } };
        collector.Start();
        var received = new ConcurrentBag<(string Path, string Body)>();
        _ = Task.Run(async () =>
        {
            while (collector.IsListening)
            {
                var context = await collector.GetContextAsync();
                using var reader = new StreamReader(context.Request.InputStream, Encoding.Latin1);
                received.Add((context.Request.Url!.AbsolutePath, await reader.ReadToEndAsync()));
                context.Response.StatusCode = 200;
                context.Response.Close();
            }
        });

        await using var node = await AppProcess.StartAsync(new Dictionary<string, string>
        {
            ["Database:Provider"] = "Sqlite", ["ConnectionStrings:Ocop"] = seed.ConnectionString, ["Ocop:DataPath"] = seed.DataPath,
            ["Ocop:Telemetry:OtlpEndpoint"] = $"http://127.0.0.1:{port}", ["OTEL_METRIC_EXPORT_INTERVAL"] = "500", ["OTEL_BSP_SCHEDULE_DELAY"] = "200",
            ["Ocop:Logging:Format"] = "json", ["Ocop:Jobs:CertificateExpiry"] = "false",
        });
        using var visitor = new HttpClient { BaseAddress = new Uri(node.BaseUrl) };
        (await visitor.GetAsync("/api/v1/catalogue?q=mat%20ong")).StatusCode.ShouldBe(HttpStatusCode.OK);

        bool Arrived(string path, params string[] texts) => received.Any(r => r.Path == path && texts.All(t => r.Body.Contains(t, StringComparison.Ordinal)));
        var until = DateTime.UtcNow.AddSeconds(20);
        while (DateTime.UtcNow < until && !(Arrived("/v1/traces", "ocop-web", "/api/v1/catalogue")
                   && Arrived("/v1/metrics", "ocop.catalogue.searches", "http.server.request.duration")))
        {
            await Task.Delay(200);
        }

        Arrived("/v1/traces", "ocop-web", "/api/v1/catalogue").ShouldBeTrue("the request's span was exported");
        Arrived("/v1/metrics", "ocop.catalogue.searches", "http.server.request.duration").ShouldBeTrue("the platform's and the framework's metrics were exported");

        var requestLine = node.Log.Split('\n').Where(l => l.StartsWith('{') && l.Contains("/api/v1/catalogue", StringComparison.Ordinal))
            .Select(l => JsonDocument.Parse(l).RootElement).FirstOrDefault(e => e.GetProperty("Category").GetString()!.Contains("HttpLogging", StringComparison.Ordinal));
        requestLine.ValueKind.ShouldBe(JsonValueKind.Object, node.Log);
        requestLine.GetProperty("Scopes").EnumerateArray().Any(s => s.TryGetProperty("TraceId", out var id) && id.GetString()!.Length == 32)
            .ShouldBeTrue("the request log line carries the trace id");
        requestLine.GetRawText().ShouldNotContain("mat%20ong", Case.Sensitive, "the query string is not logged");
    }
}
