using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Ocop.Web.Features.AdminUnits;

/// <summary>A province in force since 1 July 2025 (34 in all). Code as in the official list, e.g. "68".</summary>
public sealed class Province
{
    public required string Code { get; set; }
    public required string Name { get; set; }
    public required string SearchName { get; set; }
}

/// <summary>A commune/ward in force since 1 July 2025 (3,321 in all); there is no district level.</summary>
public sealed class Commune
{
    public required string Code { get; set; }
    public required string ProvinceCode { get; set; }
    public required string Name { get; set; }
    public required string SearchName { get; set; }
}

/// <summary>One of the 63 provinces before 1 July 2025.</summary>
public sealed class OldProvince
{
    public required string Code { get; set; }
    public required string Name { get; set; }
    public required string SearchName { get; set; }
    public required string NewProvinceCode { get; set; }
}

/// <summary>One of the 10,047 communes before 1 July 2025.</summary>
public sealed class OldCommune
{
    public required string Code { get; set; }
    public required string OldProvinceCode { get; set; }
    public required string Name { get; set; }
    public required string SearchName { get; set; }
}

/// <summary>Which new commune(s) an old commune went to; Partial when only part of it did.</summary>
public sealed class OldCommuneSuccessor
{
    public required string OldCommuneCode { get; set; }
    public required string NewCommuneCode { get; set; }
    public bool Partial { get; set; }
}

internal sealed class ProvinceConfiguration : IEntityTypeConfiguration<Province>
{
    public void Configure(EntityTypeBuilder<Province> b)
    {
        b.HasKey(x => x.Code);
        b.Property(x => x.Code).HasMaxLength(2);
        b.Property(x => x.Name).HasMaxLength(100);
        b.Property(x => x.SearchName).HasMaxLength(100);
    }
}

internal sealed class CommuneConfiguration : IEntityTypeConfiguration<Commune>
{
    public void Configure(EntityTypeBuilder<Commune> b)
    {
        b.HasKey(x => x.Code);
        b.Property(x => x.Code).HasMaxLength(5);
        b.Property(x => x.ProvinceCode).HasMaxLength(2);
        b.Property(x => x.Name).HasMaxLength(100);
        b.Property(x => x.SearchName).HasMaxLength(100);
        b.HasOne<Province>().WithMany().HasForeignKey(x => x.ProvinceCode).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class OldProvinceConfiguration : IEntityTypeConfiguration<OldProvince>
{
    public void Configure(EntityTypeBuilder<OldProvince> b)
    {
        b.HasKey(x => x.Code);
        b.Property(x => x.Code).HasMaxLength(2);
        b.Property(x => x.Name).HasMaxLength(100);
        b.Property(x => x.SearchName).HasMaxLength(100);
        b.Property(x => x.NewProvinceCode).HasMaxLength(2);
        b.HasOne<Province>().WithMany().HasForeignKey(x => x.NewProvinceCode).OnDelete(DeleteBehavior.Restrict);
        b.HasIndex(x => x.SearchName);
    }
}

internal sealed class OldCommuneConfiguration : IEntityTypeConfiguration<OldCommune>
{
    public void Configure(EntityTypeBuilder<OldCommune> b)
    {
        b.HasKey(x => x.Code);
        b.Property(x => x.Code).HasMaxLength(5);
        b.Property(x => x.OldProvinceCode).HasMaxLength(2);
        b.Property(x => x.Name).HasMaxLength(100);
        b.Property(x => x.SearchName).HasMaxLength(100);
        b.HasOne<OldProvince>().WithMany().HasForeignKey(x => x.OldProvinceCode).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class OldCommuneSuccessorConfiguration : IEntityTypeConfiguration<OldCommuneSuccessor>
{
    public void Configure(EntityTypeBuilder<OldCommuneSuccessor> b)
    {
        b.HasKey(x => new { x.OldCommuneCode, x.NewCommuneCode });
        b.Property(x => x.OldCommuneCode).HasMaxLength(5);
        b.Property(x => x.NewCommuneCode).HasMaxLength(5);
        b.HasOne<OldCommune>().WithMany().HasForeignKey(x => x.OldCommuneCode).OnDelete(DeleteBehavior.Cascade);
        b.HasOne<Commune>().WithMany().HasForeignKey(x => x.NewCommuneCode).OnDelete(DeleteBehavior.Restrict);
    }
}
