using Microsoft.EntityFrameworkCore;
using Ocop.Web.Features.Programme;

namespace Ocop.Web.Data;

public sealed partial class OcopDbContext
{
    public DbSet<ProgrammeTarget> ProgrammeTargets => Set<ProgrammeTarget>();
}
