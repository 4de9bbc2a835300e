using System.Collections.Concurrent;
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

    /// <summary>
    /// Ratings already drawn, per number of stars and label: six ratings in each language, where the catalogue page drew
    /// 24 a page afresh. Bounded all the same, as the label is the caller's.
    /// </summary>
    private static readonly ConcurrentDictionary<(int Stars, string Label), IHtmlContent> Drawn = new();

    private const int MaxDrawn = 64;

    /// <param name="label">The "Stars.Label" text in the reader's language, read once by a caller drawing many.</param>
    public static IHtmlContent Html(int stars, string label) =>
        Drawn.TryGetValue((stars, label), out var drawn) ? drawn
        : Drawn.Count < MaxDrawn ? Drawn.GetOrAdd((stars, label), Draw)
        : Draw((stars, label));

    /// <remarks>The number is written the same in every language the site has, so a rating drawn in one culture serves all.</remarks>
    private static IHtmlContent Draw((int Stars, string Label) key) =>
        new HtmlString($"<span class=\"stars\" aria-label=\"{Encoder.Encode(string.Format(CultureInfo.InvariantCulture, key.Label, key.Stars))}\">{new string('★', key.Stars)}</span>");
}
