using System.Security.Cryptography;
using System.Text;

namespace Ocop.Web.Features.Accounts.ApiTokens;

/// <summary>New token secrets and the hash kept of them (personal and integration tokens alike).</summary>
public static class TokenSecrets
{
    /// <summary>A prefix that says which kind of token it is, then 256 random bits in base64url.</summary>
    public static string New(string prefix) =>
        prefix + Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)).TrimEnd('=').Replace('+', '-').Replace('/', '_');

    /// <summary>Lower-case hex SHA-256: the secrets are random, so no slow password hash is needed to resist guessing.</summary>
    public static string HashOf(string secret) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(secret)));

    /// <summary>
    /// Whether to write a token's "last used" now: writing it on every call would make each API read a write,
    /// so it is noted at most once a minute.
    /// </summary>
    public static bool ShouldNoteUse(DateTime? lastUsedAt, DateTime now) => lastUsedAt is null || now - lastUsedAt > TimeSpan.FromMinutes(1);

    /// <summary>What is kept to tell tokens apart: the kind prefix and six characters.</summary>
    public static string PrefixOf(string secret, string prefix) => secret[..(prefix.Length + 6)];
}
