using System.Globalization;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Ocop.Web.Data;
using Ocop.Web.Features.Evaluation.Criteria;
using Ocop.Web.Features.Evaluation.Dossiers;
using Ocop.Web.Infrastructure;

namespace Ocop.Web.Features.Evaluation.Batches;

/// <summary>
/// The council's side: a member sees only the batches they sit on, the products assigned there
/// and their own sheets; the secretary also sees who has submitted, reopens a sheet with a reason
/// and closes the round, which computes the results.
/// </summary>
public sealed class CouncilService(OcopDbContext db, BatchService batches, CriteriaCatalog catalog, TimeProvider clock, ICurrentUser currentUser)
{
    public async Task<IReadOnlyList<MemberBatch>> MyBatchesAsync(string userId, CancellationToken ct)
    {
        var seats = await db.CouncilSeats.AsNoTracking().Where(s => s.UserId == userId).ToListAsync(ct);
        var ids = seats.Select(s => s.BatchId).ToList();
        var list = await db.EvaluationBatches.AsNoTracking().Where(b => ids.Contains(b.Id))
            .Include(b => b.Entries).ThenInclude(e => e.Sheets.Where(s => s.MemberUserId == userId))
            .Include(b => b.Entries).ThenInclude(e => e.Dossier!).ThenInclude(d => d.Product!).ThenInclude(p => p.Producer)
            .AsSplitQuery()
            .OrderByDescending(b => b.StartsOn).ToListAsync(ct);
        return [.. list.Select(b => new MemberBatch(
            b.Id, b.Name, b.Year, b.Status, seats.Single(s => s.BatchId == b.Id).Role, b.StartsOn, b.EndsOn,
            [.. b.Entries.OrderBy(e => e.Dossier!.Product!.Name).Select(e => new MemberBatchEntry(
                e.Id, e.Dossier!.Product!.Name, e.Dossier.Product.Producer!.Name,
                e.Sheets.FirstOrDefault()?.Status, e.Sheets.FirstOrDefault()?.Total))]))];
    }

    /// <summary>The product and the member's own sheet, or null when the member does not sit on its batch.</summary>
    public async Task<MemberEntry?> EntryAsync(int entryId, string userId, CancellationToken ct)
    {
        var entry = await db.BatchEntries.AsNoTracking()
            .Include(e => e.Batch!).ThenInclude(b => b.Council)
            .Include(e => e.Dossier!).ThenInclude(d => d.Product!).ThenInclude(p => p.Producer)
            .Include(e => e.Dossier!).ThenInclude(d => d.ProductSet)
            .AsSplitQuery()
            .SingleOrDefaultAsync(e => e.Id == entryId && e.Batch!.Council.Any(s => s.UserId == userId), ct);
        if (entry is null)
        {
            return null;
        }

        var card = await db.Scorecards.AsNoTracking().SingleAsync(c => c.ProductSetId == entry.Dossier!.ProductSetId, ct);
        var rules = (await db.CriteriaVersions.AsNoTracking().SingleAsync(v => v.Code == entry.Batch!.CriteriaVersionCode, ct)).Rules();
        var sheet = await db.ScoreSheets.AsNoTracking().SingleOrDefaultAsync(s => s.EntryId == entryId && s.MemberUserId == userId, ct);
        return new MemberEntry(
            entry.Id, entry.BatchId, entry.Batch!.Name, entry.Batch.Status, entry.Batch.Council.Single(s => s.UserId == userId).Role,
            entry.Dossier!.Product!.Name, entry.Dossier.Product.Producer!.Name, entry.Dossier.ProductSet!.Name,
            card.Definition(), rules,
            sheet is null ? null : new MySheet(sheet.Id, Answers(sheet), sheet.Total, sheet.Status, sheet.SubmittedAt, sheet.ReopenReason, sheet.Version, KnockOuts(sheet)));
    }

