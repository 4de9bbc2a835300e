using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Html;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.OutputCaching;
using Ocop.Web.Features.Catalogue;
using Ocop.Web.Features.Public;

namespace Ocop.Web.Pages.Products;

/// <summary>
/// The e-handbook catalogue: search, facets with counts, sorting and paging, all in the address so a
/// search can be shared and survives the language switch. Bad parameters get a message (400) and a
/// page past the end says how many pages there are (404).
/// </summary>
[AllowAnonymous]
[OutputCache(PolicyName = PublicPageCache.PolicyName)]
public sealed class IndexModel(CatalogueService catalogue) : PageModel
{
    public CatalogueQuery Query { get; private set; } = new();
    public CatalogueResult Result { get; private set; } = new([], 1, CatalogueQuery.DefaultPageSize, 0, 0, [], null);
    public IReadOnlyList<string> Errors { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        Query = CatalogueQuery.Parse(name => Request.Query[name].FirstOrDefault(), out var errors);
        if (errors.Count > 0)
        {
            Errors = [.. errors.Values];
            Response.StatusCode = StatusCodes.Status400BadRequest;
        }

        Result = await catalogue.SearchAsync(Query, ct);
        if (Result.PastEnd && Query.Page > 1)
        {
            Response.StatusCode = StatusCodes.Status404NotFound;
        }

        return Page();
    }

    /// <summary>The address of this search with one parameter set (or cleared with null), for a link's href.</summary>
    public IHtmlContent With(string name, string? value) => Links.With(name, value);

    /// <summary>A facet's values as list items, each a link choosing (or clearing) it.</summary>
    public IHtmlContent FacetItems(string facet, IEnumerable<FacetValue> values, string removeText) => new FacetItems(Links, facet, values, removeText);

    private CatalogueLinks Links => links ??= new CatalogueLinks("/products", Query);

    private CatalogueLinks? links;

    /// <summary>The same words and order with every filter cleared.</summary>
    public string WithoutFilters => "/products?" + (Query with { Stars = null, Group = null, Province = null, Commune = null, Type = null, Certified = null })
        .ToQueryString("page", null);
}
