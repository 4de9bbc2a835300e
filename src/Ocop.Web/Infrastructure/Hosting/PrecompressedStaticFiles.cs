using System.Collections.Concurrent;
using System.IO.Compression;
using Microsoft.AspNetCore.StaticFiles;
using Microsoft.Net.Http.Headers;

namespace Ocop.Web.Infrastructure.Hosting;

/// <summary>
/// Fingerprinted text files (`?v=` from asp-append-version: stylesheets, scripts, SVG) compressed once, at Brotli's and
/// gzip's strongest levels, and kept in memory: pages are compressed at the fastest level on every request, which
/// would leave Bootstrap's stylesheet at 48 KB instead of about 22. A browser fetches each of these once a year, so
/// the bytes matter more than the one-off cost. Other files, and visitors that accept neither encoding, pass on to
/// the static file middleware.
/// </summary>
public static class PrecompressedStaticFiles
{
    private static readonly HashSet<string> Compressible = new(StringComparer.OrdinalIgnoreCase) { ".css", ".js", ".svg", ".json", ".map" };
    private static readonly FileExtensionContentTypeProvider ContentTypes = new();
    private static readonly ConcurrentDictionary<(string Path, string Version, string Encoding), Lazy<byte[]>> Store = new();

    public static IApplicationBuilder UsePrecompressedStaticFiles(this IApplicationBuilder app)
    {
        var files = app.ApplicationServices.GetRequiredService<IWebHostEnvironment>().WebRootFileProvider;
        return app.Use((context, next) =>
        {
            var request = context.Request;
            var path = request.Path.Value;
            if (!HttpMethods.IsGet(request.Method) && !HttpMethods.IsHead(request.Method)
                || path is null || !Compressible.Contains(Path.GetExtension(path))
                || request.Query["v"] is not [{ Length: > 0 } version]
                || Encoding(request.Headers.AcceptEncoding.ToString()) is not { } encoding
                || files.GetFileInfo(path) is not { Exists: true, IsDirectory: false } file)
            {
                return next(context);
            }

            var body = Store.GetOrAdd((path, version, encoding), _ => new Lazy<byte[]>(() => Compress(file, encoding))).Value;
            var response = context.Response;
            response.ContentType = ContentTypes.TryGetContentType(path, out var type) ? type : "application/octet-stream";
            response.Headers.ContentEncoding = encoding;
            response.Headers.Vary = HeaderNames.AcceptEncoding;
            response.Headers.CacheControl = "public, max-age=31536000, immutable";
            response.ContentLength = body.Length;
            return HttpMethods.IsHead(request.Method) ? Task.CompletedTask : response.Body.WriteAsync(body).AsTask();
        });
    }

    /// <summary>Brotli when the browser takes it, else gzip, else none (a q=0 refusal counts as not taken).</summary>
    private static string? Encoding(string acceptEncoding)
    {
        var offered = acceptEncoding.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)
            .Where(e => !e.Replace(" ", string.Empty, StringComparison.Ordinal).EndsWith(";q=0", StringComparison.Ordinal))
            .Select(e => e.Split(';')[0].Trim())
            .ToHashSet(StringComparer.OrdinalIgnoreCase);
        return offered.Contains("br") ? "br" : offered.Contains("gzip") ? "gzip" : null;
    }

    private static byte[] Compress(Microsoft.Extensions.FileProviders.IFileInfo file, string encoding)
    {
        using var input = file.CreateReadStream();
        using var output = new MemoryStream();
        using (Stream compressor = encoding == "br"
                   ? new BrotliStream(output, CompressionLevel.SmallestSize, leaveOpen: true)
                   : new GZipStream(output, CompressionLevel.SmallestSize, leaveOpen: true))
        {
            input.CopyTo(compressor);
        }

        return output.ToArray();
    }
}
