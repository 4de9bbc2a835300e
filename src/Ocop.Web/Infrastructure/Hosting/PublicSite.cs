namespace Ocop.Web.Infrastructure.Hosting;

/// <summary>
/// The address the public knows the platform by (`Ocop:PublicBaseUrl`). Outside Development (and the tests' own
/// environment, and the build step that writes the OpenAPI document) it is required, and so is an `AllowedHosts` naming the hosts served: without them a forged Host header
/// would end up in mailed links and resolver redirects. The app refuses to start and says which setting is missing.
/// </summary>
public sealed record PublicSite(Uri? BaseUrl)
{
    public bool Https => BaseUrl?.Scheme == Uri.UriSchemeHttps;

    public int Port => BaseUrl?.Port ?? 443;

    public static PublicSite From(IConfiguration configuration, IHostEnvironment environment)
    {
        var configured = configuration["Ocop:PublicBaseUrl"];
        Uri? baseUrl = null;
        if (!string.IsNullOrWhiteSpace(configured)
            && (!Uri.TryCreate(configured, UriKind.Absolute, out baseUrl) || baseUrl.Scheme is not ("http" or "https")))
        {
            throw new InvalidOperationException(
                $"Ocop:PublicBaseUrl \"{configured}\" is not an absolute http(s) address, e.g. https://ocop.lamdong.gov.vn.");
        }

        if (environment.IsDevelopment() || environment.IsEnvironment("Testing") || BuildTime.IsGeneratingOpenApi)
        {
            return new PublicSite(baseUrl);
        }

        var missing = new List<string>();
        if (baseUrl is null)
        {
            missing.Add("Ocop:PublicBaseUrl (the address the public uses, e.g. https://ocop.lamdong.gov.vn)");
        }

        var hosts = configuration["AllowedHosts"];
        if (string.IsNullOrWhiteSpace(hosts) || hosts.Split(';').Any(h => h.Trim() == "*"))
        {
            missing.Add("AllowedHosts (the host names served, separated by ';', not '*')");
        }

        return missing.Count == 0
            ? new PublicSite(baseUrl)
            : throw new InvalidOperationException(
                $"Outside Development these settings are required: {string.Join("; ", missing)}. See docs/operations.md.");
    }
}
