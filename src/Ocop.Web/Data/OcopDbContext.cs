using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using Ocop.Web.Features.Accounts;

namespace Ocop.Web.Data;

/// <summary>
/// The one database context. Each feature adds its sets in a partial file beside this one;
/// entity configurations live next to their entities and are picked up by assembly scan.
/// The app runs one subclass per engine (<see cref="SqliteOcopDbContext"/>,
/// <see cref="PostgresOcopDbContext"/>) so that each engine has its own generated migrations
/// and model snapshot; features only ever ask for <see cref="OcopDbContext"/>.
/// </summary>
public abstract partial class OcopDbContext(DbContextOptions options)
    : IdentityDbContext<OcopUser>(options)
{
    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        builder.ApplyConfigurationsFromAssembly(typeof(OcopDbContext).Assembly);
    }

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        // Instants are stored as UTC DateTime: PostgreSQL accepts only UTC, and SQLite cannot
        // order or filter DateTimeOffset. Values read back are marked UTC again.
        configurationBuilder.Properties<DateTime>().HaveConversion<UtcDateTimeConverter>();
    }
}
