using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Ocop.Web.Features.Products;

internal sealed class ProductConfiguration : IEntityTypeConfiguration<Product>
{
    public void Configure(EntityTypeBuilder<Product> b)
    {
        b.Property(x => x.Name).HasMaxLength(300);
        b.Property(x => x.SearchName).HasMaxLength(300);
        b.Property(x => x.NameEn).HasMaxLength(300);
        b.Property(x => x.Description).HasMaxLength(4000);
        b.Property(x => x.Story).HasMaxLength(20000);
        b.Property(x => x.DescriptionEn).HasMaxLength(4000);
        b.Property(x => x.StoryEn).HasMaxLength(20000);
        b.Property(x => x.Ingredients).HasMaxLength(4000);
        b.Property(x => x.Packaging).HasMaxLength(1000);
        b.Property(x => x.ShelfLife).HasMaxLength(200);
        b.Property(x => x.Gtin).HasMaxLength(14);
        b.Property(x => x.Status).HasConversion<string>().HasMaxLength(20);
        b.Property(x => x.CertificateReference).HasMaxLength(100);
        b.Property(x => x.CreatedBy).HasMaxLength(256);
        b.Property(x => x.UpdatedBy).HasMaxLength(256);
        b.Property(x => x.Version).IsConcurrencyToken();
        b.ToTable(t => t.HasCheckConstraint("CK_Products_Stars", "\"Stars\" IS NULL OR (\"Stars\" >= 1 AND \"Stars\" <= 5)"));

        b.HasOne(x => x.Producer).WithMany().HasForeignKey(x => x.ProducerId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne(x => x.ProductSet).WithMany().HasForeignKey(x => x.ProductSetId).OnDelete(DeleteBehavior.Restrict);
        b.HasMany(x => x.Images).WithOne().HasForeignKey(x => x.ProductId).OnDelete(DeleteBehavior.Cascade);
        b.HasIndex(x => x.SearchName);
        b.HasIndex(x => x.Gtin).IsUnique().HasFilter("\"Gtin\" IS NOT NULL");
        b.HasQueryFilter(x => !x.IsDeleted);
    }
}

internal sealed class ProductImageConfiguration : IEntityTypeConfiguration<ProductImage>
{
    public void Configure(EntityTypeBuilder<ProductImage> b)
    {
        b.Property(x => x.StoredName).HasMaxLength(100);
        b.Property(x => x.ContentType).HasMaxLength(50);
    }
}
