using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.OutputCaching;
using Ocop.Web.Features.Catalogue;
using Ocop.Web.Features.Public;

namespace Ocop.Web.Pages;

/// <summary>The e-handbook's front page: search, the best rated products, and the groups and provinces to browse.</summary>
[AllowAnonymous]
[OutputCache(PolicyName = PublicPageCache.PolicyName)]
public sealed class IndexModel(CatalogueService catalogue) : PageModel
{
    public IReadOnlyList<CatalogueCard> Featured { get; private set; } = [];
    public IReadOnlyList<FacetValue> Groups { get; private set; } = [];
    public IReadOnlyList<FacetValue> Provinces { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct)
    {
        Featured = await catalogue.FeaturedAsync(8, ct);
        var all = await catalogue.SearchAsync(new CatalogueQuery(PageSize: 1), ct);
        Groups = all.Facets.Single(f => f.Name == "group").Values;
        Provinces = all.Facets.Single(f => f.Name == "province").Values;
    }
}
