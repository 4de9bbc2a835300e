using Microsoft.AspNetCore.Http.HttpResults;
using Ocop.Web.Features.Evaluation.Certificates;
using Ocop.Web.Infrastructure;

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
        exports.MapGet("/products.xlsx", (string? province, ListExports lists, [AsParameters] ApiCaller c) =>
                FileAsync(lists, "products", csv: false, province, null, c))
            .WithName("ExportProductsXlsx").WithSummary("Products and producers of the officer's area as a formatted workbook (a list sheet in the import's columns and a summary sheet).");
        exports.MapGet("/products.csv", (string? province, ListExports lists, [AsParameters] ApiCaller c) =>
                FileAsync(lists, "products", csv: true, province, null, c))
            .WithName("ExportProductsCsv").WithSummary("The same list as CSV.");
        exports.MapGet("/producers.xlsx", (string? province, ListExports lists, [AsParameters] ApiCaller c) =>
                FileAsync(lists, "producers", csv: false, province, null, c))
            .WithName("ExportProducersXlsx").WithSummary("The area's producers with their products and rated products, a totals row and a summary sheet by type.");
        exports.MapGet("/producers.csv", (string? province, ListExports lists, [AsParameters] ApiCaller c) =>
                FileAsync(lists, "producers", csv: true, province, null, c))
            .WithName("ExportProducersCsv").WithSummary("The same producers as CSV.");
        exports.MapGet("/certificates.xlsx", (string? province, CertificateStatus? status, ListExports lists, [AsParameters] ApiCaller c) =>
                FileAsync(lists, "certificates", csv: false, province, status, c))
            .WithName("ExportCertificatesXlsx").WithSummary("The area's OCOP certificates (optionally one status: Valid, Expiring, Expired, Revoked), a totals row and a summary sheet by stars and status.");
        exports.MapGet("/certificates.csv", (string? province, CertificateStatus? status, ListExports lists, [AsParameters] ApiCaller c) =>
                FileAsync(lists, "certificates", csv: true, province, status, c))
            .WithName("ExportCertificatesCsv").WithSummary("The same certificates as CSV.");
        return app;
    }

    private static async Task<Results<FileContentHttpResult, ValidationProblem>> FileAsync(
        ListExports lists, string list, bool csv, string? province, CertificateStatus? status, ApiCaller caller) =>
        await lists.BuildAsync(list, csv, caller.Scope, province, status, caller.Cancellation) is { } file
            ? TypedResults.File(file.Content, file.ContentType, file.FileName)
            : ApiResults.Invalid("Province", "Validation.Metrics.Province", caller.Localizer);
}
