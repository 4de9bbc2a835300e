using System.Text.Json;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Ocop.Web.Data;
using Ocop.Web.Features.Catalogue;

namespace Ocop.Web.Infrastructure.Hosting;

/// <summary>
/// `/health/live`: the process answers (restart it if not). `/health/ready`: send it traffic — the database answers,
/// every migration is applied and the public catalogue is built (asking builds it, so a new node warms up before the
/// load balancer sends it visitors). `/health` is the ready check, as before.
/// </summary>
public static class HealthSetup
{
    private const string Ready = "ready";

    public static IServiceCollection AddOcopHealth(this IServiceCollection services)
    {
        services.AddHealthChecks()
            .AddDbContextCheck<OcopDbContext>("database", tags: [Ready])
            .AddCheck<MigrationsApplied>("migrations", tags: [Ready])
            .AddCheck<CatalogueBuilt>("catalogue", tags: [Ready]);
        return services;
    }

    public static WebApplication MapOcopHealth(this WebApplication app)
    {
        var ready = new HealthCheckOptions { Predicate = c => c.Tags.Contains(Ready), ResponseWriter = WriteAsync };
        app.MapHealthChecks("/health/live", new HealthCheckOptions { Predicate = _ => false, ResponseWriter = WriteAsync }).AllowAnonymous();
        app.MapHealthChecks("/health/ready", ready).AllowAnonymous();
        app.MapHealthChecks("/health", ready).AllowAnonymous();
        return app;
    }

    /// <summary>The overall status and each check's, as JSON (no exception text: the endpoint is public).</summary>
    private static Task WriteAsync(HttpContext context, HealthReport report)
    {
        context.Response.ContentType = "application/json";
        context.Response.Headers.CacheControl = "no-store";
        return context.Response.WriteAsync(JsonSerializer.Serialize(new
        {
            status = report.Status.ToString(),
            checks = report.Entries.ToDictionary(e => e.Key, e => new { status = e.Value.Status.ToString(), description = e.Value.Description }),
        }));
    }

    private sealed class MigrationsApplied(OcopDbContext db) : IHealthCheck
    {
        public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken ct = default)
        {
            var pending = (await db.Database.GetPendingMigrationsAsync(ct)).ToList();
            return pending.Count == 0
                ? HealthCheckResult.Healthy()
                : HealthCheckResult.Unhealthy($"{pending.Count} migration(s) not applied: run \"db migrate\" (first: {pending[0]})");
        }
    }

    private sealed class CatalogueBuilt(CatalogueIndex index) : IHealthCheck
    {
        public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken ct = default)
        {
            var snapshot = await index.CurrentAsync(ct);
            return HealthCheckResult.Healthy($"{snapshot.Entries.Count} listed products");
        }
    }
}
