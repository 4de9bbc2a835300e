using Ocop.Web.Data;
using Ocop.Web.Features.Accounts;

namespace Ocop.Web.Cli;

/// <summary>
/// The app's own CLI verbs, run instead of the web server:
///   db migrate                     apply migrations and load reference data
///   db backup --out FOLDER         SQLite: an online copy of the database and the uploads (PostgreSQL: pg_dump)
///   db restore --from FOLDER       SQLite: put a backup back, with the app stopped (PostgreSQL: pg_restore)
///   users create --email E [--name N]   the very first national administrator (everyone else is invited on screen)
///   import --province P --file F [--preview true]    import a producer/product list (.xlsx or .csv)
///   export products|producers|certificates --province P --out F.xlsx|F.csv   the province's lists (products in the import's layout)
///   report --province P [--year Y] --out F.pdf|F.xlsx the year's programme report
/// </summary>
public static class CommandLine
{
    public static async Task<bool> TryRunAsync(WebApplication app, string[] args)
    {
        if (args.Length == 0 || args[0].StartsWith('-'))
        {
            return false;
        }

        await using var scope = app.Services.CreateAsyncScope();
        var services = scope.ServiceProvider;
        Environment.ExitCode = args switch
        {
            ["db", "migrate", ..] => await MigrateAsync(services),
            ["db", "backup", .. var options] when Options.Parse(options).Get("out") is { } folder =>
                Report(await services.GetRequiredService<DatabaseBackup>().BackupAsync(folder, CancellationToken.None)),
            ["db", "restore", .. var options] when Options.Parse(options).Get("from") is { } folder =>
                Report(await services.GetRequiredService<DatabaseBackup>().RestoreAsync(folder, CancellationToken.None)),
            ["users", "create", .. var options] => await CreateUserAsync(services, Options.Parse(options)),
            ["export", var list, .. var options] when Options.Parse(options) is var o =>
                await ExportCommand.ListAsync(services, list, o.Get("province"), o.Get("out")) is var code and not 2 ? code : Usage(),
            ["report", .. var options] when Options.Parse(options) is var o =>
                await ExportCommand.ReportAsync(services, o.Get("province"), o.Get("year"), o.Get("out")) is var code and not 2 ? code : Usage(),
            ["import", .. var options] when Options.Parse(options) is var o =>
                await ImportCommand.RunAsync(services, o.Get("province"), o.Get("file"), o.Get("preview") == "true") is var code and not 2 ? code : Usage(),
            _ => Usage(),
        };
        return true;
    }

    private static int Report((bool Ok, string Message) outcome)
    {
        (outcome.Ok ? Console.Out : Console.Error).WriteLine(outcome.Message);
        return outcome.Ok ? 0 : 1;
    }

    private static async Task<int> MigrateAsync(IServiceProvider services)
    {
        await services.GetRequiredService<DatabaseMigrator>().MigrateAsync(CancellationToken.None);
        Console.WriteLine("Database is up to date.");
        return 0;
    }

    /// <summary>
    /// Bootstraps the first national administrator, who then invites everyone else on the screens (/admin/users). Once
    /// one exists the verb refuses: accounts are managed, audited, on screen.
    /// </summary>
    private static async Task<int> CreateUserAsync(IServiceProvider services, Options options)
    {
        if (options.Get("email") is not { } email || (options.Get("role") ?? Roles.NationalAdmin) != Roles.NationalAdmin)
        {
            return Usage();
        }

        var accounts = services.GetRequiredService<AccountService>();
        if (await accounts.HasNationalAdminAsync())
        {
            await Console.Error.WriteLineAsync("A national administrator exists already: invite further accounts on screen (/admin/users).");
            return 1;
        }

        var (ok, result) = await accounts.CreateAsync(new NewAccount(email, Roles.NationalAdmin, options.Get("name")));
        if (!ok)
        {
            await Console.Error.WriteLineAsync($"Could not create {email}: {result}");
            return 1;
        }

        Console.WriteLine($"Created {email} (NationalAdmin). Password, shown only now: {result}");
        return 0;
    }

    private static int Usage()
    {
        Console.Error.WriteLine("""
            Usage:
              db migrate
              db backup --out FOLDER        (SQLite; PostgreSQL: pg_dump)
              db restore --from FOLDER      (SQLite, app stopped; PostgreSQL: pg_restore)
              users create --email E [--name "Display name"]     (the first national administrator only)
              import --province CODE --file LIST.xlsx|LIST.csv [--preview true]
              export products|producers|certificates --province CODE --out FILE.xlsx|FILE.csv
              report --province CODE [--year YYYY] --out FILE.pdf|FILE.xlsx
            """);
        return 2;
    }

    private sealed class Options(Dictionary<string, string> values)
    {
        public string? Get(string name) => values.GetValueOrDefault(name);

        public static Options Parse(string[] args)
        {
            var values = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
            for (var i = 0; i + 1 < args.Length; i += 2)
            {
                values[args[i].TrimStart('-')] = args[i + 1];
            }

            return new Options(values);
        }
    }
}
