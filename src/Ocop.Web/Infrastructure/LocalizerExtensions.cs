using System.Globalization;
using Microsoft.Extensions.Localization;

namespace Ocop.Web.Infrastructure;

public static class LocalizerExtensions
{
    /// <summary>A string in a given language (a mail to someone else than the person making the request).</summary>
    public static string WithCulture(this IStringLocalizer localizer, string culture, string key)
    {
        var previous = CultureInfo.CurrentUICulture;
        try
        {
            CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo(culture);
            return localizer[key].Value;
        }
        finally
        {
            CultureInfo.CurrentUICulture = previous;
        }
    }
}
