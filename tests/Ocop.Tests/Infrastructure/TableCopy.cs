using System.Data.Common;
using Microsoft.EntityFrameworkCore;

namespace Ocop.Tests.Infrastructure;

/// <summary>
/// Copies every row of every table from one database to another of the same engine, in the columns both have:
/// how an upgrade test fills a database of an older schema with data the current code seeded.
/// </summary>
public static class TableCopy
{
    public static async Task CopyAsync(DbContext from, DbContext to)
    {
        var source = await OpenAsync(from);
        var target = await OpenAsync(to);
        var sqlite = to.Database.IsSqlite();
        // Rows go in table by table, so references are checked only once all are in.
        await ExecuteAsync(target, sqlite ? "PRAGMA foreign_keys = OFF" : "SET session_replication_role = replica");
        var tables = new List<(string Table, List<string> Columns)>();
        foreach (var table in (await DatabaseRows.CountAsync(to)).Keys)
        {
            tables.Add((table, [.. (await ColumnsAsync(target, table)).Intersect(await ColumnsAsync(source, table))]));
        }

        await using (var transaction = await target.BeginTransactionAsync())
        {
            foreach (var (table, columns) in tables)
            {
                var list = string.Join(", ", columns.Select(c => $"\"{c}\""));
                await using var read = source.CreateCommand();
                read.CommandText = $"SELECT {list} FROM \"{table}\"";
                await using var reader = await read.ExecuteReaderAsync();
                while (await reader.ReadAsync())
                {
                    await using var insert = target.CreateCommand();
                    insert.Transaction = transaction;
                    insert.CommandText = $"INSERT INTO \"{table}\" ({list}) VALUES ({string.Join(", ", columns.Select((_, i) => $"@p{i}"))})";
                    for (var i = 0; i < columns.Count; i++)
                    {
                        var parameter = insert.CreateParameter();
                        parameter.ParameterName = $"@p{i}";
                        parameter.Value = reader.GetValue(i);
                        insert.Parameters.Add(parameter);
                    }

                    await insert.ExecuteNonQueryAsync();
                }
            }

            await transaction.CommitAsync();
        }

        await ExecuteAsync(target, sqlite ? "PRAGMA foreign_keys = ON" : "SET session_replication_role = DEFAULT");
    }

    private static async Task<DbConnection> OpenAsync(DbContext db)
    {
        var connection = db.Database.GetDbConnection();
        if (connection.State != System.Data.ConnectionState.Open)
        {
            await connection.OpenAsync();
        }

        return connection;
    }

    private static async Task<List<string>> ColumnsAsync(DbConnection connection, string table)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = $"SELECT * FROM \"{table}\" WHERE 1 = 0";
        await using var reader = await command.ExecuteReaderAsync();
        return [.. Enumerable.Range(0, reader.FieldCount).Select(reader.GetName)];
    }

    private static async Task ExecuteAsync(DbConnection connection, string sql)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await command.ExecuteNonQueryAsync();
    }
}
