using Microsoft.EntityFrameworkCore;
using Ocop.Web.Data;
using Ocop.Web.Features.Accounts;
using Ocop.Web.Infrastructure;

namespace Ocop.Web.Features.Support;

/// <summary>
/// Consulting and support records. Officers keep those of the producers of their area; a producer reads
/// their own. The yearly report counts producers and products supported per kind, spend per funding source,
/// and the stars of the supported products before and after.
/// </summary>
public sealed class SupportService(OcopDbContext db, TimeProvider clock)
{
    private const decimal MaxCost = 1_000_000_000_000m;

    public async Task<List<SupportItem>> ListAsync(int? year, SupportKind? kind, UserScope scope, CancellationToken ct, int? policyId = null)
    {
        var records = Visible(scope);
        if (policyId is { } policy)
        {
            records = records.Where(r => r.PolicyId == policy);
        }

        if (year is { } y)
        {
            var (from, to) = (new DateOnly(y, 1, 1), new DateOnly(y, 12, 31));
            records = records.Where(r => r.StartsOn >= from && r.StartsOn <= to);
        }

        if (kind is { } k)
        {
            records = records.Where(r => r.Kind == k);
        }

        return [.. (await Project(records).ToListAsync(ct)).OrderByDescending(r => r.StartsOn).ThenBy(r => r.ProducerName, StringComparer.CurrentCulture)];
    }

    public async Task<SupportItem?> GetAsync(int id, UserScope scope, CancellationToken ct) =>
        (await Project(Visible(scope).Where(r => r.Id == id)).ToListAsync(ct)).SingleOrDefault();

    public async Task<ServiceResult<int>> SaveAsync(int? id, SupportInput input, UserScope scope, CancellationToken ct)
    {
        if (!scope.IsOfficer)
        {
            return ServiceResult<int>.NotFound();
        }

        SupportRecord? record = null;
        if (id is not null)
        {
            record = await Visible(scope).SingleOrDefaultAsync(r => r.Id == id, ct);
            if (record is null)
            {
                return ServiceResult<int>.NotFound();
            }

            if (input.Version != record.Version)
            {
                return ServiceResult<int>.Conflict();
            }
        }

        var errors = await CheckAsync(input, scope, ct);
        if (errors.Any)
        {
            return ServiceResult<int>.Invalid(errors.ToDictionary());
        }

        record ??= db.SupportRecords.Add(new SupportRecord { Provider = string.Empty }).Entity;
        record.ProducerId = input.ProducerId!.Value;
        record.ProductId = input.ProductId;
        record.Kind = input.Kind!.Value;
        record.Provider = input.Provider!.Trim();
        record.StartsOn = input.StartsOn!.Value;
        record.EndsOn = input.EndsOn;
        record.Cost = input.Cost!.Value;
        record.Funding = input.Funding!.Value;
        record.Status = input.Status!.Value;
        record.Outcome = TextRules.Clean(input.Outcome);
        record.PolicyId = input.PolicyId;
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            return ServiceResult<int>.Conflict();
        }

