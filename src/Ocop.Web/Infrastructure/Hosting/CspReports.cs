using System.Collections.Concurrent;

namespace Ocop.Web.Infrastructure.Hosting;

/// <summary>
/// Where browsers report what the Content-Security-Policy blocked (`report-uri /csp-reports`): each report is logged
/// as a warning (a page of ours that breaks the policy is a bug to fix) and the last few are kept for the tests, which
/// fail a journey whose pages broke it.
/// </summary>
public sealed class CspReports(ILogger<CspReports> log)
{
    public const string Path = "/csp-reports";
    private const int MaxBytes = 8 * 1024;
    private readonly ConcurrentQueue<string> recent = new();

    public IReadOnlyCollection<string> Recent => recent;

    public static IEndpointRouteBuilder MapCspReports(IEndpointRouteBuilder app)
    {
        app.MapPost(Path, async (HttpRequest request, CspReports reports) =>
        {
            using var reader = new StreamReader(request.Body);
            var buffer = new char[MaxBytes];
            var read = await reader.ReadBlockAsync(buffer, 0, MaxBytes);
            reports.Add(new string(buffer, 0, read));
            return Results.NoContent();
        }).AllowAnonymous().DisableAntiforgery().ExcludeFromDescription();
        return app;
    }

    private void Add(string report)
    {
        log.LogWarning("Content-Security-Policy violation reported: {Report}", report);
        recent.Enqueue(report);
        while (recent.Count > 20 && recent.TryDequeue(out _))
        {
        }
    }
}
