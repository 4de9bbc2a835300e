using Microsoft.EntityFrameworkCore;
using Ocop.Web.Features.Integration;

namespace Ocop.Web.Data;

public sealed partial class OcopDbContext
{
    public DbSet<IntegrationToken> IntegrationTokens => Set<IntegrationToken>();
}
