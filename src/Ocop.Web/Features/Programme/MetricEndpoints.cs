using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Ocop.Web.Data;
using Ocop.Web.Infrastructure;

namespace Ocop.Web.Features.Programme;

/// <summary>The catalogue's actual values for a province and period: what targets and dashboards will compare against.</summary>
public static class MetricEndpoints
{
    public static IEndpointRouteBuilder MapMetricEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/v1/programme/metrics", ValuesAsync).WithTags("Programme").RequireAuthorization(Policies.Officer).WithName("GetMetricValues")
            .WithSummary("Each catalogue metric's actual value for a province (the officer's own unless national) over [from, to] (default: this year); stock metrics read the state on the last day, or today if that is later.");
        return app;
    }

    private static async Task<Results<Ok<List<MetricValue>>, ValidationProblem>> ValuesAsync(
        string? province, DateOnly? from, DateOnly? to, string? metric, OcopDbContext db, TimeProvider clock, [AsParameters] ApiCaller caller)
    {
        var (scope, localizer, ct) = (caller.Scope, caller.Localizer, caller.Cancellation);
        var today = VietnamTime.Today(clock);
        var provinceCode = scope.IsNational ? province : scope.ProvinceCode;
        var errors = new Dictionary<string, string[]>();
        if (provinceCode is null || (!scope.IsNational && province is not null && province != scope.ProvinceCode) || !await db.Provinces.AnyAsync(p => p.Code == provinceCode, ct))
        {
            errors["Province"] = ["Validation.Metrics.Province"];
        }

        var (start, end) = (from ?? new DateOnly(today.Year, 1, 1), to ?? new DateOnly(today.Year, 12, 31));
        if (end < start)
        {
            errors["To"] = ["Validation.Metrics.Period"];
        }

        var metrics = metric is null ? MetricCatalogue.All : MetricCatalogue.Find(metric) is { } m ? [m] : [];
        if (metrics.Count == 0)
        {
            errors["Metric"] = ["Validation.Metrics.Unknown"];
        }

        if (errors.Count > 0)
        {
            return ApiResults.Invalid(errors, localizer);
        }

        var span = new MetricScope(provinceCode!, start, end).UpTo(today);
        var values = new List<MetricValue>();
        foreach (var each in metrics)
        {
            values.Add(new MetricValue(each.Key, localizer[$"Metric.{each.Key}"].Value, each.Unit, await each.Compute(db, span, ct)));
        }

        return TypedResults.Ok(values);
    }
}
