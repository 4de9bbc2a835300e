using System.Globalization;

namespace Ocop.Web.Infrastructure;

/// <summary>Choosing between a Vietnamese text and its optional English one for the reader of the current request.</summary>
public static class ReaderText
{
    public static bool English => CultureInfo.CurrentUICulture.TwoLetterISOLanguageName == "en";

    /// <summary>The English text on English pages when there is one, else the Vietnamese.</summary>
    public static string Pick(string vietnamese, string? english) => English && !string.IsNullOrWhiteSpace(english) ? english : vietnamese;

    /// <summary>"vi" when an English page shows the Vietnamese text (for the lang attribute), else null (no attribute).</summary>
    public static string? LangOf(string? english) => English && string.IsNullOrWhiteSpace(english) ? "vi" : null;
}
