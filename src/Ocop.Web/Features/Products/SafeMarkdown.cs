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

    public static bool IsSafeUrl(string? url)
    {
        if (string.IsNullOrWhiteSpace(url))
        {
            return true;
        }

        var trimmed = url.Trim();
        if (Uri.TryCreate(trimmed, UriKind.Absolute, out var absolute))
        {
            return absolute.Scheme is "http" or "https" or "mailto";
        }

        // Relative: anything without a scheme-like prefix ("javascript:", "data:", "vbscript:").
        return !trimmed.Contains(':', StringComparison.Ordinal) || trimmed.StartsWith('/') || trimmed.StartsWith('#');
    }
}
