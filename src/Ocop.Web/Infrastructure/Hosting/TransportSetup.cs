using System.IO.Compression;
using Microsoft.AspNetCore.ResponseCompression;
using Microsoft.AspNetCore.StaticFiles;

namespace Ocop.Web.Infrastructure.Hosting;

/// <summary>
/// What every response carries: headers that stop sniffing, framing and leaking addresses; Brotli or gzip for text;
/// static files cached for a year when their address carries the content's fingerprint (`?v=`, asp-append-version),
/// an hour otherwise.
/// </summary>
public static class TransportSetup
{
    /// <summary>
    /// The policy's parts that hold on every page today. Scripts are not restricted yet: some pages still carry inline
    /// handlers (a confirmation on delete, a select that submits its form); moving them to site.js comes before
    /// `script-src 'self'` can be added.
    /// </summary>
    public const string ContentSecurityPolicy = "frame-ancestors 'none'; base-uri 'self'; form-action 'self'; object-src 'none'";

    public static IServiceCollection AddOcopTransport(this IServiceCollection services)
    {
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
        app.Use((context, next) =>
        {
            context.Response.OnStarting(() =>
            {
                var headers = context.Response.Headers;
                headers.XContentTypeOptions = "nosniff";
                headers.XFrameOptions = "DENY";
                headers.ContentSecurityPolicy = ContentSecurityPolicy;
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
        ContentTypeProvider = new FileExtensionContentTypeProvider { Mappings = { [".webmanifest"] = "application/manifest+json" } },
    };
}
