using System.Globalization;
using System.Security.Claims;
using System.Text;
using Microsoft.AspNetCore.Identity;
using Ocop.Web.Infrastructure;

namespace Ocop.Web.Features.Accounts.TwoFactor;

/// <summary>The authenticator key as the set-up page shows it: grouped for typing, and as an otpauth:// QR code.</summary>
public sealed record AuthenticatorSetup(string Key, string Uri, string QrSvg);

/// <summary>
/// Two-factor sign-in with an authenticator app (TOTP, RFC 6238, through Identity's authenticator provider) and ten
/// single-use recovery codes.
/// </summary>
public sealed class TwoFactorService(UserManager<OcopUser> users, SignInManager<OcopUser> signIn)
{
    public const int RecoveryCodeCount = 10;

    public async Task<AuthenticatorSetup> SetupAsync(OcopUser user)
    {
        var key = await users.GetAuthenticatorKeyAsync(user);
        if (string.IsNullOrEmpty(key))
        {
            await users.ResetAuthenticatorKeyAsync(user);
            key = (await users.GetAuthenticatorKeyAsync(user))!;
        }

        var grouped = new StringBuilder();
        for (var i = 0; i < key.Length; i += 4)
        {
            grouped.Append(key.AsSpan(i, Math.Min(4, key.Length - i))).Append(' ');
        }

        var uri = string.Format(CultureInfo.InvariantCulture, "otpauth://totp/{0}:{1}?secret={2}&issuer={0}&digits=6",
            System.Uri.EscapeDataString("OCOP"), System.Uri.EscapeDataString(user.Email!), key);
        return new AuthenticatorSetup(grouped.ToString().Trim().ToLowerInvariant(), uri, QrCodes.Svg(uri));
    }

    /// <summary>Turns two-factor sign-in on when the code from the app is right; the recovery codes, shown once, or null.</summary>
    public async Task<IReadOnlyList<string>?> EnableAsync(OcopUser user, string? code)
    {
        var typed = (code ?? string.Empty).Replace(" ", string.Empty, StringComparison.Ordinal).Replace("-", string.Empty, StringComparison.Ordinal);
        if (!await users.VerifyTwoFactorTokenAsync(user, users.Options.Tokens.AuthenticatorTokenProvider, typed))
        {
            return null;
        }

        await users.SetTwoFactorEnabledAsync(user, true);
        var codes = (await users.GenerateNewTwoFactorRecoveryCodesAsync(user, RecoveryCodeCount))!.ToList();
        // This browser now counts as signed in with both factors.
        await signIn.SignInWithClaimsAsync(user, isPersistent: false, [new Claim("amr", "mfa")]);
        return codes;
    }

    public async Task<IReadOnlyList<string>> NewRecoveryCodesAsync(OcopUser user) =>
        (await users.GenerateNewTwoFactorRecoveryCodesAsync(user, RecoveryCodeCount))!.ToList();

    /// <summary>Turns it off (with a new key next time); refused where the platform requires it for the role.</summary>
    public async Task<bool> DisableAsync(OcopUser user, bool required)
    {
        if (required)
        {
            return false;
        }

        await users.SetTwoFactorEnabledAsync(user, false);
        await users.ResetAuthenticatorKeyAsync(user);
        return true;
    }
}
