using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using Ocop.Web.Features.Accounts;

namespace Ocop.Web.Data;

/// <summary>
/// The one database context. Each feature adds its sets in a partial file beside this one;
/// entity configurations live next to their entities and are picked up by assembly scan.
/// </summary>
public sealed partial class OcopDbContext(DbContextOptions<OcopDbContext> options)
    : IdentityDbContext<OcopUser>(options)
{
    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        builder.ApplyConfigurationsFromAssembly(typeof(OcopDbContext).Assembly);
        if (Database.IsNpgsql())
        {
            ConfigurePostgresSearch(builder);
        }
    }

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        // Instants are stored as UTC DateTime: PostgreSQL accepts only UTC, and SQLite cannot
        // order or filter DateTimeOffset. Values read back are marked UTC again.
        configurationBuilder.Properties<DateTime>().HaveConversion<UtcDateTimeConverter>();
    }
}
