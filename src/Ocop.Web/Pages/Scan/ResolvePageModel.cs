using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using Ocop.Web.Features.Traceability;
using Ocop.Web.Resources;

namespace Ocop.Web.Pages.Scan;

/// <summary>
/// What both resolver pages do once they know the product: count the scan, then answer the
/// linkset (JSON) or a 307 to the page of the requested link type, with a Link header to the
/// linkset. When the key is bad or unknown, the page itself explains (400 / 404).
/// </summary>
public abstract class ResolvePageModel(ResolverService resolver, ScanCounter counter, IStringLocalizer<SharedResource> localizer) : PageModel
{
    public string? ProblemTitle { get; private set; }

    public string? Problem { get; private set; }

    protected IActionResult Resolve(ResolvedProduct product, LotItem? lot = null)
    {
        var requested = DigitalLinks.Normalize(Request.Query["linkType"]);
        var wantsLinkset = requested == DigitalLinks.Linkset
            || Request.GetTypedHeaders().Accept.Any(a => a.MediaType.Equals(DigitalLinks.LinksetMediaType, StringComparison.OrdinalIgnoreCase));
        var language = DigitalLinks.Language(Request);
        var anchor = resolver.LinkFor(product, lot);
        var lotId = lot?.Id ?? 0;
        Response.Headers.AccessControlAllowOrigin = "*";
        Response.Headers.Vary = "Accept, Accept-Language";
        if (wantsLinkset)
        {
            counter.Count(product.Id, lotId, DigitalLinks.Linkset, language);
            return Content(resolver.Linkset(product, lot), DigitalLinks.LinksetMediaType);
        }

        var (served, url) = resolver.Target(product, lot, requested ?? DigitalLinks.ProductPage, language);
        counter.Count(product.Id, lotId, served, language);
        Response.Headers.Link = $"<{anchor}?linkType=linkset>; rel=\"linkset\"; type=\"{DigitalLinks.LinksetMediaType}\"";
        return new RedirectResult(url, permanent: false, preserveMethod: true);
    }

    protected IActionResult Fail(int status, string titleKey, string messageKey, params object[] args)
    {
        Response.StatusCode = status;
        Response.Headers.AccessControlAllowOrigin = "*";
        ProblemTitle = localizer[titleKey];
        Problem = string.Format(localizer[messageKey].Value, args);
        return Page();
    }
}
