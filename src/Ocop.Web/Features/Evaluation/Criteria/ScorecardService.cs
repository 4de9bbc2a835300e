using Microsoft.EntityFrameworkCore;
using Ocop.Web.Data;
using Ocop.Web.Infrastructure;

namespace Ocop.Web.Features.Evaluation.Criteria;

public sealed record ScorecardSummary(
    int ProductSetId, string SetCode, string SetName, string GroupName, string CriteriaVersion,
    bool HasScorecard, bool IsComplete, bool IsVerified, int ProblemCount);

public sealed record ScorecardDetails(
    int ProductSetId, string SetCode, string SetName, string GroupName, string CriteriaVersion, string Decision,
    bool IsComplete, IReadOnlyList<string> Problems, IReadOnlyList<string> SourceNotes, string? SourceUrl,
    DateTime? VerifiedAt, string? VerifiedBy, int Version, VersionRules Rules, ScorecardDefinition Definition);

/// <summary>
/// Reading, verifying and replacing product sets' scorecards. Scorecards are national data: every
/// officer reads them; only the national administrator confirms or replaces them (the endpoints
/// and pages say so).
/// </summary>
public sealed class ScorecardService(OcopDbContext db, ICurrentUser currentUser, TimeProvider clock)
{
    public async Task<IReadOnlyList<ScorecardSummary>> ListAsync(string? criteriaVersion, CancellationToken ct)
    {
        var rows = await (
            from s in db.ProductSets.AsNoTracking()
            join v in db.CriteriaVersions on s.CriteriaVersionCode equals v.Code
            join c in db.Scorecards on s.Id equals c.ProductSetId into cards
            from c in cards.DefaultIfEmpty()
            where criteriaVersion == null || s.CriteriaVersionCode == criteriaVersion
            orderby v.SortOrder, s.SortOrder
            select new { s.Id, s.Code, s.Name, Group = s.Group!.Name, Version = v.Code, Card = c == null ? null : new { c.IsComplete, c.VerifiedAt, c.Problems } })
            .ToListAsync(ct);
        return [.. rows.Select(r => new ScorecardSummary(
            r.Id, r.Code, r.Name, r.Group, r.Version, r.Card is not null, r.Card?.IsComplete ?? false, r.Card?.VerifiedAt is not null,
            r.Card?.Problems?.Split('\n').Length ?? 0))];
    }

    public async Task<ScorecardDetails?> GetAsync(int productSetId, CancellationToken ct)
    {
        var row = await (
            from c in db.Scorecards.AsNoTracking()
            join v in db.CriteriaVersions on c.ProductSet!.CriteriaVersionCode equals v.Code
            where c.ProductSetId == productSetId
            select new { Card = c, Set = c.ProductSet!, Group = c.ProductSet!.Group!.Name, Version = v })
            .SingleOrDefaultAsync(ct);
        return row is null ? null : new ScorecardDetails(
            row.Set.Id, row.Set.Code, row.Set.Name, row.Group, row.Version.Code, row.Version.Decision,
            row.Card.IsComplete, row.Card.ProblemList(), row.Card.SourceNoteList(), row.Card.SourceUrl,
            row.Card.VerifiedAt, row.Card.VerifiedBy, row.Card.Version, row.Version.Rules(), row.Card.Definition());
    }

    /// <summary>An officer has compared the sheet with the official annex. Only a complete sheet can be confirmed.</summary>
    public async Task<ServiceResult<int>> VerifyAsync(int productSetId, int expectedVersion, CancellationToken ct)
    {
        var card = await db.Scorecards.SingleOrDefaultAsync(c => c.ProductSetId == productSetId, ct);
        if (card is null)
        {
            return ServiceResult<int>.NotFound();
        }

        if (card.Version != expectedVersion)
        {
            return ServiceResult<int>.Conflict();
        }

        if (!card.IsComplete)
        {
            return ServiceResult<int>.Invalid("", "Validation.Scorecard.VerifyIncomplete");
        }

        card.VerifiedAt = clock.GetUtcNow().UtcDateTime;
        card.VerifiedBy = currentUser.Name;
        return await SaveAsync(card, ct);
    }

    /// <summary>
    /// Replaces the sheet with a corrected one (from Excel). Refused, with every problem listed, unless
    /// the new sheet holds under the version's rules; a replaced sheet must be confirmed again.
    /// </summary>
    public async Task<ServiceResult<int>> ReplaceAsync(int productSetId, ScorecardDefinition definition, int expectedVersion, CancellationToken ct)
    {
        var card = await db.Scorecards.Include(c => c.ProductSet).SingleOrDefaultAsync(c => c.ProductSetId == productSetId, ct);
        if (card is null)
        {
            return ServiceResult<int>.NotFound();
        }

        if (card.Version != expectedVersion)
        {
            return ServiceResult<int>.Conflict();
        }

        var rules = (await db.CriteriaVersions.SingleAsync(v => v.Code == card.ProductSet!.CriteriaVersionCode, ct)).Rules();
        var problems = ScorecardValidator.Problems(definition, rules);
        if (problems.Count > 0)
        {
            return ServiceResult<int>.Invalid(new Dictionary<string, string[]> { [""] = [.. problems] });
        }

        card.SetDefinition(definition, rules);
        return await SaveAsync(card, ct);
    }

    private async Task<ServiceResult<int>> SaveAsync(Scorecard card, CancellationToken ct)
    {
        try
        {
            await db.SaveChangesAsync(ct);
            return ServiceResult<int>.Ok(card.Version);
        }
        catch (DbUpdateConcurrencyException)
        {
            return ServiceResult<int>.Conflict();
        }
    }
}
