using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using Ocop.Web.Infrastructure.Allowances;

namespace Ocop.Web.Data;

/// <summary>What the app's nodes share through the database: the keys that protect cookies and form tokens, and the per-client allowances.</summary>
public abstract partial class OcopDbContext : IDataProtectionKeyContext
{
    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();
    public DbSet<ClientAllowance> ClientAllowances => Set<ClientAllowance>();
}
