using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Ocop.Web.Data;
using Ocop.Web.Features.Audit;
using Ocop.Web.Infrastructure.Hosting;

namespace Ocop.Web.Infrastructure;

/// <summary>
/// Chooses the engine: SQLite (a file in the data folder) unless `Database:Provider` is
/// `Postgres`, which then needs `ConnectionStrings:Ocop`. Each engine has its own context type
/// (and so its own migrations); the rest of the app asks for <see cref="OcopDbContext"/>.
/// </summary>
public static class DatabaseSetup
{
    public const string Postgres = "Postgres";
    public const string Sqlite = "Sqlite";

    public static WebApplicationBuilder AddOcopDatabase(this WebApplicationBuilder builder)
    {
        builder.Services.AddSingleton<DataFolder>();
        builder.Services.AddSingleton(TimeProvider.System);
        builder.Services.AddHttpContextAccessor();
        builder.Services.AddScoped<ICurrentUser, HttpCurrentUser>();
        builder.Services.AddScoped<AuditInterceptor>();
        builder.Services.AddDbContext<SqliteOcopDbContext>(ConfigureForApp);
        builder.Services.AddDbContext<PostgresOcopDbContext>(ConfigureForApp);
        // The engine is read when a context is asked for, so settings a host adds late (tests) still count.
        builder.Services.AddScoped<OcopDbContext>(services => IsPostgres(services.GetRequiredService<IConfiguration>())
            ? services.GetRequiredService<PostgresOcopDbContext>()
            : services.GetRequiredService<SqliteOcopDbContext>());
        builder.Services.AddOcopHealth();
        return builder;
    }

    /// <summary>A context configured exactly as the app's own, outside the app's container (the benchmark's data generator).</summary>
    public static OcopDbContext CreateContext(IConfiguration configuration, DataFolder dataFolder)
    {
        if (IsPostgres(configuration))
        {
            var options = new DbContextOptionsBuilder<PostgresOcopDbContext>();
            Configure(options, configuration, dataFolder);
            return new PostgresOcopDbContext(options.Options);
        }

        var sqlite = new DbContextOptionsBuilder<SqliteOcopDbContext>();
        Configure(sqlite, configuration, dataFolder);
        return new SqliteOcopDbContext(sqlite.Options);
    }

    private static void ConfigureForApp(IServiceProvider services, DbContextOptionsBuilder options)
    {
        Configure(options, services.GetRequiredService<IConfiguration>(), services.GetRequiredService<DataFolder>());
        options.AddInterceptors(services.GetRequiredService<AuditInterceptor>());
        // Features that must hear about saves (the catalogue index) register theirs as IInterceptor.
        options.AddInterceptors(services.GetServices<IInterceptor>());
    }

    public static bool IsPostgres(IConfiguration configuration)
    {
        var provider = configuration["Database:Provider"] ?? Sqlite;
        if (string.Equals(provider, Postgres, StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        return string.Equals(provider, Sqlite, StringComparison.OrdinalIgnoreCase)
            ? false
            : throw new InvalidOperationException($"Database:Provider '{provider}' is unknown: use Sqlite or Postgres.");
    }

    private static void Configure(DbContextOptionsBuilder options, IConfiguration configuration, DataFolder dataFolder)
    {
        // A required navigation into a soft-deleted entity silently drops rows from joins (history vanished from
        // settlements once): every such relationship is either optional or filtered the same way, and a new one fails here.
        options.ConfigureWarnings(w => w.Throw(CoreEventId.PossibleIncorrectRequiredNavigationWithQueryFilterInteractionWarning));
        var connectionString = configuration.GetConnectionString("Ocop");
        if (IsPostgres(configuration))
        {
            if (string.IsNullOrWhiteSpace(connectionString))
            {
                throw new InvalidOperationException(
                    "Database:Provider is Postgres but ConnectionStrings:Ocop is empty. Set it, e.g. " +
                    "ConnectionStrings__Ocop=\"Host=127.0.0.1;Database=ocop;Username=ocop;Password=…\".");
            }

            // One statement per query, chosen on purpose (the default, stated so EF does not warn at each multi-collection
            // query): the rows read together come from one snapshot, and the collections loaded this way are small.
            options.UseNpgsql(connectionString, o => o.UseQuerySplittingBehavior(QuerySplittingBehavior.SingleQuery));
        }
        else
        {
            options.UseSqlite(
                string.IsNullOrWhiteSpace(connectionString) ? $"Data Source={dataFolder.PathFor("ocop.db")}" : connectionString,
                o => o.UseQuerySplittingBehavior(QuerySplittingBehavior.SingleQuery));
            // SQLite rebuilds a table outside a transaction; DatabaseMigrator copies an existing database before it
            // migrates, so an interrupted migration is undone by putting the copy back (said in the log, not warned of).
            options.ConfigureWarnings(w => w.Log((RelationalEventId.NonTransactionalMigrationOperationWarning, LogLevel.Information)));
        }
    }
}
