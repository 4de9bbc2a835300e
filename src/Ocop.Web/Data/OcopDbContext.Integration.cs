using Microsoft.EntityFrameworkCore;
using Ocop.Web.Features.Integration;

namespace Ocop.Web.Data;

public abstract partial class OcopDbContext
{
    public DbSet<IntegrationToken> IntegrationTokens => Set<IntegrationToken>();
}
