using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Ocop.Web.Features.AdminUnits;
using Ocop.Web.Features.Producers;

namespace Ocop.Web.Features.Accounts;

internal sealed class OcopUserConfiguration : IEntityTypeConfiguration<OcopUser>
{
    public void Configure(EntityTypeBuilder<OcopUser> b)
    {
        b.Property(x => x.DisplayName).HasMaxLength(200);
        b.Property(x => x.ProvinceCode).HasMaxLength(2);
        b.Property(x => x.CommuneCode).HasMaxLength(5);
        b.Property(x => x.Organisation).HasMaxLength(200);
        b.Property(x => x.CouncilBody).HasMaxLength(40);
        b.Property(x => x.Language).HasMaxLength(5).HasDefaultValue("vi");
        // Existing accounts took false when the column came; the model says so too, so both schemas agree.
        b.Property(x => x.IsDisabled).HasDefaultValue(false);
        b.HasOne<Province>().WithMany().HasForeignKey(x => x.ProvinceCode).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<Commune>().WithMany().HasForeignKey(x => x.CommuneCode).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<Producer>().WithMany().HasForeignKey(x => x.ProducerId).OnDelete(DeleteBehavior.Restrict);
    }
}
