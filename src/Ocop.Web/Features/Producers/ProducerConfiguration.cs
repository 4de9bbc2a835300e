using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Ocop.Web.Features.AdminUnits;

namespace Ocop.Web.Features.Producers;

internal sealed class ProducerConfiguration : IEntityTypeConfiguration<Producer>
{
    public void Configure(EntityTypeBuilder<Producer> b)
    {
        b.Property(x => x.Type).HasConversion<string>().HasMaxLength(20);
        b.Property(x => x.Status).HasConversion<string>().HasMaxLength(20);
        b.Property(x => x.Name).HasMaxLength(300);
        b.Property(x => x.SearchName).HasMaxLength(300);
        b.Property(x => x.TaxCode).HasMaxLength(13);
        b.Property(x => x.LegalRepresentative).HasMaxLength(200);
        b.Property(x => x.AddressLine).HasMaxLength(300);
        b.Property(x => x.CommuneCode).HasMaxLength(5);
        b.Property(x => x.ProvinceCode).HasMaxLength(2);
        b.Property(x => x.OldUnitName).HasMaxLength(200);
        b.Property(x => x.OldUnitCode).HasMaxLength(10);
        b.Property(x => x.Phone).HasMaxLength(30);
        b.Property(x => x.Email).HasMaxLength(256);
        b.Property(x => x.Website).HasMaxLength(300);
        b.Property(x => x.CreatedBy).HasMaxLength(256);
        b.Property(x => x.UpdatedBy).HasMaxLength(256);
        b.Property(x => x.Version).IsConcurrencyToken();

        b.HasOne<Commune>().WithMany().HasForeignKey(x => x.CommuneCode).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<Province>().WithMany().HasForeignKey(x => x.ProvinceCode).OnDelete(DeleteBehavior.Restrict);
        b.HasIndex(x => x.SearchName);
        // A tax code is unique per producer type among records that are not deleted.
        b.HasIndex(x => new { x.Type, x.TaxCode }).IsUnique()
            .HasFilter("\"TaxCode\" IS NOT NULL AND NOT \"IsDeleted\"");
        b.HasQueryFilter(x => !x.IsDeleted);
    }
}
