using System.Globalization;

namespace Ocop.Web.Infrastructure;

/// <summary>
/// The platform's name and the authority that runs it, as the deployment sets them (`Ocop:Site`): a province's
/// installation names itself and its people's committee; without settings the platform is the national one and no
/// page names a province.
/// </summary>
public sealed class SiteIdentity(IConfiguration configuration)
{
    private readonly IConfigurationSection site = configuration.GetSection("Ocop:Site");

    /// <summary>The name in the navigation bar, page titles and the web app manifest, in the reader's language.</summary>
    public string Name => Pick("Name", "NameEn") ?? (English ? "OCOP platform" : "Nền tảng OCOP");

    /// <summary>Who runs this installation (e.g. "UBND tỉnh Lâm Đồng"), shown in the footer; null when not set.</summary>
    public string? Authority => Pick("Authority", "AuthorityEn");

    private static bool English => CultureInfo.CurrentUICulture.TwoLetterISOLanguageName == "en";

    private string? Pick(string vietnamese, string english) =>
        (English ? NonEmpty(site[english]) : null) ?? NonEmpty(site[vietnamese]);

    private static string? NonEmpty(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
