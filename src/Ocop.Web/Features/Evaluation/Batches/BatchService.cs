using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Ocop.Web.Data;
using Ocop.Web.Features.Accounts;
using Ocop.Web.Features.Evaluation.Criteria;
using Ocop.Web.Features.Evaluation.Dossiers;
using Ocop.Web.Infrastructure;

namespace Ocop.Web.Features.Evaluation.Batches;

/// <summary>
/// Batches as the officers run them: the national administrator sees all, a province officer their
/// province's; commune officers take in dossiers but do not run batches. Outside scope is "not found".
/// </summary>
public sealed class BatchService(OcopDbContext db, CriteriaCatalog catalog, UserManager<OcopUser> users, TimeProvider clock)
{
    private const int MaxAdvisoryLength = 2000;
    private const int MaxRounds = 12;

    public IQueryable<EvaluationBatch> Visible(UserScope scope) =>
        scope.IsNational ? db.EvaluationBatches
        : scope.IsOfficer && scope.CommuneCode is null && scope.ProvinceCode is not null ? db.EvaluationBatches.Where(b => b.ProvinceCode == scope.ProvinceCode)
        : db.EvaluationBatches.Where(b => false);

    public async Task<IReadOnlyList<BatchListItem>> ListAsync(UserScope scope, CancellationToken ct)
    {
        var rows = await Visible(scope).AsNoTracking()
            .OrderByDescending(b => b.Year).ThenByDescending(b => b.StartsOn).ThenByDescending(b => b.Id)
            .Select(b => new
            {
                b.Id, b.Name, b.Year, b.Round, Province = db.Provinces.Where(p => p.Code == b.ProvinceCode).Select(p => p.Name).FirstOrDefault(),
                b.Level, b.RegimeCode, b.StepCode, b.Status, b.StartsOn, b.EndsOn, Products = b.Entries.Count, Seats = b.Council.Count,
            })
            .ToListAsync(ct);
        return [.. rows.Select(b => new BatchListItem(b.Id, b.Name, b.Year, b.Round, b.Province, b.Level, StepName(b.RegimeCode, b.StepCode), b.Status, b.StartsOn, b.EndsOn, b.Products, b.Seats))];
    }

    public async Task<BatchDetails?> GetAsync(int id, UserScope scope, CancellationToken ct) =>
        await Visible(scope).AnyAsync(b => b.Id == id, ct) ? await DetailsAsync(id, ct) : null;

    /// <summary>Details without a scope check: callers have checked officer scope or council membership.</summary>
    internal async Task<BatchDetails> DetailsAsync(int id, CancellationToken ct)
    {
        var b = await db.EvaluationBatches.AsNoTracking()
            .Include(x => x.Council).ThenInclude(s => s.User)
            .Include(x => x.Entries).ThenInclude(e => e.Sheets)
            .Include(x => x.Entries).ThenInclude(e => e.Dossier!).ThenInclude(d => d.Product!).ThenInclude(p => p.Producer)
            .Include(x => x.Entries).ThenInclude(e => e.Dossier!).ThenInclude(d => d.ProductSet)
            .AsSplitQuery()
            .SingleAsync(x => x.Id == id, ct);
        var province = b.ProvinceCode is null ? null : await db.Provinces.Where(p => p.Code == b.ProvinceCode).Select(p => p.Name).FirstOrDefaultAsync(ct);
        var regime = catalog.Regime(b.RegimeCode);
        var emails = b.Council.ToDictionary(s => s.UserId, s => s.User!.Email ?? s.UserId);
        var closed = b.Status == BatchStatus.Closed;
        var step = regime?.Steps.FirstOrDefault(s => s.Code == b.StepCode);
        return new BatchDetails(
            b.Id, b.Name, b.Year, b.ProvinceCode, province, b.Level, b.RegimeCode, regime?.ReaderName ?? b.RegimeCode, b.StepCode, StepName(b.RegimeCode, b.StepCode),
            b.CriteriaVersionCode, b.StartsOn, b.EndsOn, b.Status, b.AdvisoryTeam, b.ClosedAt, b.ClosedBy, b.Version,
            [.. b.Council.OrderBy(s => s.Role).ThenBy(s => s.User!.Email).Select(s => new SeatItem(s.Id, s.UserId, s.User!.Email ?? "", s.User.DisplayName, s.Role, s.Body, step?.Council?.Body(s.Body)?.Name))],
            [.. b.Entries.OrderBy(e => e.Dossier!.Product!.Name).Select(e => new EntryItem(
                e.Id, e.DossierId, e.Dossier!.ProductId, e.Dossier.Product!.Name, e.Dossier.Product.Producer!.Name, e.Dossier.ProductSet!.Name, e.Dossier.Kind,
                e.Sheets.Count(s => s.Status == SheetStatus.Submitted), e.Average, e.Spread, e.NeedsDiscussion, e.StarsByPoints, e.Stars,
                e.HeldBackBy?.Split(',') ?? [], e.IsCertifiable, e.IsNationalCandidate,
                closed ? [.. e.Sheets.Where(s => s.Status == SheetStatus.Submitted).OrderBy(s => emails.GetValueOrDefault(s.MemberUserId)).Select(s => new MemberTotal(emails.GetValueOrDefault(s.MemberUserId) ?? "", s.Total))] : [],
                e.KnockedOutBy?.Split(',') ?? [], e.SpreadTooWide, e.KnockOutVoteSplit, e.DiscussionNote))],
            step?.CertifiesStars ?? [], b.Round, CouncilCompositionCheck.Of(step?.Council, b.Council), step?.ReEvaluation);
    }

