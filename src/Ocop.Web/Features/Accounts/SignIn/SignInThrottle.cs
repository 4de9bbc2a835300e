using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Ocop.Web.Data;

namespace Ocop.Web.Features.Accounts.SignIn;

/// <summary>Limits of failed sign-ins ("Ocop:SignIn").</summary>
public sealed class SignInThrottleOptions
{
    /// <summary>The window failures are counted in.</summary>
    public int WindowMinutes { get; set; } = 15;
    /// <summary>Failures from one address (any accounts) before it gets 429.</summary>
    public int PerAddress { get; set; } = 20;
    /// <summary>Failures for one account from one address before that pair gets 429: other addresses are unaffected.</summary>
    public int PerAccountFromAddress { get; set; } = 5;
    /// <summary>
    /// Evidence of a targeted guess: this many failures for one account within an hour, from at least
    /// <see cref="TargetedAddresses"/> addresses, locks its password sign-in for an hour (a reset link unlocks it).
    /// </summary>
    public int TargetedFailures { get; set; } = 50;
    public int TargetedAddresses { get; set; } = 5;
    /// <summary>Added per failure of the pair beyond the second, up to <see cref="MaxDelayMs"/>: guessing gets slow.</summary>
    public int DelayStepMs { get; set; } = 400;
    public int MaxDelayMs { get; set; } = 2000;
}

/// <summary>The throttle's verdict before a password is checked.</summary>
public sealed record SignInAllowance(bool Allowed, TimeSpan Delay, TimeSpan RetryAfter);

/// <summary>
/// Counts failed sign-ins per address and per account-from-address, so that a stranger typing wrong passwords slows
/// and stops only themselves; an account is locked only when failures for it come from many addresses at once.
/// </summary>
public sealed class SignInThrottle(OcopDbContext db, TimeProvider clock, IOptions<SignInThrottleOptions> options)
{
    private SignInThrottleOptions Limits => options.Value;

    public async Task<SignInAllowance> CheckAsync(string address, string account, CancellationToken ct)
    {
        var since = clock.GetUtcNow().UtcDateTime.AddMinutes(-Limits.WindowMinutes);
        var fromAddress = await db.SignInFailures.Where(f => f.Address == address && f.At > since).Select(f => f.Account).ToListAsync(ct);
        var pair = fromAddress.Count(a => a == account);
        var retry = TimeSpan.FromMinutes(Limits.WindowMinutes);
        if (fromAddress.Count >= Limits.PerAddress || pair >= Limits.PerAccountFromAddress)
        {
            return new SignInAllowance(false, TimeSpan.Zero, retry);
        }

        var delay = Math.Min(Math.Max(0, pair - 1) * Limits.DelayStepMs, Limits.MaxDelayMs);
        return new SignInAllowance(true, TimeSpan.FromMilliseconds(delay), retry);
    }

    /// <summary>Notes a failure; true when the account's failures now show a targeted guess (the caller locks it).</summary>
    public async Task<bool> FailedAsync(string address, string account, CancellationToken ct)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        db.SignInFailures.Add(new SignInFailure { At = now, Address = address, Account = account });
        // Old rows are of no further use; dropping them here keeps the table small without a job.
        await db.SignInFailures.Where(f => f.At < now.AddDays(-1)).ExecuteDeleteAsync(ct);
        await db.SaveChangesAsync(ct);
        var hour = now.AddHours(-1);
        var recent = await db.SignInFailures.Where(f => f.Account == account && f.At > hour).Select(f => f.Address).ToListAsync(ct);
        return recent.Count >= Limits.TargetedFailures && recent.Distinct().Count() >= Limits.TargetedAddresses;
    }
}
