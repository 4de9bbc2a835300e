using System.Collections.Concurrent;
using System.Threading.RateLimiting;

namespace Ocop.Web.Infrastructure.Hosting;

/// <summary>
/// Where browsers report what the Content-Security-Policy blocked (`report-uri /csp-reports`): each report is logged
/// as a warning (a page of ours that breaks the policy is a bug to fix) and the last few are kept for the tests, which
/// fail a journey whose pages broke it. Anyone may post, so each client address is heard a few times a minute
/// (counted per node: this only keeps the log readable) and the rest is answered 429 unlogged.
/// </summary>
public sealed class CspReports(ILogger<CspReports> log) : IDisposable
{
    public const string Path = "/csp-reports";
    public const int PerClientPerMinute = 20;
    private const int MaxBytes = 8 * 1024;
    private readonly ConcurrentQueue<string> recent = new();
    private readonly PartitionedRateLimiter<string> perClient = PartitionedRateLimiter.Create<string, string>(address =>
        RateLimitPartition.GetFixedWindowLimiter(address, _ => new FixedWindowRateLimiterOptions
        {
            PermitLimit = PerClientPerMinute, Window = TimeSpan.FromMinutes(1), QueueLimit = 0,
        }));

    public IReadOnlyCollection<string> Recent => recent;

    public static IEndpointRouteBuilder MapCspReports(IEndpointRouteBuilder app)
    {
        app.MapPost(Path, async (HttpRequest request, CspReports reports) =>
        {
            using var lease = reports.perClient.AttemptAcquire(ClientAddress.Of(request.HttpContext));
            if (!lease.IsAcquired)
            {
                return Results.StatusCode(StatusCodes.Status429TooManyRequests);
            }

            using var reader = new StreamReader(request.Body);
            var buffer = new char[MaxBytes];
            var read = await reader.ReadBlockAsync(buffer, 0, MaxBytes);
            reports.Add(new string(buffer, 0, read));
            return Results.NoContent();
        }).AllowAnonymous().DisableAntiforgery().ExcludeFromDescription();
        return app;
    }

    public void Dispose() => perClient.Dispose();

    private void Add(string report)
    {
        log.LogWarning("Content-Security-Policy violation reported: {Report}", report);
        recent.Enqueue(report);
        while (recent.Count > 20 && recent.TryDequeue(out _))
        {
        }
    }
}
