namespace Ocop.Web.Data;

public static class StartupDatabase
{
    /// <summary>
    /// In Development the app migrates itself and seeds demo data. Elsewhere migrations are a
    /// deliberate step (`db migrate`), never a side effect of starting the server.
    /// </summary>
    public static async Task PrepareDatabaseAsync(this WebApplication app)
    {
        if (!app.Environment.IsDevelopment() || app.Configuration.GetValue<bool>("Ocop:SkipStartupMigration"))
        {
            return;
        }

        await using var scope = app.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<DatabaseMigrator>().MigrateAsync(CancellationToken.None);
        await scope.ServiceProvider.GetRequiredService<DemoSeeder>().SeedAsync(CancellationToken.None);
    }
}
