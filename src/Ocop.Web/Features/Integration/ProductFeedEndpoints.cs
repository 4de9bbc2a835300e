using System.Globalization;
using Microsoft.AspNetCore.Http.HttpResults;
using Ocop.Web.Infrastructure;

namespace Ocop.Web.Features.Integration;

/// <summary>
/// The product feed for the national OCOP system and e-commerce platforms, as JSON pages or one CSV. Callers are
/// officers and integration tokens (a province officer of their province); the national administrator names the province.
/// </summary>
public static class ProductFeedEndpoints
{
    public const string JsonPath = "/api/v1/feed/products";
    public const string UntilHeader = "X-Feed-Until";

    public static IEndpointRouteBuilder MapProductFeedEndpoints(this IEndpointRouteBuilder app)
    {
        var feed = app.MapGroup("/api/v1/feed").WithTags("Integration").RequireAuthorization(Policies.Officer).RequireRateLimiting(ApiRateLimits.FeedPolicy);
        feed.MapGet("/products", PageAsync).WithName("GetProductFeed")
            .WithSummary("The province's products (drafts aside) with producer and current rating, by pages of limit (1–1000, default 200). "
                + "With since (ISO 8601; without an offset, Vietnam time) only those changed after it, deletions included. "
                + "Follow next; keep the first page's until as the next sync's since.");
        feed.MapGet("/products.csv", CsvAsync).WithName("GetProductFeedCsv")
            .WithSummary("The same entries as one CSV (UTF-8 with BOM); the X-Feed-Until header is the next sync's since.");
        return app;
    }

    private static async Task<Results<Ok<ProductFeedPage>, NotFound, ValidationProblem, ProblemHttpResult>> PageAsync(
        string? province, string? since, string? until, int? after, int? limit, ProductFeedService feed, [AsParameters] ApiCaller caller) =>
        await (await feed.PageAsync(caller.Scope, new FeedQuery(province, since, until, after, limit), caller.Cancellation)).ToOkAsync(caller);

    private static async Task<Results<FileContentHttpResult, NotFound, ValidationProblem, ProblemHttpResult>> CsvAsync(
        string? province, string? since, ProductFeedService feed, HttpResponse response, TimeProvider clock, [AsParameters] ApiCaller caller) =>
        await (await feed.AllAsync(caller.Scope, new FeedQuery(province, since, null, null, null), caller.Cancellation)).ToResultAsync(caller, all =>
        {
            response.Headers[UntilHeader] = FeedTimestamp.Format(all.Until);
            return Task.FromResult<FileContentHttpResult?>(
                TypedResults.File(Csv.Write(Rows(all.Items)), "text/csv; charset=utf-8", $"ocop-feed-{VietnamTime.Today(clock):yyyyMMdd}.csv"));
        });

    private static IEnumerable<IReadOnlyList<string?>> Rows(IReadOnlyList<ProductFeedItem> items)
    {
        yield return
        [
            "id", "name", "name_en", "gtin", "product_set", "product_set_name", "status", "listed", "stars", "certificate_number",
            "recognised_on", "valid_until", "producer_id", "producer_name", "producer_type", "tax_code", "province_code", "commune_code",
            "commune_name", "url", "digital_link", "changed_at", "deleted",
        ];
        foreach (var i in items)
        {
            yield return
            [
                Text(i.Id), i.Name, i.NameEn, i.Gtin, i.ProductSetCode, i.ProductSetName, i.Status.ToString(), Text(i.Listed), i.Stars is { } s ? Text(s) : null,
                i.CertificateNumber, Date(i.RecognisedOn), Date(i.ValidUntil), Text(i.Producer.Id), i.Producer.Name, i.Producer.Type.ToString(),
                i.Producer.TaxCode, i.Producer.ProvinceCode, i.Producer.CommuneCode, i.Producer.CommuneName, i.Url, i.DigitalLink,
                FeedTimestamp.Format(i.ChangedAt), Text(i.Deleted),
            ];
        }
    }

    private static string Text(int value) => value.ToString(CultureInfo.InvariantCulture);
    private static string Text(bool value) => value ? "true" : "false";
    // Machine-read: ISO dates, not the dd/mm/yyyy shown to people.
    private static string? Date(DateOnly? value) => value?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