        return ServiceResult<int>.Ok(record.Id);
    }

    public async Task<SupportReport> ReportAsync(int year, UserScope scope, CancellationToken ct)
    {
        var (from, to) = (new DateOnly(year, 1, 1), new DateOnly(year, 12, 31));
        var rows = await Visible(scope).AsNoTracking().Where(r => r.StartsOn >= from && r.StartsOn <= to && r.Status != SupportStatus.Cancelled)
            .Select(r => new { r.ProducerId, r.ProductId, r.Kind, r.Cost, r.Funding, r.Status, r.StartsOn, Product = db.Products.Where(p => p.Id == r.ProductId).Select(p => p.Name).FirstOrDefault(), Producer = r.Producer!.Name })
            .ToListAsync(ct);
        var byKind = rows.GroupBy(r => r.Kind).OrderBy(g => g.Key)
            .Select(g => new KindLine(g.Key, g.Select(r => r.ProducerId).Distinct().Count(), g.Where(r => r.ProductId != null).Select(r => r.ProductId).Distinct().Count(), g.Count(), g.Sum(r => r.Cost)))
            .ToList();
        var byFunding = rows.GroupBy(r => r.Funding).OrderBy(g => g.Key).Select(g => new FundingLine(g.Key, g.Count(), g.Sum(r => r.Cost))).ToList();

        // Effect: each product whose support was completed, its stars on the day the earliest such support started and today.
        var completed = rows.Where(r => r.ProductId != null && r.Status == SupportStatus.Completed).GroupBy(r => r.ProductId!.Value).ToList();
        var ids = completed.Select(g => g.Key).ToList();
        var certificates = await db.Certificates.AsNoTracking().Where(c => ids.Contains(c.ProductId))
            .Select(c => new { c.ProductId, c.Stars, c.IssuedOn, c.ExpiresOn, c.RevokedOn }).ToListAsync(ct);
        var legacy = await db.Products.AsNoTracking().Where(p => ids.Contains(p.Id)).Select(p => new { p.Id, p.Stars, p.LegacyValidUntil }).ToDictionaryAsync(p => p.Id, ct);
        int? StarsOn(int productId, DateOnly day)
        {
            var valid = certificates.Where(c => c.ProductId == productId && c.IssuedOn <= day && day <= c.ExpiresOn && (c.RevokedOn is null || c.RevokedOn > day)).ToList();
            if (valid.Count > 0)
            {
                return valid.Max(c => c.Stars);
            }

            // A rating carried over from before the platform, confirmed until a day after this one.
            return legacy[productId] is { Stars: { } stars, LegacyValidUntil: { } until } && until >= day && !certificates.Any(c => c.ProductId == productId && c.IssuedOn <= day) ? stars : null;
        }

        var today = VietnamTime.Today(clock);
        var effect = completed
            .Select(g => new EffectLine(g.Key, g.First().Product!, g.First().Producer, string.Join(", ", g.Select(r => r.Kind).Distinct().Order()),
                StarsOn(g.Key, g.Min(r => r.StartsOn)), StarsOn(g.Key, today)))
            .OrderBy(e => e.ProducerName, StringComparer.CurrentCulture).ThenBy(e => e.ProductName, StringComparer.CurrentCulture)
            .ToList();
        return new SupportReport(year, rows.Select(r => r.ProducerId).Distinct().Count(), rows.Where(r => r.ProductId != null).Select(r => r.ProductId).Distinct().Count(),
            rows.Count, rows.Sum(r => r.Cost), byKind, byFunding, effect);
    }

    /// <summary>Records of the producers the caller sees (officers: their area; a producer: their own).</summary>
    private IQueryable<SupportRecord> Visible(UserScope scope)
    {
        var producers = db.Producers.VisibleTo(scope).Select(p => p.Id);
        return db.SupportRecords.Where(r => producers.Contains(r.ProducerId));
    }

    private async Task<ValidationErrors> CheckAsync(SupportInput input, UserScope scope, CancellationToken ct)
    {
        var errors = new ValidationErrors();
        var producer = input.ProducerId is { } producerId
            ? await db.Producers.VisibleTo(scope).Where(p => p.Id == producerId).Select(p => new { p.Id, p.ProvinceCode }).SingleOrDefaultAsync(ct)
            : null;
        if (producer is null)
        {
            errors.Add(nameof(input.ProducerId), "Validation.Support.Producer");
        }
        else if (input.ProductId is { } productId && !await db.Products.AnyAsync(p => p.Id == productId && p.ProducerId == producer.Id, ct))
        {
            errors.Add(nameof(input.ProductId), "Validation.Support.Product");
        }

        if (input.Kind is not { } kind || !Enum.IsDefined(kind))
        {
            errors.Add(nameof(input.Kind), "Validation.Support.Kind");
        }

        TextRules.RequireName(errors, nameof(input.Provider), input.Provider, 200);
        TextRules.MaxLength(errors, nameof(input.Outcome), input.Outcome, 500);
        if (input.StartsOn is null)
        {
            errors.Add(nameof(input.StartsOn), "Validation.Support.StartsOn");
        }
        else if (input.EndsOn < input.StartsOn)
        {
            errors.Add(nameof(input.EndsOn), "Validation.Support.EndsBeforeStart");
        }

        if (input.Cost is not { } cost || cost < 0 || cost > MaxCost || decimal.Round(cost) != cost)
        {
            errors.Add(nameof(input.Cost), "Validation.Support.Cost");
        }

        if (input.Funding is not { } funding || !Enum.IsDefined(funding))
        {
            errors.Add(nameof(input.Funding), "Validation.Support.Funding");
        }

        if (input.Status is not { } status || !Enum.IsDefined(status))
        {
            errors.Add(nameof(input.Status), "Validation.Support.Status");
        }
        else if (status == SupportStatus.Completed && input.EndsOn is null)
        {
            errors.Add(nameof(input.EndsOn), "Validation.Support.CompletedNeedsEnd");
        }

        if (input.PolicyId is { } policyId && (producer is null || !await db.SupportPolicies.AnyAsync(p => p.Id == policyId && p.ProvinceCode == producer.ProvinceCode, ct)))
        {
            errors.Add(nameof(input.PolicyId), "Validation.Support.Policy");
        }

        return errors;
    }

    private IQueryable<SupportItem> Project(IQueryable<SupportRecord> records) =>
        records.AsNoTracking().Select(r => new SupportItem(
            r.Id, r.ProducerId, r.Producer!.Name, r.ProductId, db.Products.Where(p => p.Id == r.ProductId).Select(p => p.Name).FirstOrDefault(), r.Kind, r.Provider,
            r.StartsOn, r.EndsOn, r.Cost, r.Funding, r.Status, r.Outcome, r.PolicyId,
            db.SupportPolicies.Where(p => p.Id == r.PolicyId).Select(p => p.Name).FirstOrDefault(), r.Version));
}
