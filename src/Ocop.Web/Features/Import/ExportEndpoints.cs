using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Ocop.Web.Data;
using Ocop.Web.Features.Accounts;
using Ocop.Web.Infrastructure;
using Ocop.Web.Resources;

namespace Ocop.Web.Features.Import;

/// <summary>The area's products with their producers, in the import's layout, as .xlsx or CSV (officers; the national admin names the province).</summary>
public static class ExportEndpoints
{
    public static IEndpointRouteBuilder MapExportEndpoints(this IEndpointRouteBuilder app)
    {
        var exports = app.MapGroup("/api/v1/exports").WithTags("Import").RequireAuthorization(Policies.Officer);
        exports.MapGet("/products.xlsx", async Task<Results<FileContentHttpResult, ValidationProblem>> (string? province, RegistryExport export, OcopDbContext db, TimeProvider clock, ClaimsPrincipal u, IStringLocalizer<SharedResource> l, CancellationToken ct) =>
            {
                var scope = UserScope.From(u);
                if (await export.RowsAsync(scope, province, ct) is not { } rows)
                {
                    return Refused(l);
                }

                var code = Programme.TargetService.ProvinceFor(scope, province)!;
                var name = await db.Provinces.Where(p => p.Code == code).Select(p => p.Name).SingleAsync(ct);
                var today = VietnamTime.Today(clock);
                return TypedResults.File(RegistryExport.Xlsx(rows, name, today), Xlsx.ContentType, $"ocop-san-pham-{code}-{today:yyyyMMdd}.xlsx");
            })
            .WithSummary("Products and producers of the officer's area as a formatted workbook (a list sheet in the import's columns and a summary sheet).");
        exports.MapGet("/products.csv", async Task<Results<FileContentHttpResult, ValidationProblem>> (string? province, RegistryExport export, TimeProvider clock, ClaimsPrincipal u, IStringLocalizer<SharedResource> l, CancellationToken ct) =>
                await export.RowsAsync(UserScope.From(u), province, ct) is { } rows
                    ? TypedResults.File(RegistryExport.Csv(rows), "text/csv; charset=utf-8", $"ocop-san-pham-{VietnamTime.Today(clock):yyyyMMdd}.csv")
                    : Refused(l))
            .WithSummary("The same list as CSV (UTF-8 with BOM).");
        return app;
    }

    private static ValidationProblem Refused(IStringLocalizer l) =>
        ApiResults.Invalid(new Dictionary<string, string[]> { ["Province"] = ["Validation.Metrics.Province"] }, l);
}
