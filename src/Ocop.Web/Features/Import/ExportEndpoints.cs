using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Localization;
using Ocop.Web.Features.Accounts;
using Ocop.Web.Features.Evaluation.Certificates;
using Ocop.Web.Infrastructure;
using Ocop.Web.Resources;

namespace Ocop.Web.Features.Import;

/// <summary>
/// The area's lists as formatted .xlsx or CSV (UTF-8 with BOM): products (in the import's layout), producers and
/// certificates. Officers; the national administrator names the province; a commune officer gets the commune's part.
/// </summary>
public static class ExportEndpoints
{
    public static IEndpointRouteBuilder MapExportEndpoints(this IEndpointRouteBuilder app)
    {
        var exports = app.MapGroup("/api/v1/exports").WithTags("Import").RequireAuthorization(Policies.Officer);
        exports.MapGet("/products.xlsx", (string? province, ListExports lists, ClaimsPrincipal u, IStringLocalizer<SharedResource> l, CancellationToken ct) =>
                FileAsync(lists, "products", csv: false, u, province, null, l, ct))
            .WithSummary("Products and producers of the officer's area as a formatted workbook (a list sheet in the import's columns and a summary sheet).");
        exports.MapGet("/products.csv", (string? province, ListExports lists, ClaimsPrincipal u, IStringLocalizer<SharedResource> l, CancellationToken ct) =>
                FileAsync(lists, "products", csv: true, u, province, null, l, ct))
            .WithSummary("The same list as CSV.");
        exports.MapGet("/producers.xlsx", (string? province, ListExports lists, ClaimsPrincipal u, IStringLocalizer<SharedResource> l, CancellationToken ct) =>
                FileAsync(lists, "producers", csv: false, u, province, null, l, ct))
            .WithSummary("The area's producers with their products and rated products, a totals row and a summary sheet by type.");
        exports.MapGet("/producers.csv", (string? province, ListExports lists, ClaimsPrincipal u, IStringLocalizer<SharedResource> l, CancellationToken ct) =>
                FileAsync(lists, "producers", csv: true, u, province, null, l, ct))
            .WithSummary("The same producers as CSV.");
        exports.MapGet("/certificates.xlsx", (string? province, CertificateStatus? status, ListExports lists, ClaimsPrincipal u, IStringLocalizer<SharedResource> l, CancellationToken ct) =>
                FileAsync(lists, "certificates", csv: false, u, province, status, l, ct))
            .WithSummary("The area's OCOP certificates (optionally one status: Valid, Expiring, Expired, Revoked), a totals row and a summary sheet by stars and status.");
        exports.MapGet("/certificates.csv", (string? province, CertificateStatus? status, ListExports lists, ClaimsPrincipal u, IStringLocalizer<SharedResource> l, CancellationToken ct) =>
                FileAsync(lists, "certificates", csv: true, u, province, status, l, ct))
            .WithSummary("The same certificates as CSV.");
        return app;
    }

    private static async Task<Results<FileContentHttpResult, ValidationProblem>> FileAsync(
        ListExports lists, string list, bool csv, ClaimsPrincipal user, string? province, CertificateStatus? status, IStringLocalizer l, CancellationToken ct) =>
        await lists.BuildAsync(list, csv, UserScope.From(user), province, status, ct) is { } file
            ? TypedResults.File(file.Content, file.ContentType, file.FileName)
            : ApiResults.Invalid(new Dictionary<string, string[]> { ["Province"] = ["Validation.Metrics.Province"] }, l);
}
