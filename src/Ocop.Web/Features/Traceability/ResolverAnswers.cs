using Microsoft.Extensions.Localization;
using Ocop.Web.Infrastructure;
using Ocop.Web.Resources;

namespace Ocop.Web.Features.Traceability;

/// <summary>How the resolver answers a scan it has read: the linkset, a redirect to the link asked for, or a problem page.</summary>
internal static class ResolverAnswers
{
    /// <summary>
    /// Answers a resolved item: its linkset, or a 307 to the requested link type's page with the request's query passed on
    /// (and <paramref name="extraQuery"/>: the attributes a compressed link carried), or 404 when the item has no such link.
    /// <paramref name="sameAs"/> is the uncompressed URI of a compressed request, given as owl:sameAs.
    /// </summary>
    public static IResult Answer(
        HttpContext http, ResolverService resolver, ScanCounter counter, ResolvedProduct product, LotItem? lot = null,
        IReadOnlyList<KeyValuePair<string, string>>? extraQuery = null, string? sameAs = null)
    {
        var request = http.Request;
        var asked = request.Query["linkType"].ToString();
        var requested = DigitalLinks.Normalize(asked);
        var wantsLinkset = requested == DigitalLinks.Linkset
            || (request.Headers.Accept.Count > 0
                && request.GetTypedHeaders().Accept.Any(a => a.MediaType.Equals(DigitalLinks.LinksetMediaType, StringComparison.OrdinalIgnoreCase)));
        var language = DigitalLinks.Language(request);
        var headers = http.Response.Headers;
        headers.AccessControlAllowOrigin = "*";
        headers.AccessControlExposeHeaders = "Link";
        headers.Vary = "Accept, Accept-Language";
        var linksetLink = $"<{resolver.LinkFor(product, lot)}?linkType=linkset>; rel=\"linkset\"; type=\"{DigitalLinks.LinksetMediaType}\""
            + (sameAs is null ? string.Empty : $", <{sameAs}>; rel=\"owl:sameAs\"");
        if (wantsLinkset)
        {
            counter.Count(product.Id, lot?.Id ?? 0, DigitalLinks.Linkset, language);
            var urls = http.RequestServices.GetRequiredService<PublicUrls>();
            headers.Link = $"<{urls.Base}{ResolveEndpoints.ContextPath}>; rel=\"http://www.w3.org/ns/json-ld#context\"; type=\"application/ld+json\""
                + (sameAs is null ? string.Empty : $", <{sameAs}>; rel=\"owl:sameAs\"");
            return Results.Text(resolver.Linkset(product, lot), DigitalLinks.LinksetMediaType);
        }

        if (requested is null || resolver.Target(product, lot, requested, language) is not { } target)
        {
            headers.Link = linksetLink;
            return Fail(http, StatusCodes.Status404NotFound, "Scan.NotFoundTitle", "Scan.NoSuchLinkType", asked);
        }

        var served = requested is DigitalLinks.DefaultLink or DigitalLinks.DefaultLinkMulti ? DigitalLinks.ProductPage : requested;
        counter.Count(product.Id, lot?.Id ?? 0, served, language);
        headers.Link = linksetLink;
        // The usual scan has no query to pass on: nothing to read or rebuild.
        if (request.QueryString.HasValue || extraQuery is { Count: > 0 })
        {
            target = PassQueryOn(target, (extraQuery ?? []).Concat(request.Query.SelectMany(q => q.Value.Select(v => new KeyValuePair<string, string>(q.Key, v ?? string.Empty)))));
        }

        return Results.Redirect(target, permanent: false, preserveMethod: true);
    }

    /// <summary>
    /// The request's query passed on to the target (the standard's default), all but the resolver's own linkType and the
    /// keys the target sets itself.
    /// </summary>
    private static string PassQueryOn(string target, IEnumerable<KeyValuePair<string, string>> query)
    {
        var candidates = query.Where(q => !q.Key.Equals("linkType", StringComparison.OrdinalIgnoreCase)).ToList();
        if (candidates.Count == 0)
        {
            return target;
        }

        var question = target.IndexOf('?', StringComparison.Ordinal);
        var already = question < 0 ? [] : Microsoft.AspNetCore.WebUtilities.QueryHelpers.ParseQuery(target[question..]).Keys.ToHashSet(StringComparer.OrdinalIgnoreCase);
        var passed = candidates.Where(q => !already.Contains(q.Key)).Select(q => $"{Uri.EscapeDataString(q.Key)}={Uri.EscapeDataString(q.Value)}").ToList();
        return passed.Count == 0 ? target : target + (question < 0 ? "?" : "&") + string.Join('&', passed);
    }

    public static IResult Fail(HttpContext http, int status, string titleKey, string messageKey, params object[] args)
    {
        var localizer = http.RequestServices.GetRequiredService<IStringLocalizer<SharedResource>>();
        http.Items[ScanProblem.Key] = new ScanProblem(localizer[titleKey], string.Format(localizer[messageKey].Value, args));
        http.Response.Headers.AccessControlAllowOrigin = "*";
        return Results.StatusCode(status);
    }
}
