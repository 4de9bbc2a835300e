using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;
using Ocop.Web.Features.Producers;
using Ocop.Web.Features.Products;

namespace Ocop.Web.Data;

/// <summary>The context on PostgreSQL, the production engine; its migrations are in Data/Migrations/Postgres.</summary>
public sealed class PostgresOcopDbContext(DbContextOptions<PostgresOcopDbContext> options) : OcopDbContext(options)
{
    /// <summary>
    /// On PostgreSQL the folded names get trigram indexes, so "contains" search stays fast on
    /// large registries; SQLite keeps the plain index from the entity configuration.
    /// </summary>
    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        builder.HasPostgresExtension("pg_trgm");
        builder.Entity<Producer>().HasIndex(x => x.SearchName).HasMethod("gin").HasOperators("gin_trgm_ops");
        builder.Entity<Product>().HasIndex(x => x.SearchName).HasMethod("gin").HasOperators("gin_trgm_ops");
    }
}

/// <summary>
/// What `dotnet ef` builds to add or remove a PostgreSQL migration: the model alone, no app
/// settings and no server (the connection string is never opened to generate a migration).
/// </summary>
internal sealed class PostgresDesignTimeFactory : IDesignTimeDbContextFactory<PostgresOcopDbContext>
{
    public PostgresOcopDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<PostgresOcopDbContext>().UseNpgsql("Host=localhost;Database=ocop_design_time").Options);
}
