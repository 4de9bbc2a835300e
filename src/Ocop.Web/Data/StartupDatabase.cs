using Ocop.Web.Infrastructure;

namespace Ocop.Web.Data;

public static class StartupDatabase
{
    /// <summary>
    /// In Development the app migrates itself and seeds demo data, and says on every start where
    /// the demo logins are. Elsewhere migrations are a deliberate step (`db migrate`), never a side
    /// effect of starting the server; the build's OpenAPI step never touches a database.
    /// </summary>
    public static async Task PrepareDatabaseAsync(this WebApplication app)
    {
        if (!app.Environment.IsDevelopment() || BuildTime.IsGeneratingOpenApi || app.Configuration.GetValue<bool>("Ocop:SkipStartupMigration"))
        {
            return;
        }

        await using var scope = app.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<DatabaseMigrator>().MigrateAsync(CancellationToken.None);
        var demo = scope.ServiceProvider.GetRequiredService<DemoSeeder>();
        await demo.SeedAsync(CancellationToken.None);
        demo.AnnounceLogins();
    }
}
