using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Ocop.Web.Data;
using Ocop.Web.Features.Audit;

namespace Ocop.Web.Infrastructure;

/// <summary>
/// Chooses the engine: SQLite (a file in the data folder) unless `Database:Provider` is
/// `Postgres`, which then needs `ConnectionStrings:Ocop`.
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
        builder.Services.AddDbContext<OcopDbContext>((services, options) =>
        {
            Configure(options, builder.Configuration, services.GetRequiredService<DataFolder>());
            options.AddInterceptors(services.GetRequiredService<AuditInterceptor>());
            // Features that must hear about saves (the catalogue index) register theirs as IInterceptor.
            options.AddInterceptors(services.GetServices<Microsoft.EntityFrameworkCore.Diagnostics.IInterceptor>());
        });
        builder.Services.AddHealthChecks().AddDbContextCheck<OcopDbContext>();
        return builder;
    }

    public static void Configure(DbContextOptionsBuilder options, IConfiguration configuration, DataFolder dataFolder)
    {
        var provider = configuration["Database:Provider"] ?? Sqlite;
        if (string.Equals(provider, Postgres, StringComparison.OrdinalIgnoreCase))
        {
            var connectionString = configuration.GetConnectionString("Ocop");
            if (string.IsNullOrWhiteSpace(connectionString))
            {
                throw new InvalidOperationException(
                    "Database:Provider is Postgres but ConnectionStrings:Ocop is empty. Set it, e.g. " +
                    "ConnectionStrings__Ocop=\"Host=127.0.0.1;Database=ocop;Username=ocop;Password=…\".");
            }

            options.UseNpgsql(connectionString);
        }
        else if (string.Equals(provider, Sqlite, StringComparison.OrdinalIgnoreCase))
        {
            var connectionString = configuration.GetConnectionString("Ocop");
            options.UseSqlite(string.IsNullOrWhiteSpace(connectionString)
                ? $"Data Source={dataFolder.PathFor("ocop.db")}"
                : connectionString);
        }
        else
        {
            throw new InvalidOperationException($"Database:Provider '{provider}' is unknown: use Sqlite or Postgres.");
        }

        options.ReplaceService<IModelCacheKeyFactory, ProviderAwareModelCacheKeyFactory>();
    }
}
