using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Ocop.Web.Data;
using Ocop.Web.Features.Accounts;
using Ocop.Web.Features.Evaluation.Certificates;
using Ocop.Web.Infrastructure;
using Ocop.Web.Resources;

namespace Ocop.Web.Features.Import;

/// <summary>
/// The area's lists as formatted .xlsx or CSV: products (in the import's layout), producers and certificates.
/// Officers; the national administrator names the province; a commune officer gets the commune's part.
/// </summary>
public static class ExportEndpoints
{
    private const string CsvType = "text/csv; charset=utf-8";

    public static IEndpointRouteBuilder MapExportEndpoints(this IEndpointRouteBuilder app)
    {
        var exports = app.MapGroup("/api/v1/exports").WithTags("Import").RequireAuthorization(Policies.Officer);
        exports.MapGet("/products.xlsx", async Task<Results<FileContentHttpResult, ValidationProblem>> (string? province, RegistryExport export, OcopDbContext db, TimeProvider clock, ClaimsPrincipal u, IStringLocalizer<SharedResource> l, CancellationToken ct) =>
                await export.RowsAsync(UserScope.From(u), province, ct) is { } rows
                    ? await FileAsync(db, clock, u, province, "san-pham", (name, today) => RegistryExport.Xlsx(rows, name, today), ct)
                    : Refused(l))
            .WithSummary("Products and producers of the officer's area as a formatted workbook (a list sheet in the import's columns and a summary sheet).");
        exports.MapGet("/products.csv", async Task<Results<FileContentHttpResult, ValidationProblem>> (string? province, RegistryExport export, TimeProvider clock, ClaimsPrincipal u, IStringLocalizer<SharedResource> l, CancellationToken ct) =>
                await export.RowsAsync(UserScope.From(u), province, ct) is { } rows
                    ? TypedResults.File(RegistryExport.Csv(rows), CsvType, $"ocop-san-pham-{VietnamTime.Today(clock):yyyyMMdd}.csv")
                    : Refused(l))
            .WithSummary("The same list as CSV (UTF-8 with BOM).");

        exports.MapGet("/producers.xlsx", async Task<Results<FileContentHttpResult, ValidationProblem>> (string? province, ProducerExport export, OcopDbContext db, TimeProvider clock, ClaimsPrincipal u, IStringLocalizer<SharedResource> l, CancellationToken ct) =>
                await export.RowsAsync(UserScope.From(u), province, ct) is { } rows
                    ? await FileAsync(db, clock, u, province, "chu-the", (name, today) => ProducerExport.Xlsx(rows, name, today), ct)
                    : Refused(l))
            .WithSummary("The area's producers with their products and rated products, a totals row and a summary sheet by type.");
        exports.MapGet("/producers.csv", async Task<Results<FileContentHttpResult, ValidationProblem>> (string? province, ProducerExport export, TimeProvider clock, ClaimsPrincipal u, IStringLocalizer<SharedResource> l, CancellationToken ct) =>
                await export.RowsAsync(UserScope.From(u), province, ct) is { } rows
                    ? TypedResults.File(ProducerExport.Csv(rows), CsvType, $"ocop-chu-the-{VietnamTime.Today(clock):yyyyMMdd}.csv")
                    : Refused(l))
            .WithSummary("The same producers as CSV (UTF-8 with BOM).");

        exports.MapGet("/certificates.xlsx", async Task<Results<FileContentHttpResult, ValidationProblem>> (string? province, CertificateStatus? status, CertificateExport export, OcopDbContext db, TimeProvider clock, ClaimsPrincipal u, IStringLocalizer<SharedResource> l, CancellationToken ct) =>
                await export.RowsAsync(UserScope.From(u), province, status, ct) is { } rows
                    ? await FileAsync(db, clock, u, province, "chung-nhan", (name, today) => CertificateExport.Xlsx(rows, name, today), ct)
                    : Refused(l))
            .WithSummary("The area's OCOP certificates (optionally one status: Valid, Expiring, Expired, Revoked), a totals row and a summary sheet by stars and status.");
        exports.MapGet("/certificates.csv", async Task<Results<FileContentHttpResult, ValidationProblem>> (string? province, CertificateStatus? status, CertificateExport export, TimeProvider clock, ClaimsPrincipal u, IStringLocalizer<SharedResource> l, CancellationToken ct) =>
                await export.RowsAsync(UserScope.From(u), province, status, ct) is { } rows
                    ? TypedResults.File(CertificateExport.Csv(rows), CsvType, $"ocop-chung-nhan-{VietnamTime.Today(clock):yyyyMMdd}.csv")
                    : Refused(l))
            .WithSummary("The same certificates as CSV (UTF-8 with BOM).");
        return app;
    }

    /// <summary>A workbook named after the list, the province and the day; the builder gets the province's name for its title.</summary>
    private static async Task<FileContentHttpResult> FileAsync(
        OcopDbContext db, TimeProvider clock, ClaimsPrincipal user, string? province, string list, Func<string, DateOnly, byte[]> build, CancellationToken ct)
    {
        var code = Programme.TargetService.ProvinceFor(UserScope.From(user), province)!;
        var name = await db.Provinces.Where(p => p.Code == code).Select(p => p.Name).SingleAsync(ct);
        var today = VietnamTime.Today(clock);
        return TypedResults.File(build(name, today), Xlsx.ContentType, $"ocop-{list}-{code}-{today:yyyyMMdd}.xlsx");
    }

    private static ValidationProblem Refused(IStringLocalizer l) =>
        ApiResults.Invalid(new Dictionary<string, string[]> { ["Province"] = ["Validation.Metrics.Province"] }, l);
}
