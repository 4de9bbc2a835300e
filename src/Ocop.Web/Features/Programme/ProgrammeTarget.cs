using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Ocop.Web.Features.AdminUnits;
using Ocop.Web.Features.Audit;

namespace Ocop.Web.Features.Programme;

public enum TargetKind
{
    /// <summary>At least <see cref="ProgrammeTarget.Value"/> ("at least 20 new 3★+ products").</summary>
    Minimum,
    /// <summary>Between <see cref="ProgrammeTarget.Value"/> and <see cref="ProgrammeTarget.UpperValue"/> ("80-130 new products").</summary>
    Range,
    /// <summary>Exactly <see cref="ProgrammeTarget.Value"/> ("2 display and sales points").</summary>
    Exact,
}

/// <summary>
/// A province's (or one commune's) target for a catalogue metric over a year or a programme period,
/// due on <see cref="DueOn"/>. The actual value is never stored: it is computed from the platform's data.
/// </summary>
public sealed class ProgrammeTarget : IAuditedEntity
{
    public int Id { get; set; }
    public required string ProvinceCode { get; set; }
    /// <summary>Set when the target is one commune's share of the province's.</summary>
    public string? CommuneCode { get; set; }
    /// <summary>A key of <see cref="MetricCatalogue"/>.</summary>
    public required string MetricKey { get; set; }
    /// <summary>The programme period it belongs to (<see cref="ProgrammePeriods"/>), or null for a year's target.</summary>
    public string? PeriodCode { get; set; }
    public DateOnly StartsOn { get; set; }
    public DateOnly DueOn { get; set; }
    public TargetKind Kind { get; set; }
    public decimal Value { get; set; }
    public decimal? UpperValue { get; set; }
    /// <summary>The target's wording in the plan ("161 sản phẩm đến cuối năm 2024"), and where it comes from.</summary>
    public string? Title { get; set; }
    public string? Source { get; set; }

    public DateTime CreatedAt { get; set; }
    public string? CreatedBy { get; set; }
    public DateTime UpdatedAt { get; set; }
    public string? UpdatedBy { get; set; }
    public int Version { get; set; }
}

internal sealed class ProgrammeTargetConfiguration : IEntityTypeConfiguration<ProgrammeTarget>
{
    public void Configure(EntityTypeBuilder<ProgrammeTarget> b)
    {
        // No CHECK on the values: SQLite stores decimals as text, where comparisons mislead. The service checks them.
        b.ToTable("ProgrammeTargets", t => t.HasCheckConstraint("CK_ProgrammeTargets_Dates", "\"DueOn\" >= \"StartsOn\""));
        b.Property(x => x.ProvinceCode).HasMaxLength(2);
        b.Property(x => x.CommuneCode).HasMaxLength(5);
        b.Property(x => x.MetricKey).HasMaxLength(50);
        b.Property(x => x.PeriodCode).HasMaxLength(9);
        b.Property(x => x.Kind).HasConversion<string>().HasMaxLength(10);
        b.Property(x => x.Value).HasPrecision(12, 1);
        b.Property(x => x.UpperValue).HasPrecision(12, 1);
        b.Property(x => x.Title).HasMaxLength(200);
        b.Property(x => x.Source).HasMaxLength(200);
        b.Property(x => x.CreatedBy).HasMaxLength(256);
        b.Property(x => x.UpdatedBy).HasMaxLength(256);
        b.Property(x => x.Version).IsConcurrencyToken();
        b.HasOne<Province>().WithMany().HasForeignKey(x => x.ProvinceCode).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<Commune>().WithMany().HasForeignKey(x => x.CommuneCode).OnDelete(DeleteBehavior.Restrict);
        b.HasIndex(x => new { x.ProvinceCode, x.DueOn });
        b.HasIndex(x => x.CommuneCode);
    }
}
