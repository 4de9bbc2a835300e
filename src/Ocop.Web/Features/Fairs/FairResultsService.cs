using Microsoft.EntityFrameworkCore;
using Ocop.Web.Data;
using Ocop.Web.Features.Accounts;
using Ocop.Web.Infrastructure;

namespace Ocop.Web.Features.Fairs;

/// <summary>After the fair: the organiser records visitors and each exhibitor's sales and contracts, and reads the summary report.</summary>
public sealed class FairResultsService(OcopDbContext db, FairService fairs, BoothApplicationService applications, TimeProvider clock)
{
    private const decimal MaxAmount = 1_000_000_000_000m;

    /// <summary>The summary report of a fair the caller manages.</summary>
    public async Task<FairSummary?> SummaryAsync(int fairId, UserScope scope, CancellationToken ct) =>
        await fairs.PlanAsync(fairId, scope, ct) is { } plan ? FairSummary.Compute(plan, (await applications.ListAsync(fairId, scope, ct))!) : null;

    /// <summary>After the fair (from its last day): the visitors and each exhibitor's sales and contracts. All rows or none.</summary>
    public async Task<ServiceResult<int>> SaveResultsAsync(int fairId, ResultsInput input, UserScope scope, CancellationToken ct)
    {
        var fair = await fairs.ManagedBy(scope).SingleOrDefaultAsync(f => f.Id == fairId, ct);
        if (fair is null)
        {
            return ServiceResult<int>.NotFound();
        }

        var errors = new ValidationErrors();
        if (VietnamTime.Today(clock) < fair.EndsOn)
        {
            errors.Add("FairId", "Validation.Fair.ResultsBeforeEnd");
        }

        if (input.Visitors is < 0 or > 100_000_000)
        {
            errors.Add(nameof(input.Visitors), "Validation.Fair.Visitors");
        }

        var exhibitors = await db.BoothApplications.Where(a => a.FairId == fairId && a.Status == ApplicationStatus.Active && a.BoothsAllocated > 0).ToDictionaryAsync(a => a.Id, ct);
        var rows = input.Exhibitors ?? [];
        if (rows.Any(r => !exhibitors.ContainsKey(r.ApplicationId)) || rows.Select(r => r.ApplicationId).Distinct().Count() != rows.Count)
        {
            errors.Add(nameof(input.Exhibitors), "Validation.Fair.NotExhibitor");
        }

        if (rows.Any(r => (r.SalesAmount is { } s && !IsAmount(s)) || (r.ContractValue is { } v && !IsAmount(v))))
        {
            errors.Add(nameof(input.Exhibitors), "Validation.Fair.Amount");
        }

        if (rows.Any(r => r.ContractsSigned is < 0 or > 10_000))
        {
            errors.Add(nameof(input.Exhibitors), "Validation.Fair.Contracts");
        }

        if (rows.Any(r => r.ContractValue > 0 && r.ContractsSigned is null or 0))
        {
            errors.Add(nameof(input.Exhibitors), "Validation.Fair.ValueWithoutContracts");
        }

        if (errors.Any)
        {
            return ServiceResult<int>.Invalid(errors.ToDictionary());
        }

        fair.Visitors = input.Visitors;
        foreach (var row in rows)
        {
            var exhibitor = exhibitors[row.ApplicationId];
            exhibitor.SalesAmount = row.SalesAmount;
            exhibitor.ContractsSigned = row.ContractsSigned;
            exhibitor.ContractValue = row.ContractValue;
        }

        await db.SaveChangesAsync(ct);
        return ServiceResult<int>.Ok(fairId);
    }

    private static bool IsAmount(decimal value) => value >= 0 && value <= MaxAmount && decimal.Round(value) == value;
}
