namespace Ocop.Web.Infrastructure;

/// <summary>
/// Absolute links printed on paper (QR codes on certificates): `Ocop:PublicBaseUrl` when set
/// (the address the public knows), else the address of the current request.
/// </summary>
public sealed class PublicUrls(IConfiguration configuration, IHttpContextAccessor accessor)
{
    public string Base
    {
        get
        {
            var configured = configuration["Ocop:PublicBaseUrl"];
            if (!string.IsNullOrWhiteSpace(configured))
            {
                return configured.TrimEnd('/');
            }

            var request = accessor.HttpContext?.Request;
            return request is null ? "http://localhost:5080" : $"{request.Scheme}://{request.Host}{request.PathBase}";
        }
    }

    public string VerifyCertificate(string number) => $"{Base}/verify/{Uri.EscapeDataString(number)}";
}
