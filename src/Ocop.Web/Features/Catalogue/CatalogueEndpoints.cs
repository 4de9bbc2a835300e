using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Localization;
using Ocop.Web.Resources;

namespace Ocop.Web.Features.Catalogue;

/// <summary>The public catalogue as JSON: the same query parameters, results and facets as the /products page.</summary>
public static class CatalogueEndpoints
{
    public static IEndpointRouteBuilder MapCatalogueEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/v1/catalogue", SearchAsync).AllowAnonymous().WithTags("Catalogue").WithName("SearchCatalogue")
            .WithSummary("Search listed products: q (accents optional, one wrong letter tolerated), stars, group, province, commune, type, cert, sort, page, pageSize.");
        app.MapGet("/handbook.pdf", HandbookAsync).AllowAnonymous().WithTags("Catalogue").WithName("PrintHandbook")
            .WithSummary($"The printable handbook (PDF) of the listed products a catalogue query finds, at most {HandbookService.MaxProducts}.");
        return app;
    }

    private static async Task<IResult> HandbookAsync(
        HttpContext http, HandbookService handbooks, HandbookThrottle throttle, IStringLocalizer<SharedResource> localizer, CancellationToken ct)
    {
        var request = http.Request;
        if (!await throttle.TryTakeAsync(http, ct))
        {
            http.Response.Headers.RetryAfter = "60";
            return TypedResults.Problem(statusCode: StatusCodes.Status429TooManyRequests, title: localizer["Problem.TooManyRequests"],
                detail: localizer["Problem.TooManyRequestsDetail", 60]);
        }

        var query = CatalogueQuery.Parse(name => request.Query[name].FirstOrDefault(), out var errors);
        var wantsPage = request.Headers.Accept.Any(a => a?.Contains("text/html", StringComparison.OrdinalIgnoreCase) == true);
        if (errors.Count > 0)
        {
            // A browser opening the address gets the catalogue page of the same query, which names each bad filter.
            return wantsPage ? TypedResults.Redirect("/products" + request.QueryString) : BadQuery(errors, localizer);
        }

        var (book, error) = await handbooks.BuildAsync(query, ct);
        if (book is null)
        {
            if (wantsPage)
            {
                return TypedResults.Redirect("/products" + request.QueryString); // it says how many products a handbook holds
            }

            return TypedResults.Problem(statusCode: StatusCodes.Status400BadRequest, title: localizer["Handbook.CannotPrint"],
                detail: string.Format(localizer[error!].Value, HandbookService.MaxProducts));
        }

        var labels = new HandbookPdf.Labels(
            localizer["Handbook.Title"], localizer["Handbook.Contents"], localizer["Handbook.Page"], localizer["Handbook.Scan"],
            localizer["Handbook.PrintedOn"], localizer["Handbook.ProductCount"], localizer["Field.Phone"], localizer["Field.Email"]);
        return TypedResults.File(HandbookPdf.Render(book, labels), "application/pdf", "cam-nang-ocop.pdf");
    }

    private static async Task<Results<CatalogueJson, ValidationProblem, ProblemHttpResult>> SearchAsync(
        HttpRequest request, CatalogueService catalogue, IStringLocalizer<SharedResource> localizer, CancellationToken ct)
    {
        var query = CatalogueQuery.Parse(name => request.Query[name].FirstOrDefault(), out var errors);
        if (errors.Count > 0)
        {
            return BadQuery(errors, localizer);
        }

        var result = await catalogue.SearchAsync(query, ct);
        if (result.PastEnd && query.Page > 1)
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: localizer["Catalogue.PastEndTitle"],
                detail: string.Format(localizer["Catalogue.PastEnd"].Value, query.Page, result.TotalPages));
        }

        return new CatalogueJson(result);
    }

    /// <summary>Each bad parameter with its message (the query-length one names the limit).</summary>
    private static ValidationProblem BadQuery(Dictionary<string, string> errors, IStringLocalizer<SharedResource> localizer) =>
        TypedResults.ValidationProblem(
            errors.ToDictionary(e => e.Key, e => new[] { localizer[e.Value, CatalogueQuery.MaxQueryLength].Value }),
            title: localizer["Catalogue.BadQuery"]);
}
