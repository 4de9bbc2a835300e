using System.Globalization;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Html;
using Microsoft.Extensions.Localization;
using Ocop.Web.Features.Catalogue;
using Ocop.Web.Features.Products;
using Ocop.Web.Infrastructure;

namespace Ocop.Web.Pages.Shared;

/// <summary>
/// The grid of product cards of the catalogue, the home page and a product's related products, written straight into the
/// response. The one place their markup is written: the `_CatalogueCards` partial calls it, and so does the catalogue page
/// without the partial. Written in Razor, a card was a dozen writes and attributes, and the grid a partial (a view lookup,
/// an activation and a buffer of its own): over a third of the time of a catalogue page with its output cache off
/// (measured with the cards left out).
/// </summary>
public sealed class CatalogueCards(IReadOnlyList<CatalogueCard> cards, CatalogueCards.Texts texts, bool english) : IHtmlContent
{
    /// <summary>The reader's language's words the cards use: "List.Empty", "Stars.Label" and "Catalogue.Cert.legacy".</summary>
    public sealed record Texts(string Empty, string StarsLabel, string Legacy);

    /// <summary>The cards in the reader's language (read now: the page is written out after the request's culture may have gone).</summary>
    public static CatalogueCards For(IReadOnlyList<CatalogueCard> cards, IStringLocalizer l) =>
        new(cards, new(l["List.Empty"].Value, l["Stars.Label"].Value, l["Catalogue.Cert.legacy"].Value),
            CultureInfo.CurrentUICulture.TwoLetterISOLanguageName == "en");

    public void WriteTo(TextWriter writer, HtmlEncoder encoder)
    {
        if (cards.Count == 0)
        {
            writer.Write("<p class=\"text-muted\">");
            encoder.Encode(writer, texts.Empty);
            writer.Write("</p>");
        }

        writer.Write("<div class=\"row row-cols-2 row-cols-md-3 g-2 g-md-3\">");
        foreach (var p in cards)
        {
            WriteCard(writer, encoder, p);
        }

        writer.Write("</div>");
    }

    private void WriteCard(TextWriter writer, HtmlEncoder encoder, CatalogueCard p)
    {
        var name = english && !string.IsNullOrWhiteSpace(p.NameEn) ? p.NameEn : p.Name;
        // On the English page, what only exists in Vietnamese says so (screen readers switch voice, browsers can offer to translate).
        var vi = english ? " lang=\"vi\"" : "";
        writer.Write("\n<div class=\"col\"><article class=\"card h-100 product-card\" data-testid=\"product-card\">");
        if (p.FirstImageId is { } image)
        {
            // Two or three cards a row: a card is at most a third of the 1,320-pixel container, half a phone's width.
            writer.Write("<img src=\"");
            encoder.Encode(writer, ProductImageUrl.Of(image, 320));
            writer.Write("\" srcset=\"");
            encoder.Encode(writer, ProductImageUrl.SourceSet(image, 320, 640));
            writer.Write("\" sizes=\"(min-width: 768px) 440px, 50vw\" class=\"card-img-top\" alt=\"");
            encoder.Encode(writer, name);
            writer.Write("\" loading=\"lazy\" />");
        }
        else if (p.SetPicture is { } picture)
        {
            writer.Write("<img src=\"");
            encoder.Encode(writer, picture);
            writer.Write("\" class=\"card-img-top set-art\" alt=\"\" width=\"320\" height=\"200\" loading=\"lazy\" />");
        }
        else
        {
            writer.Write("<div class=\"placeholder-img\" aria-hidden=\"true\">★</div>");
        }

        writer.Write("<div class=\"card-body\"><h2 class=\"h6 card-title\"><a class=\"stretched-link text-decoration-none\" href=\"/products/");
        writer.Write(p.Id.ToString(CultureInfo.InvariantCulture));
        writer.Write(english && name == p.Name ? "\" lang=\"vi\">" : "\">");
        encoder.Encode(writer, name);
        writer.Write("</a></h2><p class=\"card-text small text-muted mb-1\"><span");
        writer.Write(vi);
        writer.Write('>');
        encoder.Encode(writer, p.ProducerName);
        writer.Write("</span> · ");
        encoder.Encode(writer, p.ProvinceName);
        writer.Write("</p>");
        StarRating.Html(p.Stars, texts.StarsLabel).WriteTo(writer, encoder);
        if (!p.Certified)
        {
            writer.Write(" <span class=\"badge text-bg-light border small text-wrap text-start\">");
            encoder.Encode(writer, texts.Legacy);
            writer.Write("</span>");
        }

        writer.Write("</div></article></div>");
    }
}