    /// <summary>The regimes a batch of the caller's level can be opened under today, the one new dossiers follow first.</summary>
    public IReadOnlyList<WorkflowRegime> RegimesForNewBatches(UserScope scope)
    {
        var level = scope.IsNational ? GovernmentLevel.National : GovernmentLevel.Province;
        var today = VietnamTime.Today(clock);
        return [.. catalog.Manifest.Regimes.Where(r => r.OpenForBatchesOn(today) && r.CouncilAt(level) is not null)
            .OrderByDescending(r => r.TakesDossiersFiledOn(today))];
    }

    public async Task<ServiceResult<int>> CreateAsync(BatchInput input, UserScope scope, CancellationToken ct)
    {
        if (!scope.IsNational && (!scope.IsOfficer || scope.CommuneCode is not null || scope.ProvinceCode is null))
        {
            return ServiceResult<int>.NotFound();
        }

        var level = scope.IsNational ? GovernmentLevel.National : GovernmentLevel.Province;
        var today = VietnamTime.Today(clock);
        // A batch takes the dossiers of one regime: the one named, or the one new dossiers follow today.
        var regime = string.IsNullOrWhiteSpace(input.RegimeCode) ? catalog.RegimeForDossiersFiledOn(today) : catalog.Regime(input.RegimeCode.Trim());
        var errors = new ValidationErrors();
        if (string.IsNullOrWhiteSpace(input.Name) || input.Name.Trim().Length > 200)
        {
            errors.Add("Name", "Validation.Batch.Name");
        }

        if (input.Year is < 2018 or > 2100)
        {
            errors.Add("Year", "Validation.Batch.Year");
        }

        if (input.EndsOn < input.StartsOn)
        {
            errors.Add("EndsOn", "Validation.Batch.Dates");
        }

        if (input.Round is < 1 or > MaxRounds)
        {
            errors.Add("Round", "Validation.Batch.Round");
        }

        if (input.AdvisoryTeam?.Length > MaxAdvisoryLength)
        {
            errors.Add("AdvisoryTeam", "Validation.Batch.AdvisoryTooLong");
        }

        if (regime is null || regime.CouncilAt(level) is null)
        {
            errors.Add("RegimeCode", "Validation.Batch.NoRegime");
        }
        else if (!regime.OpenForBatchesOn(today))
        {
            errors.Add("RegimeCode", regime.FinishBy is null ? "Validation.Batch.NoRegime"
                : MessageKey.With("Validation.Batch.RegimeEnded", regime.ReaderName, DossierTimeline.Format(regime.FinishBy.ByKind.Values.Max()), regime.FinishBy.Basis));
        }

        if (errors.Any)
        {
            return ServiceResult<int>.Invalid(errors.ToDictionary());
        }

        var batch = new EvaluationBatch
        {
            Name = input.Name!.Trim(), Year = input.Year, Round = input.Round ?? (input.StartsOn.Month <= 6 ? 1 : 2), ProvinceCode = scope.IsNational ? null : scope.ProvinceCode, Level = level,
            RegimeCode = regime!.Code, StepCode = regime.CouncilAt(level)!.Code, CriteriaVersionCode = regime.CriteriaVersion,
            StartsOn = input.StartsOn, EndsOn = input.EndsOn, Status = BatchStatus.Open,
            AdvisoryTeam = string.IsNullOrWhiteSpace(input.AdvisoryTeam) ? null : input.AdvisoryTeam.Trim(),
        };
        db.EvaluationBatches.Add(batch);
        await db.SaveChangesAsync(ct);
        return ServiceResult<int>.Ok(batch.Id);
    }

