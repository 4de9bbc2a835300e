using System.Globalization;
using System.Text;
using System.Xml;
using Microsoft.EntityFrameworkCore;
using Ocop.Web.Data;
using Ocop.Web.Features.Products;
using Ocop.Web.Infrastructure;

namespace Ocop.Web.Features.Public;

/// <summary>`robots.txt` and `sitemap.xml` for search engines: public pages only, each product in vi with its en alternate.</summary>
public static class SiteMapEndpoints
{
    /// <summary>The sitemap protocol's limit per file; beyond it a sitemap index would be needed.</summary>
    public const int MaxUrls = 50_000;

    public static IEndpointRouteBuilder MapSiteMapEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapGet("/robots.txt", (PublicUrls urls) => TypedResults.Text(
            $"User-agent: *\nDisallow: /admin\nDisallow: /council\nDisallow: /account\nDisallow: /api/\nAllow: /\nSitemap: {urls.Base}/sitemap.xml\n",
            "text/plain", Encoding.UTF8)).AllowAnonymous().ExcludeFromDescription();
        app.MapGet("/sitemap.xml", WriteAsync).AllowAnonymous().ExcludeFromDescription();
        return app;
    }

    private static async Task<IResult> WriteAsync(OcopDbContext db, PublicUrls urls, TimeProvider clock, CancellationToken ct)
    {
        var products = await db.Products.AsNoTracking().ThatAreListed(db.Certificates, VietnamTime.Today(clock)).OrderBy(p => p.Id)
            .Select(p => new { p.Id, p.UpdatedAt }).Take(MaxUrls - 3).ToListAsync(ct);
        var output = new StringBuilder();
        using (var xml = XmlWriter.Create(output, new XmlWriterSettings { Encoding = Encoding.UTF8, Indent = false }))
        {
            const string ns = "http://www.sitemaps.org/schemas/sitemap/0.9";
            const string xhtml = "http://www.w3.org/1999/xhtml";
            xml.WriteStartElement("urlset", ns);
            xml.WriteAttributeString("xmlns", "xhtml", null, xhtml);
            void Url(string path, DateTime? modified)
            {
                xml.WriteStartElement("url", ns);
                xml.WriteElementString("loc", ns, urls.Base + path);
                if (modified is { } m)
                {
                    xml.WriteElementString("lastmod", ns, m.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
                }

                foreach (var (lang, suffix) in new[] { ("vi", ""), ("en", (path.Contains('?') ? "&" : "?") + "culture=en") })
                {
                    xml.WriteStartElement("xhtml", "link", xhtml);
                    xml.WriteAttributeString("rel", "alternate");
                    xml.WriteAttributeString("hreflang", lang);
                    xml.WriteAttributeString("href", urls.Base + path + suffix);
                    xml.WriteEndElement();
                }

                xml.WriteEndElement();
            }

            Url("/", null);
            Url("/products", null);
            Url("/verify", null);
            foreach (var p in products)
            {
                Url($"/products/{p.Id}", p.UpdatedAt);
            }

            xml.WriteEndElement();
        }

        // StringBuilder output declares UTF-16; the bytes sent are UTF-8, so say so.
        var text = output.ToString().Replace("encoding=\"utf-16\"", "encoding=\"utf-8\"", StringComparison.Ordinal);
        return TypedResults.Text(text, "application/xml", Encoding.UTF8);
    }
}
