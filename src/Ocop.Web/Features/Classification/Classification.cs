using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Ocop.Web.Features.Classification;

/// <summary>
/// A decision's criteria (e.g. "148/2023"). Products keep the version they were classified under;
/// only versions that accept new products are offered to producers.
/// </summary>
public sealed class CriteriaVersion
{
    public required string Code { get; set; }
    public required string Decision { get; set; }
    public bool AcceptsNewProducts { get; set; }
    public int SortOrder { get; set; }
    /// <summary>The version's <see cref="Evaluation.Criteria.VersionRules"/> as JSON (thresholds, part maxima, validity).</summary>
    public string? RulesJson { get; set; }

    public Evaluation.Criteria.VersionRules Rules() =>
        System.Text.Json.JsonSerializer.Deserialize<Evaluation.Criteria.VersionRules>(
            RulesJson ?? throw new InvalidOperationException($"Criteria version {Code} has no rules."),
            Evaluation.Criteria.CriteriaManifest.Json)!;
}

/// <summary>A top-level product group (nhóm sản phẩm in 148, ngành in 1048).</summary>
public sealed class ProductGroup
{
    public int Id { get; set; }
    public required string CriteriaVersionCode { get; set; }
    public required string Code { get; set; }
    public required string Name { get; set; }
    public int SortOrder { get; set; }
}

/// <summary>A product set (bộ sản phẩm / phân nhóm): the unit that has its own scorecard.</summary>
public sealed class ProductSet
{
    public int Id { get; set; }
    public required string CriteriaVersionCode { get; set; }
    public int GroupId { get; set; }
    public ProductGroup? Group { get; set; }
    /// <summary>Stable code within the version, e.g. "148-09".</summary>
    public required string Code { get; set; }
    public required string Name { get; set; }
    public string? SubGroupName { get; set; }
    public int SortOrder { get; set; }
}

internal sealed class CriteriaVersionConfiguration : IEntityTypeConfiguration<CriteriaVersion>
{
    public void Configure(EntityTypeBuilder<CriteriaVersion> b)
    {
        b.HasKey(x => x.Code);
        b.Property(x => x.Code).HasMaxLength(20);
        b.Property(x => x.Decision).HasMaxLength(200);
    }
}

internal sealed class ProductGroupConfiguration : IEntityTypeConfiguration<ProductGroup>
{
    public void Configure(EntityTypeBuilder<ProductGroup> b)
    {
        b.Property(x => x.CriteriaVersionCode).HasMaxLength(20);
        b.Property(x => x.Code).HasMaxLength(10);
        b.Property(x => x.Name).HasMaxLength(200);
        b.HasOne<CriteriaVersion>().WithMany().HasForeignKey(x => x.CriteriaVersionCode).OnDelete(DeleteBehavior.Restrict);
        b.HasIndex(x => new { x.CriteriaVersionCode, x.Code }).IsUnique();
    }
}

internal sealed class ProductSetConfiguration : IEntityTypeConfiguration<ProductSet>
{
    public void Configure(EntityTypeBuilder<ProductSet> b)
    {
        b.Property(x => x.CriteriaVersionCode).HasMaxLength(20);
        b.Property(x => x.Code).HasMaxLength(20);
        b.Property(x => x.Name).HasMaxLength(300);
        b.Property(x => x.SubGroupName).HasMaxLength(300);
        b.HasOne<CriteriaVersion>().WithMany().HasForeignKey(x => x.CriteriaVersionCode).OnDelete(DeleteBehavior.Restrict);
        b.HasOne(x => x.Group).WithMany().HasForeignKey(x => x.GroupId).OnDelete(DeleteBehavior.Restrict);
        b.HasIndex(x => x.Code).IsUnique();
    }
}
