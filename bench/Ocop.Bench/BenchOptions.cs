using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Hosting.Internal;
using Ocop.Web.Data;
using Ocop.Web.Infrastructure;

namespace Ocop.Bench;

/// <summary>The --name value pairs of a verb, and the app's own database set-up for the chosen engine.</summary>
public sealed class BenchOptions(Dictionary<string, string> values)
{
    public static BenchOptions Parse(string[] args)
    {
        var values = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i + 1 < args.Length; i += 2)
        {
            values[args[i].TrimStart('-')] = args[i + 1];
        }

        return new BenchOptions(values);
    }

    public string Require(string name) =>
        values.TryGetValue(name, out var value) ? value : throw new ArgumentException($"--{name} is required");

    public int Number(string name, int fallback) => values.TryGetValue(name, out var value) ? int.Parse(value, System.Globalization.CultureInfo.InvariantCulture) : fallback;

    public string? Get(string name) => values.GetValueOrDefault(name);

    public bool IsPostgres => Require("engine").Equals("postgres", StringComparison.OrdinalIgnoreCase);

    /// <summary>A context configured exactly as the app configures its own (same provider switch, same context type).</summary>
    public OcopDbContext OpenDatabase()
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Database:Provider"] = IsPostgres ? DatabaseSetup.Postgres : DatabaseSetup.Sqlite,
            ["ConnectionStrings:Ocop"] = Require("connection"),
        }).Build();
        var environment = new HostingEnvironment { ContentRootPath = Path.GetTempPath() };
        return DatabaseSetup.CreateContext(configuration, new DataFolder(configuration, environment));
    }
}
