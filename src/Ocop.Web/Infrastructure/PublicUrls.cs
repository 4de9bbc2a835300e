using Ocop.Web.Infrastructure.Hosting;

namespace Ocop.Web.Infrastructure;

/// <summary>
/// Absolute links (mail, QR codes, resolver redirects, feeds): always the public address (`Ocop:PublicBaseUrl`) where
/// one is set, which is everywhere outside Development; only a developer's machine falls back to the request's own
/// address.
/// </summary>
public sealed class PublicUrls(PublicSite site, IHttpContextAccessor accessor)
{
    public string Base
    {
        get
        {
            if (site.BaseUrl is { } configured)
            {
                return configured.GetLeftPart(UriPartial.Path).TrimEnd('/');
            }

            var request = accessor.HttpContext?.Request;
            return request is null ? "http://localhost:5080" : $"{request.Scheme}://{request.Host}{request.PathBase}";
        }
    }

    public string VerifyCertificate(string number) => $"{Base}/verify/{Uri.EscapeDataString(number)}";
}
