using Microsoft.EntityFrameworkCore;
using Ocop.Web.Data;
using Ocop.Web.Features.Accounts;
using Ocop.Web.Infrastructure;

namespace Ocop.Web.Features.Programme;

/// <summary>
/// The province's programme targets with their progress. Province-level officers set them; commune officers
/// read their commune's and the province's; the national administrator reads any province's.
/// </summary>
public sealed class TargetService(OcopDbContext db, TimeProvider clock)
{
    /// <summary>The province whose targets the user reads: their own, or the one asked for by the national administrator.</summary>
    public static string? ProvinceFor(UserScope scope, string? asked) =>
        scope.IsNational ? asked : scope.IsOfficer && (asked is null || asked == scope.ProvinceCode) ? scope.ProvinceCode : null;

    public async Task<List<TargetItem>> ListAsync(UserScope scope, string provinceCode, CancellationToken ct)
    {
        var today = VietnamTime.Today(clock);
        var targets = await Readable(scope, provinceCode).OrderBy(t => t.DueOn).ThenBy(t => t.MetricKey).ToListAsync(ct);
        var communes = await CommuneNamesAsync(targets, ct);
        var items = new List<TargetItem>(targets.Count);
        foreach (var target in targets)
        {
            items.Add(await ItemAsync(target, communes, today, ct));
        }

        return items;
    }

    public async Task<TargetItem?> GetAsync(int id, UserScope scope, CancellationToken ct)
    {
        if (await db.ProgrammeTargets.SingleOrDefaultAsync(t => t.Id == id, ct) is not { } target
            || ProvinceFor(scope, target.ProvinceCode) != target.ProvinceCode
            || (scope.CommuneCode is { } commune && target.CommuneCode is not null && target.CommuneCode != commune))
        {
            return null;
        }

        return await ItemAsync(target, await CommuneNamesAsync([target], ct), VietnamTime.Today(clock), ct);
    }

    public async Task<ServiceResult<int>> SaveAsync(int? id, TargetInput input, UserScope scope, CancellationToken ct)
    {
        if (scope is not { IsOfficer: true, IsNational: false, CommuneCode: null, ProvinceCode: { } province })
        {
            return id is null ? ServiceResult<int>.Invalid("ProvinceCode", "Validation.Target.NotProvince") : ServiceResult<int>.NotFound();
        }

        ProgrammeTarget? target = null;
        if (id is not null)
        {
            target = await db.ProgrammeTargets.SingleOrDefaultAsync(t => t.Id == id && t.ProvinceCode == province, ct);
            if (target is null)
            {
                return ServiceResult<int>.NotFound();
            }

            if (input.Version != target.Version)
            {
                return ServiceResult<int>.Conflict();
            }
        }

        var communeCode = input.CommuneCode = TextRules.Clean(input.CommuneCode);
        var communeOk = communeCode is null || await db.Communes.AnyAsync(c => c.Code == communeCode && c.ProvinceCode == province, ct);
        var (window, errors) = TargetRules.Check(input, communeOk);
        if (!errors.Any && await db.ProgrammeTargets.AnyAsync(t => t.Id != id && t.ProvinceCode == province && t.CommuneCode == communeCode
                && t.MetricKey == input.MetricKey && t.StartsOn == window.StartsOn && t.DueOn == window.DueOn, ct))
        {
            errors.Add(nameof(input.MetricKey), "Validation.Target.Duplicate");
        }

        if (errors.Any)
        {
            return ServiceResult<int>.Invalid(errors.ToDictionary());
        }

        target ??= db.ProgrammeTargets.Add(new ProgrammeTarget { ProvinceCode = province, MetricKey = string.Empty }).Entity;
        target.MetricKey = input.MetricKey!;
        target.CommuneCode = communeCode;
        target.PeriodCode = window.PeriodCode;
        target.StartsOn = window.StartsOn;
        target.DueOn = window.DueOn;
        target.Kind = input.Kind!.Value;
        target.Value = input.Value!.Value;
        target.UpperValue = target.Kind == TargetKind.Range ? input.UpperValue : null;
        target.Title = TextRules.Clean(input.Title);
        target.Source = TextRules.Clean(input.Source);
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            return ServiceResult<int>.Conflict();
        }

        return ServiceResult<int>.Ok(target.Id);
    }

    public async Task<ServiceResult<int>> DeleteAsync(int id, UserScope scope, CancellationToken ct)
    {
        var deleted = scope is { IsOfficer: true, IsNational: false, CommuneCode: null, ProvinceCode: { } province }
            ? await db.ProgrammeTargets.Where(t => t.Id == id && t.ProvinceCode == province).ExecuteDeleteAsync(ct)
            : 0;
        return deleted == 0 ? ServiceResult<int>.NotFound() : ServiceResult<int>.Ok(id);
    }

    private IQueryable<ProgrammeTarget> Readable(UserScope scope, string provinceCode)
    {
        if (ProvinceFor(scope, provinceCode) != provinceCode)
        {
            return db.ProgrammeTargets.Where(_ => false);
        }

        var targets = db.ProgrammeTargets.Where(t => t.ProvinceCode == provinceCode);
        return scope.CommuneCode is { } commune ? targets.Where(t => t.CommuneCode == null || t.CommuneCode == commune) : targets;
    }

    private async Task<Dictionary<string, string>> CommuneNamesAsync(IReadOnlyCollection<ProgrammeTarget> targets, CancellationToken ct)
    {
        var codes = targets.Where(t => t.CommuneCode is not null).Select(t => t.CommuneCode!).Distinct().ToList();
        return codes.Count == 0 ? [] : await db.Communes.Where(c => codes.Contains(c.Code)).ToDictionaryAsync(c => c.Code, c => c.Name, ct);
    }

    private async Task<TargetItem> ItemAsync(ProgrammeTarget t, Dictionary<string, string> communes, DateOnly today, CancellationToken ct)
    {
        var metric = MetricCatalogue.Find(t.MetricKey)!;
        var scope = new MetricScope(t.ProvinceCode, t.CommuneCode, t.StartsOn, t.DueOn).UpTo(today);
        // A window still to come counts no events (flows find none) and reads today's state (stocks).
        var actual = await metric.Compute(db, scope, ct);
        var baseline = metric.Kind == MetricKind.Stock && t.StartsOn <= today
            ? await metric.Compute(db, scope with { From = t.StartsOn.AddDays(-1), To = t.StartsOn.AddDays(-1) }, ct)
            : metric.Kind == MetricKind.Stock ? actual : 0m;
        var progress = TargetProgressRule.Evaluate(t.Kind, t.Value, t.UpperValue, actual, baseline, t.StartsOn, t.DueOn, today);
        return new TargetItem(t.Id, t.ProvinceCode, t.CommuneCode, t.CommuneCode is null ? null : communes.GetValueOrDefault(t.CommuneCode), t.MetricKey, metric.Unit,
            t.PeriodCode, t.StartsOn, t.DueOn, t.Kind, t.Value, t.UpperValue, t.Title, t.Source, t.Version, progress);
    }
}
