using Microsoft.EntityFrameworkCore;
using Ocop.Web.Features.Support;

namespace Ocop.Web.Data;

public abstract partial class OcopDbContext
{
    public DbSet<SupportRecord> SupportRecords => Set<SupportRecord>();
    public DbSet<SupportPolicy> SupportPolicies => Set<SupportPolicy>();
}
