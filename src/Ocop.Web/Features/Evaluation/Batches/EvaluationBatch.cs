using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Ocop.Web.Features.Accounts;
using Ocop.Web.Features.Audit;
using Ocop.Web.Features.Evaluation.Criteria;
using Ocop.Web.Features.Evaluation.Dossiers;

namespace Ocop.Web.Features.Evaluation.Batches;

public enum BatchStatus
{
    /// <summary>Council being formed, products being assigned; members may already score.</summary>
    Open,
    /// <summary>The secretary closed the round: results computed, sheets final.</summary>
    Closed,
}

public enum CouncilRole { Chair, Secretary, Member }

public enum SheetStatus { Draft, Submitted }

/// <summary>
/// An evaluation batch (đợt) of one province at one council step of a regime, with its council and
/// the dossiers assigned to it. Closing the round computes each product's result.
/// </summary>
public sealed class EvaluationBatch : IAuditedEntity
{
    public int Id { get; set; }
    public required string Name { get; set; }
    public int Year { get; set; }
    /// <summary>Which of the year's evaluation rounds (đợt) it belongs to: 26/2026 Điều 5 sets two a year, a province may add more.</summary>
    public int Round { get; set; } = 1;
    /// <summary>The province whose batch it is (null at national level).</summary>
    public string? ProvinceCode { get; set; }
    public GovernmentLevel Level { get; set; }
    public required string RegimeCode { get; set; }
    /// <summary>The regime step this batch's council performs, e.g. "province-council".</summary>
    public required string StepCode { get; set; }
    public required string CriteriaVersionCode { get; set; }
    public DateOnly StartsOn { get; set; }
    public DateOnly EndsOn { get; set; }
    public BatchStatus Status { get; set; }
    /// <summary>Names of the advisory team (tổ tư vấn), one per line; they do not score.</summary>
    public string? AdvisoryTeam { get; set; }
    public DateTime? ClosedAt { get; set; }
    public string? ClosedBy { get; set; }
    public List<CouncilSeat> Council { get; set; } = [];
    public List<BatchEntry> Entries { get; set; } = [];
    public DateTime CreatedAt { get; set; }
    public string? CreatedBy { get; set; }
    public DateTime UpdatedAt { get; set; }
    public string? UpdatedBy { get; set; }
    public int Version { get; set; }
}

/// <summary>A seat on a batch's council: an account with the council-member role. Every seat scores.</summary>
public sealed class CouncilSeat
{
    public int Id { get; set; }
    public int BatchId { get; set; }
    public required string UserId { get; set; }
    public OcopUser? User { get; set; }
    public CouncilRole Role { get; set; }
    /// <summary>The body the member represents (a code of the step's council rules, e.g. "so-ct"); null under regimes that set none.</summary>
    public string? Body { get; set; }
}

/// <summary>A dossier assigned to a batch, and once the round is closed, its result.</summary>
public sealed class BatchEntry
{
    public int Id { get; set; }
    public int BatchId { get; set; }
    public EvaluationBatch? Batch { get; set; }
    public int DossierId { get; set; }
    public Dossier? Dossier { get; set; }
    public decimal? Average { get; set; }
    public int? Spread { get; set; }
    public bool NeedsDiscussion { get; set; }
    /// <summary>The members' totals are further apart than the version allows (its discussion spread).</summary>
    public bool SpreadTooWide { get; set; }
    /// <summary>Members split on a knock-out rule (some applied it, some did not), whichever way the majority went.</summary>
    public bool KnockOutVoteSplit { get; set; }
    /// <summary>What the council concluded when it discussed a product whose scores were too far apart (the secretary records it).</summary>
    public string? DiscussionNote { get; set; }
    public int? StarsByPoints { get; set; }
    public int? Stars { get; set; }
    /// <summary>Criteria codes below what a higher class needs, comma-separated.</summary>
    public string? HeldBackBy { get; set; }
    /// <summary>Knock-out criteria a majority of the council applied (comma-separated): the product is not ranked.</summary>
    public string? KnockedOutBy { get; set; }
    public bool IsCertifiable { get; set; }
    /// <summary>Reached the national step's threshold at a lower level ("5★ potential").</summary>
    public bool IsNationalCandidate { get; set; }
    public List<ScoreSheet> Sheets { get; set; } = [];
}

