using System.Text.RegularExpressions;

namespace Ocop.Web.Features.Products.Showcase;

/// <summary>
/// Reads a YouTube or TikTok address into the host and the video's id, and builds the host's embed address from them.
/// Only the full TikTok address carries the id (tiktok.com/@shop/video/7301234567890123456); its short links
/// (vt.tiktok.com/…) need TikTok to resolve them, so they are refused with a message saying which address to paste.
/// </summary>
public static partial class VideoLink
{
    /// <summary>Where the players come from: the page's Content-Security-Policy allows framing these and no other.</summary>
    public static readonly string[] PlayerOrigins = ["https://www.youtube-nocookie.com", "https://www.tiktok.com"];

    public enum Problem
    {
        None,
        NotAVideoAddress,
        TikTokShortLink,
    }

    public static Problem TryRead(string? address, out VideoHost host, out string videoId)
    {
        (host, videoId) = (default, string.Empty);
        if (string.IsNullOrWhiteSpace(address) || address.Length > 500
            || !Uri.TryCreate(address.Trim(), UriKind.Absolute, out var uri) || uri.Scheme is not ("https" or "http"))
        {
            return Problem.NotAVideoAddress;
        }

        var name = uri.Host.ToLowerInvariant();
        var path = uri.AbsolutePath;
        if (name is "youtu.be" && YouTubeId().Match(path.TrimStart('/')) is { Success: true } shortId)
        {
            (host, videoId) = (VideoHost.YouTube, shortId.Value);
            return Problem.None;
        }

        if (name is "youtube.com" or "www.youtube.com" or "m.youtube.com")
        {
            var id = path == "/watch" ? QueryValue(uri.Query, "v") : YouTubePath().Match(path) is { Success: true } m ? m.Groups[1].Value : null;
            if (id is not null && YouTubeId().IsMatch(id) && id.Length == 11)
            {
                (host, videoId) = (VideoHost.YouTube, id);
                return Problem.None;
            }

            return Problem.NotAVideoAddress;
        }

        if (name is "tiktok.com" or "www.tiktok.com" or "m.tiktok.com")
        {
            if (TikTokPath().Match(path) is { Success: true } m)
            {
                (host, videoId) = (VideoHost.TikTok, m.Groups[1].Value);
                return Problem.None;
            }

            return Problem.NotAVideoAddress;
        }

        return name is "vt.tiktok.com" or "vm.tiktok.com" ? Problem.TikTokShortLink : Problem.NotAVideoAddress;
    }

    /// <summary>The host's player for the video (YouTube's privacy-enhanced one, which sets no cookie until played).</summary>
    public static string EmbedUrl(VideoHost host, string videoId) => host switch
    {
        VideoHost.YouTube => $"https://www.youtube-nocookie.com/embed/{Uri.EscapeDataString(videoId)}",
        _ => $"https://www.tiktok.com/embed/v2/{Uri.EscapeDataString(videoId)}",
    };

    private static string? QueryValue(string query, string key) =>
        query.TrimStart('?').Split('&').Select(p => p.Split('=', 2)).FirstOrDefault(p => p.Length == 2 && p[0] == key)?[1];

    [GeneratedRegex(@"^[A-Za-z0-9_-]{11}$")]
    private static partial Regex YouTubeId();

    [GeneratedRegex(@"^/(?:shorts|embed|live)/([A-Za-z0-9_-]{11})/?$")]
    private static partial Regex YouTubePath();

    [GeneratedRegex(@"^/@[A-Za-z0-9._-]{1,60}/video/(\d{8,25})/?$")]
    private static partial Regex TikTokPath();
}
