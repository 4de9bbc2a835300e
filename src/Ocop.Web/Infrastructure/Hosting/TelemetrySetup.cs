using Microsoft.AspNetCore.HttpLogging;
using Npgsql;
using OpenTelemetry;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;

namespace Ocop.Web.Infrastructure.Hosting;

/// <summary>
/// Traces and metrics through OpenTelemetry (ASP.NET Core, HttpClient, Npgsql, the .NET runtime and the platform's own
/// <see cref="OcopMetrics"/>), sent over OTLP to the collector named by the standard `OTEL_EXPORTER_OTLP_ENDPOINT`
/// (or `Ocop:Telemetry:OtlpEndpoint`); with neither, nothing is collected. One log line per request (method, path,
/// status, duration; never the query string, which may carry a link's secret); `Ocop:Logging:Format=json` writes
/// every log line as JSON with the request's trace and span ids.
/// </summary>
public static class TelemetrySetup
{
    public static WebApplicationBuilder AddOcopTelemetry(this WebApplicationBuilder builder)
    {
        builder.Services.AddHttpLogging(o =>
        {
            o.LoggingFields = HttpLoggingFields.RequestMethod | HttpLoggingFields.RequestPath | HttpLoggingFields.ResponseStatusCode | HttpLoggingFields.Duration;
            o.CombineLogs = true;
        });
        if (string.Equals(builder.Configuration["Ocop:Logging:Format"], "json", StringComparison.OrdinalIgnoreCase))
        {
            builder.Logging.AddJsonConsole(o =>
            {
                o.IncludeScopes = true;
                o.UseUtcTimestamp = true;
                o.TimestampFormat = "yyyy-MM-ddTHH:mm:ss.fffZ";
            });
        }

        var endpoint = builder.Configuration["OTEL_EXPORTER_OTLP_ENDPOINT"] ?? builder.Configuration["Ocop:Telemetry:OtlpEndpoint"];
        if (string.IsNullOrWhiteSpace(endpoint) || BuildTime.IsGeneratingOpenApi)
        {
            return builder;
        }

        builder.Services.AddOpenTelemetry()
            .ConfigureResource(r => r.AddService(builder.Configuration["OTEL_SERVICE_NAME"] ?? "ocop-web"))
            .WithTracing(t => t.AddAspNetCoreInstrumentation().AddHttpClientInstrumentation().AddNpgsql())
            .WithMetrics(m => m.AddAspNetCoreInstrumentation().AddHttpClientInstrumentation().AddRuntimeInstrumentation()
                .AddNpgsqlInstrumentation().AddMeter(OcopMetrics.MeterName))
            .UseOtlpExporter(OpenTelemetry.Exporter.OtlpExportProtocol.HttpProtobuf, new Uri(endpoint));
        return builder;
    }
}
