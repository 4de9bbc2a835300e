using Microsoft.EntityFrameworkCore;
using Ocop.Web.Features.Evaluation.Advisory;

namespace Ocop.Web.Data;

public abstract partial class OcopDbContext
{
    public DbSet<AdvisoryRecord> AdvisoryRecords => Set<AdvisoryRecord>();
}
