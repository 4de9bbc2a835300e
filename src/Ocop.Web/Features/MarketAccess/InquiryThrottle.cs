using System.Threading.RateLimiting;

namespace Ocop.Web.Features.MarketAccess;

/// <summary>
/// How many inquiries one client (IP address) may send per hour (`Ocop:Inquiries:PerClientPerHour`, 5).
/// One counter for the product page's form and the API, so neither is a way around the other. Only
/// submissions that pass validation count: a buyer correcting a typo is not a flood.
/// </summary>
public sealed class InquiryThrottle(IConfiguration configuration) : IDisposable
{
    private readonly PartitionedRateLimiter<string> limiter = PartitionedRateLimiter.Create<string, string>(client =>
        RateLimitPartition.GetFixedWindowLimiter(client, _ => new FixedWindowRateLimiterOptions
        {
            PermitLimit = configuration.GetValue("Ocop:Inquiries:PerClientPerHour", 5),
            Window = TimeSpan.FromHours(1),
            QueueLimit = 0,
        }));

    public bool TryTake(HttpContext context)
    {
        using var lease = limiter.AttemptAcquire(context.Connection.RemoteIpAddress?.ToString() ?? "unknown");
        return lease.IsAcquired;
    }

    public void Dispose() => limiter.Dispose();
}
