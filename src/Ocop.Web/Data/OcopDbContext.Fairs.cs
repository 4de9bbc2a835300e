using Microsoft.EntityFrameworkCore;
using Ocop.Web.Features.Fairs;

namespace Ocop.Web.Data;

public abstract partial class OcopDbContext
{
    public DbSet<TradeFair> TradeFairs => Set<TradeFair>();
    public DbSet<FairZone> FairZones => Set<FairZone>();
    public DbSet<Booth> Booths => Set<Booth>();
    public DbSet<BoothApplication> BoothApplications => Set<BoothApplication>();
    public DbSet<ApplicationProduct> ApplicationProducts => Set<ApplicationProduct>();
}