/// <summary>One council member's sheet for one product: a draft until submitted once; only the secretary reopens it.</summary>
public sealed class ScoreSheet : IAuditedEntity
{
    public int Id { get; set; }
    public int EntryId { get; set; }
    public required string MemberUserId { get; set; }
    /// <summary>Leaf criterion code → points, as JSON.</summary>
    public required string AnswersJson { get; set; }
    public int Total { get; set; }
    public SheetStatus Status { get; set; }
    public DateTime? SubmittedAt { get; set; }
    public string? ReopenReason { get; set; }
    /// <summary>Codes of the knock-out criteria ("Bị loại nếu…") this member applies, as a JSON array.</summary>
    public string? KnockOutsJson { get; set; }
    public DateTime CreatedAt { get; set; }
    public string? CreatedBy { get; set; }
    public DateTime UpdatedAt { get; set; }
    public string? UpdatedBy { get; set; }
    public int Version { get; set; }
}

internal sealed class EvaluationBatchConfiguration : IEntityTypeConfiguration<EvaluationBatch>
{
    public void Configure(EntityTypeBuilder<EvaluationBatch> b)
    {
        b.Property(x => x.Name).HasMaxLength(200);
        b.Property(x => x.ProvinceCode).HasMaxLength(10);
        b.Property(x => x.Level).HasConversion<string>().HasMaxLength(20);
        b.Property(x => x.RegimeCode).HasMaxLength(20);
        b.Property(x => x.StepCode).HasMaxLength(40);
        b.Property(x => x.CriteriaVersionCode).HasMaxLength(20);
        b.Property(x => x.Status).HasConversion<string>().HasMaxLength(20);
        b.Property(x => x.AdvisoryTeam).HasMaxLength(2000);
        b.Property(x => x.ClosedBy).HasMaxLength(256);
        b.Property(x => x.CreatedBy).HasMaxLength(256);
        b.Property(x => x.UpdatedBy).HasMaxLength(256);
        b.Property(x => x.Version).IsConcurrencyToken();
        b.HasMany(x => x.Council).WithOne().HasForeignKey(x => x.BatchId).OnDelete(DeleteBehavior.Cascade);
        b.HasMany(x => x.Entries).WithOne(x => x.Batch).HasForeignKey(x => x.BatchId).OnDelete(DeleteBehavior.Cascade);
        b.HasIndex(x => x.ProvinceCode);
    }
}

internal sealed class CouncilSeatConfiguration : IEntityTypeConfiguration<CouncilSeat>
{
    public void Configure(EntityTypeBuilder<CouncilSeat> b)
    {
        b.Property(x => x.UserId).HasMaxLength(450);
        b.Property(x => x.Role).HasConversion<string>().HasMaxLength(20);
        b.Property(x => x.Body).HasMaxLength(40);
        b.HasOne(x => x.User).WithMany().HasForeignKey(x => x.UserId).OnDelete(DeleteBehavior.Restrict);
        b.HasIndex(x => new { x.BatchId, x.UserId }).IsUnique();
        b.HasIndex(x => x.UserId);
    }
}

internal sealed class BatchEntryConfiguration : IEntityTypeConfiguration<BatchEntry>
{
    public void Configure(EntityTypeBuilder<BatchEntry> b)
    {
        b.Property(x => x.Average).HasPrecision(5, 2);
        b.Property(x => x.HeldBackBy).HasMaxLength(1000);
        b.Property(x => x.KnockedOutBy).HasMaxLength(1000);
        b.Property(x => x.DiscussionNote).HasMaxLength(2000);
        b.HasOne(x => x.Dossier).WithMany().HasForeignKey(x => x.DossierId).OnDelete(DeleteBehavior.Restrict);
        b.HasMany(x => x.Sheets).WithOne().HasForeignKey(x => x.EntryId).OnDelete(DeleteBehavior.Cascade);
        b.HasIndex(x => new { x.BatchId, x.DossierId }).IsUnique();
        b.HasIndex(x => x.DossierId);
    }
}

internal sealed class ScoreSheetConfiguration : IEntityTypeConfiguration<ScoreSheet>
{
    public void Configure(EntityTypeBuilder<ScoreSheet> b)
    {
        b.Property(x => x.MemberUserId).HasMaxLength(450);
        b.Property(x => x.Status).HasConversion<string>().HasMaxLength(20);
        b.Property(x => x.ReopenReason).HasMaxLength(1000);
        b.Property(x => x.CreatedBy).HasMaxLength(256);
        b.Property(x => x.UpdatedBy).HasMaxLength(256);
        b.Property(x => x.Version).IsConcurrencyToken();
        b.HasOne<OcopUser>().WithMany().HasForeignKey(x => x.MemberUserId).OnDelete(DeleteBehavior.Restrict);
        b.HasIndex(x => new { x.EntryId, x.MemberUserId }).IsUnique();
        b.HasIndex(x => x.MemberUserId);
    }
}
