using System.Globalization;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Localization;
using Ocop.Web.Infrastructure;

namespace Ocop.Web.Features.Programme;

/// <summary>The dashboards' data as JSON and each chart's table as CSV, for the pages' download links and other systems.</summary>
public static class DashboardEndpoints
{
    public static IEndpointRouteBuilder MapDashboardEndpoints(this IEndpointRouteBuilder app)
    {
        var dashboard = app.MapGroup("/api/v1/programme").WithTags("Programme");
        dashboard.MapGet("/dashboard", async Task<Results<Ok<ProvinceDashboard>, ValidationProblem>> (string? province, int? year, UnitView? units, DashboardService s, TimeProvider clock, [AsParameters] ApiCaller c) =>
                await ProvinceAsync(province, year, units, s, clock, c) is { } d ? TypedResults.Ok(d) : Refused(year, c.Localizer))
            .RequireAuthorization(Policies.Officer).WithName("GetProvinceDashboard").WithSummary("A province's dashboard for a year: targets with progress, the catalogue's values, chart data (?units=Old groups by the provinces before 1 July 2025).");
        dashboard.MapGet("/dashboard/charts/{key}.csv", async Task<Results<FileContentHttpResult, NotFound, ValidationProblem>> (string key, string? province, int? year, UnitView? units, DashboardService s, TimeProvider clock, [AsParameters] ApiCaller c) =>
            {
                if (await ProvinceAsync(province, year, units, s, clock, c) is not { } d)
                {
                    return Refused(year, c.Localizer);
                }

                return d.Charts.FirstOrDefault(c => c.Key == key) is { } chart
                    ? TypedResults.File(ChartCsv(chart), "text/csv; charset=utf-8", $"ocop-{d.ProvinceCode}-{d.Year}-{key}.csv")
                    : TypedResults.NotFound();
            })
            .RequireAuthorization(Policies.Officer).WithName("GetDashboardChartCsv").WithSummary("One chart's table as CSV (UTF-8 with BOM): starsByYear, byGroup, byArea, expiring.");
        dashboard.MapGet("/report.{format:regex(^(xlsx|pdf)$)}", async Task<Results<FileContentHttpResult, ValidationProblem>> (string format, string? province, int? year, DashboardService s, TimeProvider clock, [AsParameters] ApiCaller c) =>
            {
                if (await ProvinceAsync(province, year, UnitView.Current, s, clock, c) is not { } d)
                {
                    return Refused(year, c.Localizer);
                }

                var name = $"bao-cao-ocop-{d.ProvinceCode}-{d.Year}.{format}";
                return format == "pdf"
                    ? TypedResults.File(ProgrammeReportExports.Pdf(d), "application/pdf", name)
                    : TypedResults.File(ProgrammeReportExports.Excel(d), Xlsx.ContentType, name);
            })
            .RequireAuthorization(Policies.Officer).WithName("GetProgrammeReport").WithSummary("The year's programme report (targets with progress and status, the year's figures, rated products by stars and group) as .xlsx or PDF.");
        dashboard.MapGet("/national", async Task<Results<Ok<NationalDashboard>, ValidationProblem>> (int? year, UnitView? units, string? sort, bool? desc, NationalDashboardService s, TimeProvider clock, [AsParameters] ApiCaller c) =>
                await NationalAsync(year, units, sort, desc, s, clock, c) is { } d ? TypedResults.Ok(d) : Refused(year, c.Localizer))
            .RequireAuthorization(Policies.NationalAdmin).WithName("GetNationalDashboard").WithSummary("Every province side by side (?units=Old: the 63 provinces before 1 July 2025), sortable by a column.");
        dashboard.MapGet("/national.csv", async Task<Results<FileContentHttpResult, ValidationProblem>> (int? year, UnitView? units, string? sort, bool? desc, NationalDashboardService s, TimeProvider clock, [AsParameters] ApiCaller c) =>
                await NationalAsync(year, units, sort, desc, s, clock, c) is { } d
                    ? TypedResults.File(NationalCsv(d, c.Localizer), "text/csv; charset=utf-8", $"ocop-national-{d.Year}.csv")
                    : Refused(year, c.Localizer))
            .RequireAuthorization(Policies.NationalAdmin).WithName("GetNationalDashboardCsv").WithSummary("The national table as CSV (UTF-8 with BOM).");
        return app;
    }

    public static bool ValidYear(int year) => year is >= TargetRules.FirstYear and <= TargetRules.LastYear;

    public static byte[] ChartCsv(DashboardChart chart) =>
        Csv.Write([[chart.LabelHeader, .. chart.Series], .. chart.Rows.Select(r => (IReadOnlyList<string?>)[r.Label, .. r.Values.Select(Csv.Number)])]);

    public static byte[] NationalCsv(NationalDashboard d, IStringLocalizer l)
    {
        static string? N(int? v) => v?.ToString(CultureInfo.InvariantCulture);
        IReadOnlyList<string?> header = d.Units == UnitView.Old
            ? [l["Dashboard.Code"], l["Dashboard.OldProvince"], l["Dashboard.NewProvince"], l["Dashboard.Rated"], "3★", "4★", "5★", l["Dashboard.RecognisedInYear"]]
            : [l["Dashboard.Code"], l["Dashboard.Province"], l["Dashboard.Rated"], "3★", "4★", "5★", l["Dashboard.RecognisedInYear"], l["Metric.producers.active"], l["Metric.salesPoints.active"], l["Dashboard.TargetsMet"], l["Dashboard.TargetsAtRisk"], l["Dashboard.Targets"]];
        return Csv.Write([header, .. d.Rows.Select(r => d.Units == UnitView.Old
            ? (IReadOnlyList<string?>)[r.Code, r.Name, r.NewProvinceName, N(r.Rated), N(r.ThreeStar), N(r.FourStar), N(r.FiveStar), N(r.RecognisedInYear)]
            : [r.Code, r.Name, N(r.Rated), N(r.ThreeStar), N(r.FourStar), N(r.FiveStar), N(r.RecognisedInYear), N(r.ProducersActive), N(r.SalesPoints), N(r.TargetsMet), N(r.TargetsAtRisk), N(r.Targets)])]);
    }

    private static async Task<ProvinceDashboard?> ProvinceAsync(string? province, int? year, UnitView? units, DashboardService s, TimeProvider clock, ApiCaller caller)
    {
        var y = year ?? VietnamTime.Today(clock).Year;
        return ValidYear(y) && TargetService.ProvinceFor(caller.Scope, province) is { } code
            ? await s.ProvinceAsync(code, y, units ?? UnitView.Current, caller.Scope, caller.Cancellation)
            : null;
    }

    private static async Task<NationalDashboard?> NationalAsync(int? year, UnitView? units, string? sort, bool? desc, NationalDashboardService s, TimeProvider clock, ApiCaller caller)
    {
        var y = year ?? VietnamTime.Today(clock).Year;
        if (!ValidYear(y))
        {
            return null;
        }

        var d = await s.BuildAsync(y, units ?? UnitView.Current, caller.Scope, caller.Cancellation);
        return d with { Rows = [.. NationalDashboardService.Sort(d.Rows, sort, desc == true)] };
    }

    private static ValidationProblem Refused(int? year, IStringLocalizer l) =>
        year is { } y && !ValidYear(y)
            ? ApiResults.Invalid("Year", "Validation.Target.Year", l)
            : ApiResults.Invalid("Province", "Validation.Metrics.Province", l);
}
