using Microsoft.EntityFrameworkCore;
using Ocop.Web.Features.AdminUnits;
using Ocop.Web.Features.Audit;
using Ocop.Web.Features.Classification;
using Ocop.Web.Features.Producers;
using Ocop.Web.Features.Products;
using Ocop.Web.Features.Products.Showcase;

namespace Ocop.Web.Data;

public abstract partial class OcopDbContext
{
    public DbSet<Province> Provinces => Set<Province>();
    public DbSet<Commune> Communes => Set<Commune>();
    public DbSet<OldProvince> OldProvinces => Set<OldProvince>();
    public DbSet<OldCommune> OldCommunes => Set<OldCommune>();
    public DbSet<OldCommuneSuccessor> OldCommuneSuccessors => Set<OldCommuneSuccessor>();

    public DbSet<CriteriaVersion> CriteriaVersions => Set<CriteriaVersion>();
    public DbSet<ProductGroup> ProductGroups => Set<ProductGroup>();
    public DbSet<ProductSet> ProductSets => Set<ProductSet>();

    public DbSet<Producer> Producers => Set<Producer>();
    public DbSet<Product> Products => Set<Product>();
    public DbSet<ProductImage> ProductImages => Set<ProductImage>();
    public DbSet<ProductPack> ProductPacks => Set<ProductPack>();
    public DbSet<ProductVideo> ProductVideos => Set<ProductVideo>();

    public DbSet<AuditEntry> AuditEntries => Set<AuditEntry>();
}
