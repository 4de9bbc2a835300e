using Markdig;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace Ocop.Web.Features.Products;

/// <summary>
/// Renders product stories: Markdown with raw HTML disabled (shown as text), and links or images
/// whose address is not http(s), mailto or relative made inert, so no script can get in.
/// </summary>
public static class SafeMarkdown
{
    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder()
        .DisableHtml()
        .UseEmphasisExtras()
        .UseAutoLinks()
        .Build();

    /// <summary>The story as plain words (link labels without their addresses), for descriptions and previews.</summary>
    public static string ToPlainText(string? markdown) =>
        string.IsNullOrWhiteSpace(markdown) ? string.Empty : Markdown.ToPlainText(markdown, Pipeline);

    public static string ToHtml(string? markdown)
    {
        if (string.IsNullOrWhiteSpace(markdown))
        {
            return string.Empty;
        }

        var document = Markdown.Parse(markdown, Pipeline);
        foreach (var link in document.Descendants<LinkInline>())
        {
            if (!IsSafeUrl(link.Url))
            {
                link.Url = "#";
            }
        }

        foreach (var link in document.Descendants<AutolinkInline>())
        {
            if (!IsSafeUrl(link.Url))
            {
                link.Url = "#";
            }
        }

        return document.ToHtml(Pipeline);
    }

    /// <summary>
    /// Read as a browser reads it: tabs and line breaks inside and controls or spaces around are
    /// dropped, then what comes before the first ':' is a scheme when it is spelt like one. Only
    /// http, https and mailto are allowed; an address without a scheme is relative and kept
    /// (.NET's Uri would read "/products/1" as a file path on Linux).
    /// </summary>
    private static bool IsSafeUrl(string? url)
    {
        if (string.IsNullOrWhiteSpace(url))
        {
            return true;
        }

        var cleaned = new string(url.Where(c => c is not ('\t' or '\n' or '\r')).ToArray()).Trim(ControlsAndSpace);
        var colon = cleaned.IndexOf(':', StringComparison.Ordinal);
        if (colon < 0 || !IsSchemeSpelling(cleaned.AsSpan(0, colon)))
        {
            return true;
        }

        return cleaned[..colon].ToLowerInvariant() is "http" or "https" or "mailto";
    }

    private static readonly char[] ControlsAndSpace = [.. Enumerable.Range(0, 33).Select(c => (char)c)];

    private static bool IsSchemeSpelling(ReadOnlySpan<char> text)
    {
        if (text.IsEmpty || !char.IsAsciiLetter(text[0]))
        {
            return false;
        }

        foreach (var c in text)
        {
            if (!char.IsAsciiLetterOrDigit(c) && c is not ('+' or '-' or '.'))
            {
                return false;
            }
        }

        return true;
    }
}
