using Microsoft.EntityFrameworkCore;
using Ocop.Web.Features.Accounts.ApiTokens;

namespace Ocop.Web.Data;

public abstract partial class OcopDbContext
{
    public DbSet<ApiToken> ApiTokens => Set<ApiToken>();
}
