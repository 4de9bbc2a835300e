using Microsoft.EntityFrameworkCore;
using Ocop.Web.Features.ValueChains;

namespace Ocop.Web.Data;

public abstract partial class OcopDbContext
{
    public DbSet<RawMaterialArea> RawMaterialAreas => Set<RawMaterialArea>();
    public DbSet<ValueChain> ValueChains => Set<ValueChain>();
    public DbSet<ValueChainMember> ValueChainMembers => Set<ValueChainMember>();
    public DbSet<ValueChainProduct> ValueChainProducts => Set<ValueChainProduct>();
}
