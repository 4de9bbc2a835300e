namespace Ocop.Web.Infrastructure;

/// <summary>
/// The app's data folder (SQLite file, uploads): `Ocop:DataPath`, default App_Data under the
/// content root. Created on first use.
/// </summary>
public sealed class DataFolder
{
    public DataFolder(IConfiguration configuration, IHostEnvironment environment)
    {
        var configured = configuration["Ocop:DataPath"];
        Root = Path.GetFullPath(string.IsNullOrWhiteSpace(configured)
            ? Path.Combine(environment.ContentRootPath, "App_Data")
            : Path.Combine(environment.ContentRootPath, configured));
        Directory.CreateDirectory(Root);
    }

    public string Root { get; }

    public string PathFor(params string[] parts)
    {
        var path = Path.GetFullPath(Path.Combine([Root, .. parts]));
        if (!path.StartsWith(Root, StringComparison.Ordinal))
        {
            throw new ArgumentException("Path escapes the data folder.", nameof(parts));
        }

        return path;
    }
}
