using Microsoft.EntityFrameworkCore;
using Ocop.Web.Data;
using Ocop.Web.Features.Accounts;
using Ocop.Web.Infrastructure;

namespace Ocop.Web.Features.Support;

/// <summary>
/// The support policies of a province, with the records that used them. Province-level officers keep them;
/// every officer of the province reads them (to link a support record).
/// </summary>
public sealed class PolicyService(OcopDbContext db)
{
    private const decimal MaxBudget = 100_000_000_000_000m;

    public async Task<List<PolicyItem>> ListAsync(UserScope scope, CancellationToken ct) =>
        [.. (await ProjectAsync(ReadableBy(scope), ct)).OrderByDescending(p => p.ValidFrom).ThenBy(p => p.Name, StringComparer.CurrentCulture)];

    public async Task<PolicyItem?> GetAsync(int id, UserScope scope, CancellationToken ct) =>
        (await ProjectAsync(ReadableBy(scope).Where(p => p.Id == id), ct)).SingleOrDefault();

    public async Task<ServiceResult<int>> SaveAsync(int? id, PolicyInput input, UserScope scope, CancellationToken ct)
    {
        if (scope is not { IsOfficer: true, IsNational: false, CommuneCode: null, ProvinceCode: { } province })
        {
            return id is null ? ServiceResult<int>.Invalid("ProvinceCode", "Validation.Policy.NotProvince") : ServiceResult<int>.NotFound();
        }

        SupportPolicy? policy = null;
        if (id is not null)
        {
            policy = await db.SupportPolicies.SingleOrDefaultAsync(p => p.Id == id && p.ProvinceCode == province, ct);
            if (policy is null)
            {
                return ServiceResult<int>.NotFound();
            }

            if (input.Version != policy.Version)
            {
                return ServiceResult<int>.Conflict();
            }
        }

        var errors = new ValidationErrors();
        TextRules.RequireName(errors, nameof(input.Name), input.Name, 200);
        TextRules.MaxLength(errors, nameof(input.LegalBasis), input.LegalBasis, 200);
        TextRules.MaxLength(errors, nameof(input.Conditions), input.Conditions, 2000);
        if (input.Area is not { } area || !Enum.IsDefined(area))
        {
            errors.Add(nameof(input.Area), "Validation.Policy.Area");
        }

        if (input.Budget is { } budget && (budget < 0 || budget > MaxBudget || decimal.Round(budget) != budget))
        {
            errors.Add(nameof(input.Budget), "Validation.Policy.Budget");
        }

        if (input.ValidFrom is null)
        {
            errors.Add(nameof(input.ValidFrom), "Validation.Policy.ValidFrom");
        }
        else if (input.ValidTo < input.ValidFrom)
        {
            errors.Add(nameof(input.ValidTo), "Validation.Policy.EndsBeforeStart");
        }

        if (errors.Any)
        {
            return ServiceResult<int>.Invalid(errors.ToDictionary());
        }

        policy ??= db.SupportPolicies.Add(new SupportPolicy { ProvinceCode = province, Name = string.Empty }).Entity;
        policy.Name = input.Name!.Trim();
        policy.Area = input.Area!.Value;
        policy.LegalBasis = TextRules.Clean(input.LegalBasis);
        policy.Conditions = TextRules.Clean(input.Conditions);
        policy.Budget = input.Budget;
        policy.ValidFrom = input.ValidFrom!.Value;
        policy.ValidTo = input.ValidTo;
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            return ServiceResult<int>.Conflict();
        }

        return ServiceResult<int>.Ok(policy.Id);
    }

    private IQueryable<SupportPolicy> ReadableBy(UserScope scope) =>
        scope switch
        {
            { IsNational: true } => db.SupportPolicies,
            { IsOfficer: true, ProvinceCode: { } province } => db.SupportPolicies.Where(p => p.ProvinceCode == province),
            _ => db.SupportPolicies.Where(p => false),
        };

    /// <summary>The policies with their records' count and cost, summed here: SQLite cannot sum decimals in SQL.</summary>
    private async Task<List<PolicyItem>> ProjectAsync(IQueryable<SupportPolicy> policies, CancellationToken ct)
    {
        var list = await policies.AsNoTracking().ToListAsync(ct);
        var ids = list.Select(p => p.Id).ToList();
        var used = (await db.SupportRecords.AsNoTracking().Where(r => r.PolicyId != null && ids.Contains(r.PolicyId.Value) && r.Status != SupportStatus.Cancelled)
                .Select(r => new { PolicyId = r.PolicyId!.Value, r.Cost }).ToListAsync(ct))
            .GroupBy(r => r.PolicyId).ToDictionary(g => g.Key, g => (Count: g.Count(), Cost: g.Sum(r => r.Cost)));
        return [.. list.Select(p => new PolicyItem(
            p.Id, p.ProvinceCode, p.Name, p.Area, p.LegalBasis, p.Conditions, p.Budget, p.ValidFrom, p.ValidTo,
            used.GetValueOrDefault(p.Id).Count, used.GetValueOrDefault(p.Id).Cost, p.Version))];
    }
}
