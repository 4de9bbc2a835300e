using Microsoft.EntityFrameworkCore;
using Ocop.Web.Features.Evaluation.Criteria;

namespace Ocop.Web.Data;

public sealed partial class OcopDbContext
{
    public DbSet<Scorecard> Scorecards => Set<Scorecard>();
}
