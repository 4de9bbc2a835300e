using System.Data.Common;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;

namespace Ocop.Tests.Data;

/// <summary>
/// A database's schema as a set of normalised catalog rows (tables, columns, types,
/// nullability, defaults, keys, indexes with filters, foreign keys, checks), ignoring column order
/// and EF's own bookkeeping tables, so two databases can be compared as sets.
/// </summary>
public static partial class SchemaSnapshot
{
    private static readonly string[] Ignored = ["__EFMigrationsHistory", "__EFMigrationsLock", "sqlite_sequence"];

    public static async Task<SortedSet<string>> ReadAsync(DbContext db) =>
        db.Database.IsSqlite() ? await ReadSqliteAsync(db.Database.GetDbConnection()) : await ReadPostgresAsync(db.Database.GetDbConnection());

    private static async Task<SortedSet<string>> ReadSqliteAsync(DbConnection connection)
    {
        await OpenAsync(connection);
        var rows = new SortedSet<string>(StringComparer.Ordinal);
        var tables = await QueryAsync(connection, "SELECT name, sql FROM sqlite_master WHERE type = 'table'");
        foreach (var table in tables.Where(t => !Ignored.Contains(t[0])))
        {
            var name = table[0]!;
            rows.Add($"table {name} autoincrement={table[1]!.Contains("AUTOINCREMENT", StringComparison.OrdinalIgnoreCase)}");
            foreach (Match check in CheckConstraint().Matches(table[1]!))
            {
                rows.Add($"check {name} {check.Value}");
            }

            foreach (var c in await QueryAsync(connection, $"SELECT name, type, \"notnull\", dflt_value, pk FROM pragma_table_info('{name}')"))
            {
                rows.Add($"column {name}.{c[0]} type={c[1]} notnull={c[2]} default={c[3]} pk={c[4]}");
            }

            foreach (var index in await QueryAsync(connection, $"SELECT name, \"unique\", origin FROM pragma_index_list('{name}')"))
            {
                var columns = await QueryAsync(connection, $"SELECT name FROM pragma_index_info('{index[0]}') ORDER BY seqno");
                var sql = (await QueryAsync(connection, $"SELECT sql FROM sqlite_master WHERE type = 'index' AND name = '{index[0]}'")).FirstOrDefault()?[0];
                var where = sql is null ? string.Empty : sql[(sql.IndexOf(" WHERE ", StringComparison.OrdinalIgnoreCase) is var w and >= 0 ? w : sql.Length)..];
                rows.Add($"index {name}.{(index[2] == "pk" ? "<pk>" : index[0])} unique={index[1]} ({string.Join(",", columns.Select(x => x[0]))}){where}");
            }

            foreach (var fk in await QueryAsync(connection, $"SELECT \"from\", \"table\", \"to\", on_delete FROM pragma_foreign_key_list('{name}')"))
            {
                rows.Add($"fk {name}.{fk[0]} -> {fk[1]}.{fk[2]} on delete {fk[3]}");
            }
        }

        return rows;
    }

    private static async Task<SortedSet<string>> ReadPostgresAsync(DbConnection connection)
    {
        await OpenAsync(connection);
        var rows = new SortedSet<string>(StringComparer.Ordinal);
        var ignored = string.Join(",", Ignored.Select(t => $"'{t}'"));
        foreach (var c in await QueryAsync(connection, $"""
            SELECT table_name, column_name, data_type, character_maximum_length, numeric_precision, is_nullable, column_default, is_identity, identity_generation
            FROM information_schema.columns WHERE table_schema = 'public' AND table_name NOT IN ({ignored})
            """))
        {
            rows.Add($"column {c[0]}.{c[1]} type={c[2]}({c[3]},{c[4]}) nullable={c[5]} default={c[6]} identity={c[7]}/{c[8]}");
        }

        foreach (var i in await QueryAsync(connection, $"SELECT tablename, indexdef FROM pg_indexes WHERE schemaname = 'public' AND tablename NOT IN ({ignored})"))
        {
            rows.Add($"index {i[0]} {i[1]}");
        }

        foreach (var k in await QueryAsync(connection, $"""
            SELECT rel.relname, con.conname, pg_get_constraintdef(con.oid)
            FROM pg_constraint con JOIN pg_class rel ON rel.oid = con.conrelid JOIN pg_namespace ns ON ns.oid = rel.relnamespace
            WHERE ns.nspname = 'public' AND rel.relname NOT IN ({ignored})
            """))
        {
            rows.Add($"constraint {k[0]}.{k[1]} {k[2]}");
        }

        foreach (var e in await QueryAsync(connection, "SELECT extname FROM pg_extension"))
        {
            rows.Add($"extension {e[0]}");
        }

        return rows;
    }

    public static async Task OpenAsync(DbConnection connection)
    {
        if (connection.State != System.Data.ConnectionState.Open)
        {
            await connection.OpenAsync();
        }
    }

    private static async Task<List<string?[]>> QueryAsync(DbConnection connection, string sql)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await using var reader = await command.ExecuteReaderAsync();
        var result = new List<string?[]>();
        while (await reader.ReadAsync())
        {
            var row = new string?[reader.FieldCount];
            for (var i = 0; i < row.Length; i++)
            {
                row[i] = reader.IsDBNull(i) ? null : Convert.ToString(reader.GetValue(i), System.Globalization.CultureInfo.InvariantCulture);
            }

            result.Add(row);
        }

        return result;
    }

    [GeneratedRegex("CONSTRAINT \"CK_[^\"]+\" CHECK \\(.*?\\)\\)?(?=,|\\s*\\))", RegexOptions.Singleline)]
    private static partial Regex CheckConstraint();
}