    /// <summary>Seats a council-member account of the batch's province. One chair and one secretary at most.</summary>
    public async Task<ServiceResult<int>> AddSeatAsync(int id, SeatInput input, UserScope scope, CancellationToken ct)
    {
        var batch = await Visible(scope).Include(b => b.Council).SingleOrDefaultAsync(b => b.Id == id, ct);
        if (batch is null)
        {
            return ServiceResult<int>.NotFound();
        }

        if (batch.Status != BatchStatus.Open)
        {
            return ServiceResult<int>.Invalid("", "Validation.Batch.Closed");
        }

        var user = string.IsNullOrWhiteSpace(input.Email) ? null : await users.FindByEmailAsync(input.Email.Trim());
        if (user is null || !await users.IsInRoleAsync(user, Roles.CouncilMember))
        {
            return ServiceResult<int>.Invalid("Email", "Validation.Batch.NotCouncilMember");
        }

        if (batch.ProvinceCode is not null && user.ProvinceCode != batch.ProvinceCode)
        {
            return ServiceResult<int>.Invalid("Email", "Validation.Batch.OtherProvince");
        }

        if (batch.Council.Any(s => s.UserId == user.Id))
        {
            return ServiceResult<int>.Invalid("Email", "Validation.Batch.AlreadySeated");
        }

        if (input.Role is CouncilRole.Chair or CouncilRole.Secretary && batch.Council.Any(s => s.Role == input.Role))
        {
            return ServiceResult<int>.Invalid("Role", $"Validation.Batch.One{input.Role}");
        }

        // A seat that names no body takes the one on the member's account.
        if (string.IsNullOrWhiteSpace(input.Body) && user.CouncilBody is { } accountBody)
        {
            input = input with { Body = accountBody };
        }

        // Under rules, each seat says which body it represents, and only a body that may chair gives the chair.
        var rules = catalog.Regime(batch.RegimeCode)?.Steps.FirstOrDefault(s => s.Code == batch.StepCode)?.Council;
        if (rules is not null && CouncilCompositionCheck.SeatProblem(rules, input) is { } problem)
        {
            return ServiceResult<int>.Invalid(problem.Field, problem.Message);
        }

        var seat = new CouncilSeat { BatchId = id, UserId = user.Id, Role = input.Role, Body = rules is null ? null : input.Body!.Trim() };
        batch.Council.Add(seat);
        await db.SaveChangesAsync(ct);
        return ServiceResult<int>.Ok(seat.Id);
    }

    public async Task<ServiceResult<int>> RemoveSeatAsync(int id, int seatId, UserScope scope, CancellationToken ct)
    {
        var batch = await Visible(scope).Include(b => b.Council).SingleOrDefaultAsync(b => b.Id == id, ct);
        var seat = batch?.Council.SingleOrDefault(s => s.Id == seatId);
        if (batch is null || seat is null)
        {
            return ServiceResult<int>.NotFound();
        }

        if (batch.Status != BatchStatus.Open)
        {
            return ServiceResult<int>.Invalid("", "Validation.Batch.Closed");
        }

        if (await db.ScoreSheets.AnyAsync(s => s.MemberUserId == seat.UserId && db.BatchEntries.Any(e => e.Id == s.EntryId && e.BatchId == id), ct))
        {
            return ServiceResult<int>.Invalid("", "Validation.Batch.SeatHasSheets");
        }

        db.CouncilSeats.Remove(seat);
        await db.SaveChangesAsync(ct);
        return ServiceResult<int>.Ok(seatId);
    }

