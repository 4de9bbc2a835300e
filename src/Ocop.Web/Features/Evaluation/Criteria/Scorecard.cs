using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Ocop.Web.Features.Audit;
using Ocop.Web.Features.Classification;

namespace Ocop.Web.Features.Evaluation.Criteria;

/// <summary>
/// The scoring sheet of one product set. Usable for scoring only when complete (it passes
/// <see cref="ScorecardValidator"/>); shown as "not verified against the official annex" until
/// an officer confirms it. Every change (import, verification) is in the audit trail.
/// </summary>
public sealed class Scorecard : IAuditedEntity
{
    public int Id { get; set; }
    public int ProductSetId { get; set; }
    public ProductSet? ProductSet { get; set; }
    /// <summary>The <see cref="ScorecardDefinition"/> as JSON.</summary>
    public required string DefinitionJson { get; set; }
    public bool IsComplete { get; set; }
    /// <summary>Why it cannot be used for scoring, one problem per line; null when complete.</summary>
    public string? Problems { get; set; }
    /// <summary>Anomalies the transcription noted, one per line.</summary>
    public string? SourceNotes { get; set; }
    public string? SourceUrl { get; set; }
    public DateTime? VerifiedAt { get; set; }
    public string? VerifiedBy { get; set; }
    public DateTime CreatedAt { get; set; }
    public string? CreatedBy { get; set; }
    public DateTime UpdatedAt { get; set; }
    public string? UpdatedBy { get; set; }
    public int Version { get; set; }

    public bool IsVerified => VerifiedAt is not null;

    public ScorecardDefinition Definition() =>
        JsonSerializer.Deserialize<ScorecardDefinition>(DefinitionJson, CriteriaManifest.Json)
        ?? throw new InvalidDataException($"Scorecard {Id} has no definition.");

    /// <summary>Replaces the sheet and re-checks it; a changed sheet is no longer verified.</summary>
    public void SetDefinition(ScorecardDefinition definition, VersionRules rules)
    {
        DefinitionJson = JsonSerializer.Serialize(definition, CriteriaManifest.Json);
        var problems = ScorecardValidator.Problems(definition, rules);
        IsComplete = problems.Count == 0;
        Problems = problems.Count == 0 ? null : string.Join('\n', problems);
        VerifiedAt = null;
        VerifiedBy = null;
    }

    public IReadOnlyList<string> ProblemList() => Problems?.Split('\n') ?? [];

    public IReadOnlyList<string> SourceNoteList() => SourceNotes?.Split('\n') ?? [];
}

internal sealed class ScorecardConfiguration : IEntityTypeConfiguration<Scorecard>
{
    public void Configure(EntityTypeBuilder<Scorecard> b)
    {
        b.Property(x => x.SourceUrl).HasMaxLength(500);
        b.Property(x => x.VerifiedBy).HasMaxLength(256);
        b.Property(x => x.CreatedBy).HasMaxLength(256);
        b.Property(x => x.UpdatedBy).HasMaxLength(256);
        b.Property(x => x.Version).IsConcurrencyToken();
        b.HasOne(x => x.ProductSet).WithMany().HasForeignKey(x => x.ProductSetId).OnDelete(DeleteBehavior.Restrict);
        b.HasIndex(x => x.ProductSetId).IsUnique();
    }
}
