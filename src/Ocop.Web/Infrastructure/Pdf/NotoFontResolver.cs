using PdfSharp.Fonts;

namespace Ocop.Web.Infrastructure.Pdf;

/// <summary>
/// Gives PDFsharp the shipped Noto Sans (Data/Fonts, SIL OFL) for every family, so Vietnamese
/// marks render the same on any machine, whatever fonts it has installed.
/// </summary>
public sealed class NotoFontResolver : IFontResolver
{
    public const string Family = "Noto Sans";
    private static readonly object Gate = new();
    private static bool _installed;

    private static string FontsFolder => Path.Combine(AppContext.BaseDirectory, "Data", "Fonts");

    /// <summary>
    /// PDFsharp takes one global resolver, set before the first font is used. From 6.5 it also needs
    /// the license chosen in code: this project is AGPL-3.0-or-later, so PDFsharp's AGPL license applies.
    /// </summary>
    public static void EnsureInstalled()
    {
        lock (Gate)
        {
            if (!_installed)
            {
                PdfSharp.PdfSharpLicense.SetAgplLicense();
                GlobalFontSettings.FontResolver = new NotoFontResolver();
                _installed = true;
            }
        }
    }

    public FontResolverInfo? ResolveTypeface(string familyName, bool bold, bool italic) =>
        new(bold ? "NotoSans-Bold" : "NotoSans-Regular", mustSimulateBold: false, mustSimulateItalic: italic);

    public byte[]? GetFont(string faceName) => File.ReadAllBytes(Path.Combine(FontsFolder, faceName + ".ttf"));
}