    /// <summary>Accepted dossiers of the batch's province and criteria version that are in no open batch.</summary>
    public async Task<IReadOnlyList<AssignableDossier>> AssignableAsync(int id, UserScope scope, CancellationToken ct)
    {
        var batch = await Visible(scope).AsNoTracking().SingleOrDefaultAsync(b => b.Id == id, ct);
        return batch is null ? [] : await Assignable(batch)
            .OrderBy(d => d.Product!.Name)
            .Select(d => new AssignableDossier(d.Id, d.Product!.Name, d.Product.Producer!.Name, d.Kind, d.SelfAssessmentTotal))
            .ToListAsync(ct);
    }

    public async Task<ServiceResult<int>> AssignAsync(int id, AssignInput input, UserScope scope, CancellationToken ct)
    {
        var batch = await Visible(scope).SingleOrDefaultAsync(b => b.Id == id, ct);
        if (batch is null)
        {
            return ServiceResult<int>.NotFound();
        }

        if (batch.Status != BatchStatus.Open)
        {
            return ServiceResult<int>.Invalid("", "Validation.Batch.Closed");
        }

        var regime = catalog.Regime(batch.RegimeCode);
        var kind = await db.Dossiers.Where(d => d.Id == input.DossierId && d.RegimeCode == batch.RegimeCode).Select(d => (DossierKind?)d.Kind).FirstOrDefaultAsync(ct);
        if (regime is not null && kind is not null && DossierTimeline.PastDeadline(regime, kind.Value, VietnamTime.Today(clock)) is { } late)
        {
            return ServiceResult<int>.Invalid("DossierId", late);
        }

        if (!await Assignable(batch).AnyAsync(d => d.Id == input.DossierId, ct))
        {
            return ServiceResult<int>.Invalid("DossierId", "Validation.Batch.NotAssignable");
        }

        var entry = new BatchEntry { BatchId = id, DossierId = input.DossierId };
        db.BatchEntries.Add(entry);
        await db.SaveChangesAsync(ct);
        return ServiceResult<int>.Ok(entry.Id);
    }

    public async Task<ServiceResult<int>> UnassignAsync(int id, int entryId, UserScope scope, CancellationToken ct)
    {
        var batch = await Visible(scope).SingleOrDefaultAsync(b => b.Id == id, ct);
        var entry = await db.BatchEntries.Include(e => e.Sheets).SingleOrDefaultAsync(e => e.Id == entryId && e.BatchId == id, ct);
        if (batch is null || entry is null)
        {
            return ServiceResult<int>.NotFound();
        }

        if (batch.Status != BatchStatus.Open || entry.Sheets.Count > 0)
        {
            return ServiceResult<int>.Invalid("", "Validation.Batch.EntryHasSheets");
        }

        db.BatchEntries.Remove(entry);
        await db.SaveChangesAsync(ct);
        return ServiceResult<int>.Ok(entryId);
    }

    /// <summary>
    /// What a batch can take (dossiers of its regime only): at the regime's first council, accepted dossiers of its province; at a
    /// later council (the national step), dossiers the council before it forwarded and nobody at this step has taken.
    /// </summary>
    private IQueryable<Dossier> Assignable(EvaluationBatch batch)
    {
        var candidates = db.Dossiers.Where(d => d.RegimeCode == batch.RegimeCode
            && (batch.ProvinceCode == null || d.Product!.Producer!.ProvinceCode == batch.ProvinceCode)
            && !db.BatchEntries.Any(e => e.DossierId == d.Id && e.Batch!.Status == BatchStatus.Open));
        if (catalog.Regime(batch.RegimeCode)?.CouncilBefore(batch.StepCode) is not { } previous)
        {
            return candidates.Where(d => d.Status == DossierStatus.Accepted);
        }

        return candidates.Where(d => d.Status == DossierStatus.Scored && d.RegimeCode == batch.RegimeCode
            && db.BatchEntries.Any(e => e.DossierId == d.Id && e.IsNationalCandidate && e.Batch!.Status == BatchStatus.Closed
                && e.Batch.RegimeCode == batch.RegimeCode && e.Batch.StepCode == previous.Code)
            && !db.BatchEntries.Any(e => e.DossierId == d.Id && e.Batch!.RegimeCode == batch.RegimeCode && e.Batch.StepCode == batch.StepCode));
    }

    private string StepName(string regimeCode, string stepCode) =>
        catalog.Regime(regimeCode)?.Steps.FirstOrDefault(s => s.Code == stepCode)?.ReaderName ?? stepCode;
}
