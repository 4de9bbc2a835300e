using System.IO.Compression;
using Microsoft.AspNetCore.ResponseCompression;

namespace Ocop.Web.Infrastructure.Hosting;

/// <summary>
/// What every response carries: headers that stop sniffing, framing and leaking addresses; Brotli or gzip for text;
/// static files cached for a year when their address carries the content's fingerprint (`?v=`, asp-append-version),
/// an hour otherwise.
/// </summary>
public static class TransportSetup
{
    /// <summary>
    /// Scripts only from our own files (no inline script or handler: the JSON-LD and chart blocks are data, which the
    /// browser does not run); pictures also from the map's tile server; inline style attributes stay allowed (layout
    /// widths, htmx's indicator). Nobody may frame a page; only the files a page opens in place may be framed by our own pages.
    /// Frames only of our own files and of the two video players a product page embeds once the visitor presses play.
    /// </summary>
    public static string ContentSecurityPolicy(IConfiguration configuration) =>
        "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; " +
        $"img-src 'self' data: {TileSource(configuration["Ocop:Map:TileUrl"])}".TrimEnd() + "; " +
        $"font-src 'self'; connect-src 'self'; frame-src 'self' {string.Join(' ', Features.Products.Showcase.VideoLink.PlayerOrigins)}; " +
        "frame-ancestors 'none'; base-uri 'self'; form-action 'self'; object-src 'none'; " +
        $"report-uri {CspReports.Path}";

    /// <summary>The tile server of `Ocop:Map:TileUrl` as a CSP source (`{s}` subdomains become `*`).</summary>
    private static string TileSource(string? template)
    {
        if (string.IsNullOrWhiteSpace(template) || !template.Contains("://", StringComparison.Ordinal))
        {
            return string.Empty;
        }

        var start = template.IndexOf("://", StringComparison.Ordinal) + 3;
        var end = template.IndexOf('/', start);
        return template[..(end < 0 ? template.Length : end)].Replace("{s}", "*", StringComparison.Ordinal);
    }

    private const string FramedBySelfKey = "Ocop.FramedBySelf";

    /// <summary>Lets this response be shown in a frame of our own pages (a dossier document beside the council's score sheet); others still may not frame it.</summary>
    public static void AllowFramingBySelf(HttpContext context) => context.Items[FramedBySelfKey] = true;

    public static IServiceCollection AddOcopTransport(this IServiceCollection services)
    {
        services.AddSingleton<CspReports>();
        services.AddResponseCompression(o =>
        {
            // Pages carry form tokens beside what the visitor typed; compression over TLS is on because pages are large
            // and the tokens change per session and per form (BREACH needs many requests with one secret).
            o.EnableForHttps = true;
            o.Providers.Add<BrotliCompressionProvider>();
            o.Providers.Add<GzipCompressionProvider>();
            o.MimeTypes = ResponseCompressionDefaults.MimeTypes.Concat(
                ["application/problem+json", "application/linkset+json", "application/ld+json", "image/svg+xml", "application/manifest+json"]);
        });
        services.Configure<BrotliCompressionProviderOptions>(o => o.Level = CompressionLevel.Fastest);
        services.Configure<GzipCompressionProviderOptions>(o => o.Level = CompressionLevel.Fastest);
        return services;
    }

    public static IApplicationBuilder UseOcopTransport(this IApplicationBuilder app)
    {
        var policy = ContentSecurityPolicy(app.ApplicationServices.GetRequiredService<IConfiguration>());
        app.Use((context, next) =>
        {
            context.Response.OnStarting(() =>
            {
                var headers = context.Response.Headers;
                headers.XContentTypeOptions = "nosniff";
                var framedBySelf = context.Items.ContainsKey(FramedBySelfKey);
                headers.XFrameOptions = framedBySelf ? "SAMEORIGIN" : "DENY";
                headers.ContentSecurityPolicy = framedBySelf ? policy.Replace("frame-ancestors 'none'", "frame-ancestors 'self'", StringComparison.Ordinal) : policy;
                // A page may ask for less (links with secrets in them say no-referrer).
                if (!headers.ContainsKey("Referrer-Policy"))
                {
                    headers["Referrer-Policy"] = "strict-origin-when-cross-origin";
                }

                return Task.CompletedTask;
            });
            return next(context);
        });
        app.UseResponseCompression();
        return app;
    }

    public static StaticFileOptions StaticFiles() => new()
    {
        OnPrepareResponse = file => file.Context.Response.Headers.CacheControl = file.Context.Request.Query.ContainsKey("v")
            ? "public, max-age=31536000, immutable"
            : "public, max-age=3600",
    };
}
