using System.Threading.RateLimiting;

namespace Ocop.Web.Infrastructure;

/// <summary>
/// A public form's allowance per client address per hour (buyer inquiries, requests to join): one in-memory window per
/// address on each node, which is what an anonymous flood needs.
/// </summary>
public abstract class PerClientHourlyLimit(int permitsPerHour) : IDisposable
{
    private readonly PartitionedRateLimiter<string> limiter = PartitionedRateLimiter.Create<string, string>(client =>
        RateLimitPartition.GetFixedWindowLimiter(client, _ => new FixedWindowRateLimiterOptions
        {
            PermitLimit = permitsPerHour,
            Window = TimeSpan.FromHours(1),
            QueueLimit = 0,
        }));

    public bool TryTake(HttpContext context)
    {
        using var lease = limiter.AttemptAcquire(ClientAddress.Of(context));
        return lease.IsAcquired;
    }

    public void Dispose()
    {
        limiter.Dispose();
        GC.SuppressFinalize(this);
    }
}
