using Microsoft.EntityFrameworkCore;
using Ocop.Web.Features.MarketAccess;

namespace Ocop.Web.Data;

public sealed partial class OcopDbContext
{
    public DbSet<SalesPoint> SalesPoints => Set<SalesPoint>();
    public DbSet<SalesPointProduct> SalesPointProducts => Set<SalesPointProduct>();
    public DbSet<ProductListing> ProductListings => Set<ProductListing>();
}
