using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace Ocop.Web.Data;

/// <summary>The context on SQLite, the embedded default; its migrations are in Data/Migrations/Sqlite.</summary>
public sealed class SqliteOcopDbContext(DbContextOptions<SqliteOcopDbContext> options) : OcopDbContext(options);

/// <summary>
/// What `dotnet ef` builds to add or remove a SQLite migration: the model alone, no app settings.
/// An in-memory database, so the tools never leave a file behind.
/// </summary>
internal sealed class SqliteDesignTimeFactory : IDesignTimeDbContextFactory<SqliteOcopDbContext>
{
    public SqliteOcopDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<SqliteOcopDbContext>().UseSqlite("Data Source=:memory:").Options);
}