    /// <summary>
    /// Saves the member's sheet as a draft, or submits it (every criterion answered). A submitted
    /// sheet is final until the secretary reopens it.
    /// </summary>
    public async Task<ServiceResult<int>> SaveSheetAsync(int entryId, string userId, SheetInput input, CancellationToken ct)
    {
        var member = await EntryAsync(entryId, userId, ct);
        if (member is null)
        {
            return ServiceResult<int>.NotFound();
        }

        if (member.BatchStatus != BatchStatus.Open)
        {
            return ServiceResult<int>.Invalid("", "Validation.Sheet.RoundClosed");
        }

        var sheet = await db.ScoreSheets.SingleOrDefaultAsync(s => s.EntryId == entryId && s.MemberUserId == userId, ct);
        if (sheet?.Status == SheetStatus.Submitted)
        {
            return ServiceResult<int>.Invalid("", "Validation.Sheet.AlreadySubmitted");
        }

        if (sheet is not null && input.Version != sheet.Version)
        {
            return ServiceResult<int>.Conflict();
        }

        var knockOutRules = member.Definition.KnockOutCodes();
        var problems = ScoreCalculator.Check(member.Definition, member.Rules, input.Answers, complete: input.Submit)
            .Concat((input.KnockOuts ?? []).Where(code => !knockOutRules.Contains(code))
                .Select(code => new AnswerProblem("KnockOuts", $"Tiêu chí {code} không có điều kiện loại nên không áp dụng loại được.")))
            .ToList();
        if (problems.Count > 0)
        {
            return ServiceResult<int>.Invalid(problems.GroupBy(p => p.CriterionCode ?? "").ToDictionary(g => g.Key, g => g.Select(p => p.Message).ToArray()));
        }

        if (sheet is null)
        {
            sheet = new ScoreSheet { EntryId = entryId, MemberUserId = userId, AnswersJson = "{}" };
            db.ScoreSheets.Add(sheet);
        }

        sheet.AnswersJson = JsonSerializer.Serialize(input.Answers);
        sheet.KnockOutsJson = input.KnockOuts is { Count: > 0 } applied ? JsonSerializer.Serialize(applied.Distinct().Order(StringComparer.Ordinal)) : null;
        sheet.Total = ScoreCalculator.Total(member.Definition, input.Answers).Total;
        if (input.Submit)
        {
            sheet.Status = SheetStatus.Submitted;
            sheet.SubmittedAt = clock.GetUtcNow().UtcDateTime;
            sheet.ReopenReason = null;
        }

        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            return ServiceResult<int>.Conflict();
        }
        catch (DbUpdateException) when (db.Entry(sheet).State == EntityState.Added)
        {
            // The same member saved this sheet twice at once: the unique index kept one.
            return ServiceResult<int>.Conflict();
        }

