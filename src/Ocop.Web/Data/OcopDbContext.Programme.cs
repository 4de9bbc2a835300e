using Microsoft.EntityFrameworkCore;
using Ocop.Web.Features.Programme;

namespace Ocop.Web.Data;

public abstract partial class OcopDbContext
{
    public DbSet<ProgrammeTarget> ProgrammeTargets => Set<ProgrammeTarget>();
}
