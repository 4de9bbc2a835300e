using Microsoft.EntityFrameworkCore;
using Ocop.Web.Features.Import;

namespace Ocop.Web.Data;

public abstract partial class OcopDbContext
{
    public DbSet<ImportBatch> ImportBatches => Set<ImportBatch>();
    public DbSet<ImportMapping> ImportMappings => Set<ImportMapping>();
    public DbSet<ImportRun> ImportRuns => Set<ImportRun>();
}