        return ServiceResult<int>.Ok(sheet.Version);
    }

    /// <summary>Every member's sheet state per product, for the secretary; null for anyone else.</summary>
    public async Task<IReadOnlyList<SheetProgress>?> ProgressAsync(int batchId, string userId, CancellationToken ct)
    {
        if (!await IsSecretaryAsync(batchId, userId, ct))
        {
            return null;
        }

        var details = await batches.DetailsAsync(batchId, ct);
        var sheets = await db.ScoreSheets.AsNoTracking().Where(s => db.BatchEntries.Any(e => e.Id == s.EntryId && e.BatchId == batchId)).ToListAsync(ct);
        var limit = (await db.CriteriaVersions.AsNoTracking().SingleAsync(v => v.Code == details.CriteriaVersion, ct)).Rules().DiscussionSpreadPoints;
        return [.. details.Entries.Select(e =>
        {
            var members = details.Council.Select(seat =>
            {
                var sheet = sheets.SingleOrDefault(s => s.EntryId == e.Id && s.MemberUserId == seat.UserId);
                return new MemberSheetState(seat.UserId, seat.Email, sheet?.Id, sheet?.Status, sheet?.Status == SheetStatus.Submitted ? sheet.Total : null);
            }).ToList();
            var totals = members.Where(m => m.Total is not null).Select(m => m.Total!.Value).ToList();
            int? spread = totals.Count > 1 ? totals.Max() - totals.Min() : null;
            return new SheetProgress(e.Id, e.ProductName, members, spread, spread > limit, e.DiscussionNote,
                e.Kind == Dossiers.DossierKind.ReEvaluation && details.ReEvaluation?.WrittenOpinions == true);
        })];
    }

    /// <summary>The secretary sends a submitted sheet back to its member, saying why.</summary>
    public async Task<ServiceResult<int>> ReopenAsync(int batchId, int sheetId, string userId, ReopenInput input, CancellationToken ct)
    {
        if (!await IsSecretaryAsync(batchId, userId, ct))
        {
            return ServiceResult<int>.NotFound();
        }

        var sheet = await db.ScoreSheets.SingleOrDefaultAsync(s => s.Id == sheetId && db.BatchEntries.Any(e => e.Id == s.EntryId && e.BatchId == batchId), ct);
        if (sheet is null)
        {
            return ServiceResult<int>.NotFound();
        }

        if (await db.EvaluationBatches.AnyAsync(b => b.Id == batchId && b.Status != BatchStatus.Open, ct))
        {
            return ServiceResult<int>.Invalid("", "Validation.Sheet.RoundClosed");
        }

        if (string.IsNullOrWhiteSpace(input.Reason) || input.Reason.Trim().Length > 1000)
        {
            return ServiceResult<int>.Invalid("Reason", "Validation.Sheet.ReopenReason");
        }

        if (sheet.Status != SheetStatus.Submitted)
        {
            return ServiceResult<int>.Invalid("", "Validation.Sheet.NotSubmitted");
        }

        sheet.Status = SheetStatus.Draft;
        sheet.SubmittedAt = null;
        sheet.ReopenReason = input.Reason.Trim();
        await db.SaveChangesAsync(ct);
        return ServiceResult<int>.Ok(sheet.Version);
    }

    /// <summary>
    /// Closes the round: refused while the council is not composed as its rules say or too few members scored a product
    /// (under the older regimes: while any member has not submitted); otherwise each product gets its average, spread, star class and flags, and its dossier
    /// becomes "scored".
    /// </summary>
    public async Task<ServiceResult<int>> CloseAsync(int batchId, string userId, CancellationToken ct)
    {
        if (!await IsSecretaryAsync(batchId, userId, ct))
        {
            return ServiceResult<int>.NotFound();
        }

        var batch = await db.EvaluationBatches
            .Include(b => b.Council).ThenInclude(s => s.User)
            .Include(b => b.Entries).ThenInclude(e => e.Sheets)
            .Include(b => b.Entries).ThenInclude(e => e.Dossier!).ThenInclude(d => d.Product)
            .AsSplitQuery()
            .SingleAsync(b => b.Id == batchId, ct);
        if (batch.Status != BatchStatus.Open)
        {
            return ServiceResult<int>.Invalid("", "Validation.Sheet.RoundClosed");
        }

        if (batch.Entries.Count == 0)
        {
            return ServiceResult<int>.Invalid("", "Validation.Batch.NoProducts");
        }

        // Under composition rules the council concludes when properly composed and a quorum scored each product (absent
        // members' drafts do not count); under the older regimes, every seat scores every product.
        var regime = catalog.Regime(batch.RegimeCode);
        var councilRules = regime?.Steps.FirstOrDefault(s => s.Code == batch.StepCode)?.Council;
        var refused = councilRules is null ? MissingSheets(batch)
            : [.. CouncilCompositionCheck.Problems(CouncilCompositionCheck.Of(councilRules, batch.Council)!), .. CouncilCompositionCheck.QuorumProblems(councilRules, batch)];
        if (refused.Count > 0)
        {
            return ServiceResult<int>.Invalid(new Dictionary<string, string[]> { [""] = [.. refused] });
        }

        var rules = (await db.CriteriaVersions.SingleAsync(v => v.Code == batch.CriteriaVersionCode, ct)).Rules();
        // A step forwards its top products only if the regime says so and has a council after it.
        var forwardsFrom = regime?.CouncilAfter(batch.StepCode) is null ? null : regime.Steps.FirstOrDefault(s => s.Code == batch.StepCode)?.ForwardsFromPoints;
        var seated = batch.Council.Select(s => s.UserId).ToHashSet();
        var results = new List<(BatchEntry Entry, CouncilResult Result)>();
        foreach (var entry in batch.Entries)
        {
            var card = await db.Scorecards.AsNoTracking().SingleAsync(c => c.ProductSetId == entry.Dossier!.ProductSetId, ct);
            var counted = entry.Sheets.Where(s => seated.Contains(s.MemberUserId) && s.Status == SheetStatus.Submitted).ToList();
            results.Add((entry, ScoreCalculator.Combine(card.Definition(), rules, [.. counted.Select(Answers)], [.. counted.Select(KnockOuts)])));
        }

        // Too far apart: the members re-score (the secretary reopens sheets) or the council's discussion is recorded first.
        var unresolved = results.Where(r => r.Result.SpreadTooWide && r.Entry.DiscussionNote is null)
            .Select(r => MessageKey.With("Validation.Batch.SpreadUnresolved", r.Entry.Dossier!.Product!.Name,
                r.Result.Spread.ToString(CultureInfo.InvariantCulture), rules.DiscussionSpreadPoints.ToString("0.##", CultureInfo.InvariantCulture)))
            .ToList();
        if (unresolved.Count > 0)
        {
            return ServiceResult<int>.Invalid(new Dictionary<string, string[]> { [""] = [.. unresolved] });
        }

        foreach (var (entry, result) in results)
        {
            entry.Average = result.Average;
            entry.Spread = result.Spread;
            entry.NeedsDiscussion = result.NeedsDiscussion;
            entry.SpreadTooWide = result.SpreadTooWide;
            entry.KnockOutVoteSplit = result.KnockOutVoteSplit;
            entry.StarsByPoints = result.StarsByPoints;
            entry.Stars = result.IsKnockedOut ? null : result.Stars;
            entry.KnockedOutBy = result.IsKnockedOut ? string.Join(',', result.KnockedOutBy) : null;
            entry.HeldBackBy = result.HeldBackBy.Count == 0 ? null : string.Join(',', result.HeldBackBy);
            entry.IsCertifiable = result.IsCertified;
            entry.IsNationalCandidate = result.IsNationalCandidate && forwardsFrom is { } from && result.Average >= from;
            var dossier = entry.Dossier!;
            dossier.Events.Add(new DossierEvent
            {
                FromStatus = dossier.Status, ToStatus = DossierStatus.Scored, At = clock.GetUtcNow().UtcDateTime, UserName = currentUser.Name,
                Comment = result.IsKnockedOut
                    ? $"{batch.Name}: bị loại theo tiêu chí {ScorecardDefinition.Describe(result.KnockedOutBy)}"
                    : $"{batch.Name}: {result.Average:0.00} điểm",
            });
            dossier.Status = DossierStatus.Scored;
        }

        batch.Status = BatchStatus.Closed;
        batch.ClosedAt = clock.GetUtcNow().UtcDateTime;
        batch.ClosedBy = currentUser.Name;
        await db.SaveChangesAsync(ct);
        return ServiceResult<int>.Ok(batch.Version);
    }

    private static List<string> MissingSheets(EvaluationBatch batch)
    {
        var missing = batch.Entries.SelectMany(e => batch.Council
                .Where(seat => !e.Sheets.Any(s => s.MemberUserId == seat.UserId && s.Status == SheetStatus.Submitted))
                .Select(seat => $"{e.Dossier!.Product!.Name}: {seat.User!.Email}"))
            .ToList();
        return missing.Count == 0 ? [] : ["Validation.Batch.MissingSheets", .. missing];
    }

    /// <summary>
    /// The secretary records what the council concluded on a product whose members scored too far apart (or clears it
    /// with an empty note), while the round is open.
    /// </summary>
    public async Task<ServiceResult<int>> RecordDiscussionAsync(int batchId, int entryId, string userId, DiscussionInput input, CancellationToken ct)
    {
        var entry = await db.BatchEntries.Include(e => e.Batch).SingleOrDefaultAsync(e => e.Id == entryId && e.BatchId == batchId, ct);
        if (entry is null || !await IsSecretaryAsync(batchId, userId, ct))
        {
            return ServiceResult<int>.NotFound();
        }

        if (entry.Batch!.Status != BatchStatus.Open)
        {
            return ServiceResult<int>.Invalid("", "Validation.Sheet.RoundClosed");
        }

        if (input.Note?.Trim().Length > 2000)
        {
            return ServiceResult<int>.Invalid("Note", "Validation.Batch.DiscussionTooLong");
        }

        entry.DiscussionNote = string.IsNullOrWhiteSpace(input.Note) ? null : input.Note.Trim();
        await db.SaveChangesAsync(ct);
        return ServiceResult<int>.Ok(entry.Id);
    }

    /// <summary>After the round is closed, every member of the council sees the results.</summary>
    public async Task<BatchDetails?> ResultsAsync(int batchId, string userId, CancellationToken ct) =>
        await db.CouncilSeats.AnyAsync(s => s.BatchId == batchId && s.UserId == userId, ct)
        && await db.EvaluationBatches.AnyAsync(b => b.Id == batchId && b.Status == BatchStatus.Closed, ct)
            ? await batches.DetailsAsync(batchId, ct)
            : null;

    private Task<bool> IsSecretaryAsync(int batchId, string userId, CancellationToken ct) =>
        db.CouncilSeats.AnyAsync(s => s.BatchId == batchId && s.UserId == userId && s.Role == CouncilRole.Secretary, ct);

    private static IReadOnlyList<string> KnockOuts(ScoreSheet sheet) =>
        sheet.KnockOutsJson is null ? [] : JsonSerializer.Deserialize<List<string>>(sheet.KnockOutsJson)!;

    private static Dictionary<string, int> Answers(ScoreSheet sheet) =>
        JsonSerializer.Deserialize<Dictionary<string, int>>(sheet.AnswersJson)!;
}
