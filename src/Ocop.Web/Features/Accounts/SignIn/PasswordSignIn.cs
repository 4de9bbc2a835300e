using System.Security.Claims;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Identity;

namespace Ocop.Web.Features.Accounts.SignIn;

public enum SignInOutcome
{
    SignedIn,
    /// <summary>Wrong e-mail or password, disabled or locked: one answer for all, so nobody learns which.</summary>
    Failed,
    /// <summary>Too many failures from this address (for this account or in all): 429 with Retry-After.</summary>
    Throttled,
    /// <summary>The password was right and the account asks for its authenticator code next.</summary>
    NeedsSecondFactor,
}

public sealed record SignInResult(SignInOutcome Outcome, TimeSpan RetryAfter = default);

/// <summary>
/// Checks a password under the throttle, in the same time whether or not the e-mail has an account (a password hash is
/// computed either way), and signs the browser in.
/// </summary>
public sealed class PasswordSignIn(
    UserManager<OcopUser> users,
    SignInManager<OcopUser> signIn,
    IPasswordHasher<OcopUser> hasher,
    SignInThrottle throttle,
    TimeProvider clock)
{
    // A hash of a random password, computed once: checking against it costs what a real check costs.
    private static readonly Lazy<string> DecoyHash = new(() => new PasswordHasher<OcopUser>().HashPassword(new OcopUser(), Guid.NewGuid().ToString("N")));

    /// <summary>Spends the time of a real check and fails: an unknown address answers as slowly as a wrong password.</summary>
    private bool Decoy(string password)
    {
        hasher.VerifyHashedPassword(new OcopUser(), DecoyHash.Value, password);
        return false;
    }

    public async Task<SignInResult> SignInAsync(string email, string password, string address, CancellationToken ct)
    {
        var account = users.NormalizeEmail(email.Trim()) ?? string.Empty;
        var allowance = await throttle.CheckAsync(address, account, ct);
        if (!allowance.Allowed)
        {
            return new SignInResult(SignInOutcome.Throttled, allowance.RetryAfter);
        }

        if (allowance.Delay > TimeSpan.Zero)
        {
            await Task.Delay(allowance.Delay, clock, ct);
        }

        var user = await users.FindByEmailAsync(email.Trim());
        var passwordOk = user?.PasswordHash is { } hash
            ? hasher.VerifyHashedPassword(user, hash, password) != PasswordVerificationResult.Failed
            : Decoy(password);
        if (user is null || !passwordOk || user.IsDisabled || await users.IsLockedOutAsync(user))
        {
            // Locked once per targeted guess (not rewritten on every later failure, which would make a known address
            // answer measurably slower than an unknown one).
            if (await throttle.FailedAsync(address, account, ct) && user is not null && !await users.IsLockedOutAsync(user))
            {
                await users.SetLockoutEndDateAsync(user, clock.GetUtcNow().AddHours(1));
            }

            return new SignInResult(SignInOutcome.Failed);
        }

        if (await users.GetTwoFactorEnabledAsync(user))
        {
            // The password step is done: a short-lived cookie of Identity's two-factor scheme names the user (not a
            // session) until the authenticator code is given on the next page.
            var pending = new ClaimsIdentity(IdentityConstants.TwoFactorUserIdScheme);
            pending.AddClaim(new Claim(ClaimTypes.Name, user.Id));
            await signIn.Context.SignInAsync(IdentityConstants.TwoFactorUserIdScheme, new ClaimsPrincipal(pending));
            return new SignInResult(SignInOutcome.NeedsSecondFactor);
        }

        await signIn.SignInAsync(user, isPersistent: false);
        return new SignInResult(SignInOutcome.SignedIn);
    }
}
