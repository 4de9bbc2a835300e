using Microsoft.EntityFrameworkCore;
using Ocop.Web.Features.Traceability;

namespace Ocop.Web.Data;

public abstract partial class OcopDbContext
{
    public DbSet<ScanCount> ScanCounts => Set<ScanCount>();
    public DbSet<ProductLot> ProductLots => Set<ProductLot>();
    public DbSet<LotDocument> LotDocuments => Set<LotDocument>();
}
