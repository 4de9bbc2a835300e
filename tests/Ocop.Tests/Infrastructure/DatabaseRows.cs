using System.Data.Common;
using Microsoft.EntityFrameworkCore;

namespace Ocop.Tests.Infrastructure;

/// <summary>How many rows each table holds (EF's own bookkeeping left out), on either engine.</summary>
public static class DatabaseRows
{
    public static async Task<Dictionary<string, long>> CountAsync(DbContext db)
    {
        var connection = db.Database.GetDbConnection();
        if (connection.State != System.Data.ConnectionState.Open)
        {
            await connection.OpenAsync();
        }

        var tables = await ReadColumnAsync(connection, db.Database.IsSqlite()
            ? "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"
            : "SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' AND table_type = 'BASE TABLE'");
        var counts = new Dictionary<string, long>(StringComparer.Ordinal);
        foreach (var table in tables.Where(t => !t.StartsWith("__EF", StringComparison.Ordinal)).Order(StringComparer.Ordinal))
        {
            counts[table] = long.Parse((await ReadColumnAsync(connection, $"SELECT COUNT(*) FROM \"{table}\""))[0], System.Globalization.CultureInfo.InvariantCulture);
        }

        return counts;
    }

    private static async Task<List<string>> ReadColumnAsync(DbConnection connection, string sql)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await using var reader = await command.ExecuteReaderAsync();
        var values = new List<string>();
        while (await reader.ReadAsync())
        {
            values.Add(Convert.ToString(reader.GetValue(0), System.Globalization.CultureInfo.InvariantCulture)!);
        }

        return values;
    }
}
