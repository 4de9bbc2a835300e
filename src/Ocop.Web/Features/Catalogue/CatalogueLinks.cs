using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Html;

namespace Ocop.Web.Features.Catalogue;

/// <summary>
/// The addresses of one search with one parameter changed, as the catalogue page links each of its hundred or so facet
/// values. The query's values are escaped once a page, and each link is written straight into the response when the page
/// is sent: no string is built, escaped and then encoded again per link. Those strings were two fifths of what a
/// catalogue page allocated, and the garbage collections they caused a good part of its time.
/// </summary>
public sealed class CatalogueLinks(string path, CatalogueQuery query)
{
    private readonly string?[] escaped = Array.ConvertAll(query.ParameterValues(), v => string.IsNullOrEmpty(v) ? null : Uri.EscapeDataString(v));

    /// <summary>This search's address with <paramref name="change"/> set to <paramref name="value"/> (or removed with null), ready for an attribute.</summary>
    public IHtmlContent With(string change, string? value) => new Link(this, change, value);

    /// <summary>
    /// Writes the address of <see cref="With"/> into <paramref name="writer"/>, ready for an attribute, without the
    /// encoder: the path is ours, the names are constants and escaped values hold only letters, digits, "-._~" and
    /// %-escapes. The separators are written as "&amp;amp;", as the attribute encoder wrote them.
    /// </summary>
    public void Write(TextWriter writer, string change, string? value)
    {
        var escapedValue = string.IsNullOrEmpty(value) ? null : Uri.EscapeDataString(value);
        writer.Write(path);
        writer.Write('?');
        var first = true;
        for (var k = 0; k < escaped.Length; k++)
        {
            var written = CatalogueQuery.ValueAfterChange(k, escaped[k], change, escapedValue);
            if (written is null)
            {
                continue;
            }

            if (!first)
            {
                writer.Write("&amp;");
            }

            writer.Write(CatalogueQuery.ParameterNames[k]);
            writer.Write('=');
            writer.Write(written);
            first = false;
        }
    }

    private sealed class Link(CatalogueLinks links, string change, string? value) : IHtmlContent
    {
        public void WriteTo(TextWriter writer, HtmlEncoder encoder) => links.Write(writer, change, value);
    }
}
