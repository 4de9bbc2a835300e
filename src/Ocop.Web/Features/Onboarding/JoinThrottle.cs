using System.Threading.RateLimiting;

namespace Ocop.Web.Features.Onboarding;

/// <summary>Join requests per client address per hour ("Ocop:JoinRequests:PerClientPerHour", default 3), like buyer inquiries.</summary>
public sealed class JoinThrottle(IConfiguration configuration) : IDisposable
{
    private readonly PartitionedRateLimiter<string> limiter = PartitionedRateLimiter.Create<string, string>(client =>
        RateLimitPartition.GetFixedWindowLimiter(client, _ => new FixedWindowRateLimiterOptions
        {
            PermitLimit = configuration.GetValue("Ocop:JoinRequests:PerClientPerHour", 3),
            Window = TimeSpan.FromHours(1),
            QueueLimit = 0,
        }));

    public bool TryTake(HttpContext context)
    {
        using var lease = limiter.AttemptAcquire(Infrastructure.ClientAddress.Of(context));
        return lease.IsAcquired;
    }

    public void Dispose() => limiter.Dispose();
}
