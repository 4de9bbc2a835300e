using Microsoft.EntityFrameworkCore;
using Ocop.Web.Features.Inspections;

namespace Ocop.Web.Data;

public abstract partial class OcopDbContext
{
    public DbSet<Inspection> Inspections => Set<Inspection>();
}
