using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Unicode;
using Microsoft.AspNetCore.Html;

namespace Ocop.Web.Infrastructure;

/// <summary>
/// A star rating as the pages show it: the stars drawn, their number in words for screen readers. The one place its
/// markup is written: the `_Stars` partial calls it, and so do the catalogue cards directly (a partial per card is a
/// view lookup and an activation, 24 times a page).
/// </summary>
public static class StarRating
{
    /// <summary>Letters of every script as they are, as the pages write them (<see cref="WebSetup"/>).</summary>
    private static readonly HtmlEncoder Encoder = HtmlEncoder.Create(UnicodeRanges.All);

    /// <param name="label">The "Stars.Label" text in the reader's language, read once by a caller drawing many.</param>
    public static IHtmlContent Html(int stars, string label) =>
        new HtmlString($"<span class=\"stars\" aria-label=\"{Encoder.Encode(string.Format(CultureInfo.CurrentCulture, label, stars))}\">{new string('★', stars)}</span>");
}
