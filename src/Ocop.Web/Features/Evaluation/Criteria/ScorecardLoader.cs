using Microsoft.EntityFrameworkCore;
using Ocop.Web.Data;

namespace Ocop.Web.Features.Evaluation.Criteria;

/// <summary>
/// Gives each product set that has none the scorecard shipped for it. Existing scorecards (possibly
/// corrected by officers) are never overwritten. A shipped scorecard for a set the classification
/// does not have is a data error and stops the start.
/// </summary>
public sealed class ScorecardLoader(OcopDbContext db, CriteriaCatalog catalog, ILogger<ScorecardLoader> logger)
{
    public async Task<int> LoadMissingAsync(CancellationToken cancellationToken)
    {
        var added = 0;
        var filled = 0;
        foreach (var entry in catalog.Manifest.Versions.Where(v => v.Scorecards is not null))
        {
            var version = await db.CriteriaVersions.SingleAsync(v => v.Code == entry.Code, cancellationToken);
            var rules = version.Rules();
            var sets = await db.ProductSets.Where(s => s.CriteriaVersionCode == entry.Code).ToDictionaryAsync(s => s.Code, cancellationToken);
            var withScorecard = await db.Scorecards.Where(s => s.ProductSet!.CriteriaVersionCode == entry.Code)
                .Select(s => s.ProductSetId).ToHashSetAsync(cancellationToken);
            foreach (var source in ScorecardFiles.Read(catalog, entry.Scorecards!))
            {
                if (!sets.TryGetValue(source.SetCode, out var set))
                {
                    throw new InvalidDataException($"{entry.Scorecards!.File}: scorecard '{source.Name}' is for set {source.SetCode}, which version {entry.Code} does not have.");
                }

                if (withScorecard.Contains(set.Id))
                {
                    filled += await AddSheetKnockOutAsync(set.Id, source.Definition.KnockOut, cancellationToken);
                    continue;
                }

                var scorecard = new Scorecard
                {
                    ProductSetId = set.Id, DefinitionJson = "",
                    SourceNotes = source.SourceIssues.Count == 0 ? null : string.Join('\n', source.SourceIssues),
                    SourceUrl = source.SourceUrl,
                };
                scorecard.SetDefinition(source.Definition, rules);
                db.Scorecards.Add(scorecard);
                added++;
            }
        }

        if (added + filled > 0)
        {
            await db.SaveChangesAsync(cancellationToken);
            db.ChangeTracker.Clear();
            logger.LogInformation("Loaded {Count} scorecards; gave {Filled} stored ones their sheet knock-out", added, filled);
        }

        return added;
    }

    /// <summary>
    /// A sheet stored before the platform read sheet-level knock-outs (26/2026 "Hồ sơ bị loại khi…") gets the shipped one;
    /// nothing else of a stored sheet changes, and a sheet that has one (perhaps corrected) keeps it.
    /// </summary>
    private async Task<int> AddSheetKnockOutAsync(int productSetId, string? knockOut, CancellationToken ct)
    {
        if (knockOut is null)
        {
            return 0;
        }

        var stored = await db.Scorecards.SingleAsync(s => s.ProductSetId == productSetId, ct);
        var definition = stored.Definition();
        if (definition.KnockOut is not null)
        {
            return 0;
        }

        // The rule comes from the annex the sheet was checked against, so a verified sheet stays verified.
        stored.DefinitionJson = System.Text.Json.JsonSerializer.Serialize(definition with { KnockOut = knockOut }, CriteriaManifest.Json);
        return 1;
    }
}
