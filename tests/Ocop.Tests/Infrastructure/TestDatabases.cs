using Microsoft.Data.Sqlite;
using Npgsql;

namespace Ocop.Tests.Infrastructure;

/// <summary>
/// Fresh databases for tests. SQLite always; PostgreSQL when OCOP_TEST_POSTGRES holds a
/// connection string to a server where the user may create databases (CI sets it).
/// A migrated template with the reference data is built once per engine and copied per test class.
/// </summary>
public static class TestDatabases
{
    public const string PostgresVariable = "OCOP_TEST_POSTGRES";

    public static string? PostgresAdminConnectionString => Environment.GetEnvironmentVariable(PostgresVariable) is { Length: > 0 } cs ? cs : null;

    public static bool PostgresAvailable => PostgresAdminConnectionString is not null;

    public static string NewSqliteFile() => Path.Combine(TestPaths.Root, $"ocop-{Guid.NewGuid():N}.db");

    public static string SqliteConnectionString(string file) => new SqliteConnectionStringBuilder { DataSource = file, Pooling = false }.ToString();

    public static async Task<string> CreatePostgresDatabaseAsync(string? template = null)
    {
        var name = $"ocop_test_{Guid.NewGuid():N}";
        await using var connection = new NpgsqlConnection(PostgresAdminConnectionString);
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = template is null ? $"CREATE DATABASE \"{name}\"" : $"CREATE DATABASE \"{name}\" TEMPLATE \"{template}\"";
        await command.ExecuteNonQueryAsync();
        return new NpgsqlConnectionStringBuilder(PostgresAdminConnectionString) { Database = name, Pooling = false }.ToString();
    }

    public static string DatabaseName(string connectionString) => new NpgsqlConnectionStringBuilder(connectionString).Database!;
}

public static class TestPaths
{
    public static string Root { get; } = CreateRoot();

    /// <summary>The repository's root (the folder holding Ocop.slnx), found upwards from the test binaries.</summary>
    public static string SourceRoot { get; } = FindSourceRoot();

    private static string FindSourceRoot()
    {
        var folder = new DirectoryInfo(AppContext.BaseDirectory);
        while (folder is not null && !File.Exists(Path.Combine(folder.FullName, "Ocop.slnx")))
        {
            folder = folder.Parent;
        }

        return folder?.FullName ?? throw new InvalidOperationException("Ocop.slnx not found above " + AppContext.BaseDirectory);
    }

    private static string CreateRoot()
    {
        var root = Path.Combine(Path.GetTempPath(), "ocop-tests", Environment.ProcessId.ToString(System.Globalization.CultureInfo.InvariantCulture));
        Directory.CreateDirectory(root);
        return root;
    }
}
