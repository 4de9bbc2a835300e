using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Ocop.Web.Data;
using Ocop.Web.Features.Products;
using Ocop.Web.Infrastructure;

namespace Ocop.Web.Cli;

/// <summary>
/// `db backup` and `db restore` for the embedded engine. A SQLite backup is taken online with SQLite's own backup API
/// (a consistent copy while the app keeps writing), then the uploads are copied: a file is always written before the
/// row that names it, so every picture or document the copied rows name is in the copy (the pictures' copies at each width
/// are left out: they are made again when first asked for). PostgreSQL is backed up with
/// its own tools (`pg_dump`, `pg_restore`); the verbs say so instead of doing half of it.
/// </summary>
public sealed class DatabaseBackup(OcopDbContext db, DataFolder data)
{
    private const string DatabaseFile = "ocop.db";
    private const string Uploads = "uploads";

    public async Task<(bool Ok, string Message)> BackupAsync(string folder, CancellationToken ct)
    {
        if (!db.Database.IsSqlite())
        {
            return (false, "PostgreSQL is backed up with pg_dump (pg_dump --format=custom --file=ocop.dump \"$CONNECTION\") " +
                $"and a copy of the data folder's {Uploads} ({data.PathFor(Uploads)}); see docs/operations.md.");
        }

        if (Directory.Exists(folder) && Directory.EnumerateFileSystemEntries(folder).Any())
        {
            return (false, $"{folder} is not empty: back up into a new folder.");
        }

        Directory.CreateDirectory(folder);
        await CopySqliteAsync(db, Path.Combine(folder, DatabaseFile), ct);

        // Not the pictures' copies at each width: the pages make them again when first asked.
        CopyTree(data.PathFor(Uploads), Path.Combine(folder, Uploads), ProductImageVariants.IsWidthCopy);
        return (true, $"Backed up to {Path.GetFullPath(folder)}.");
    }

    /// <summary>A consistent copy of the open SQLite database into one file (the migrator's copy before it changes tables).</summary>
    public static async Task CopySqliteAsync(OcopDbContext db, string file, CancellationToken ct)
    {
        await db.Database.OpenConnectionAsync(ct);
        try
        {
            await using var target = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = file, Pooling = false }.ToString());
            await target.OpenAsync(ct);
            await CopyAsync((SqliteConnection)db.Database.GetDbConnection(), target, ct);
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }

    /// <summary>Puts a backup back over this database and data folder. Run it with the app stopped.</summary>
    public async Task<(bool Ok, string Message)> RestoreAsync(string folder, CancellationToken ct)
    {
        if (!db.Database.IsSqlite())
        {
            return (false, "PostgreSQL is restored with pg_restore (pg_restore --no-owner --dbname=ocop ocop.dump) " +
                $"and the copied {Uploads} put back into {data.PathFor(Uploads)}; see docs/operations.md.");
        }

        var source = Path.Combine(folder, DatabaseFile);
        if (!File.Exists(source))
        {
            return (false, $"{source} does not exist: name a folder made by db backup.");
        }

        await using var backup = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = source, Mode = SqliteOpenMode.ReadOnly, Pooling = false }.ToString());
        await backup.OpenAsync(ct);
        await using (var check = backup.CreateCommand())
        {
            check.CommandText = "PRAGMA integrity_check";
            if (await check.ExecuteScalarAsync(ct) as string != "ok")
            {
                return (false, $"{source} is damaged (integrity check failed): nothing was restored.");
            }
        }

        await db.Database.OpenConnectionAsync(ct);
        try
        {
            await CopyAsync(backup, (SqliteConnection)db.Database.GetDbConnection(), ct);
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }

        CopyTree(Path.Combine(folder, Uploads), data.PathFor(Uploads), leaveOut: _ => false);
        return (true, $"Restored from {Path.GetFullPath(folder)}.");
    }

    /// <summary>
    /// SQLite's backup copies the whole file in one step, and gives up at once ("database is locked") when a writer holds
    /// the file at that moment; it is tried again (from the start, so the copy is always one consistent state) for up to
    /// a minute.
    /// </summary>
    private static async Task CopyAsync(SqliteConnection from, SqliteConnection to, CancellationToken ct)
    {
        var until = DateTime.UtcNow.AddMinutes(1);
        while (true)
        {
            try
            {
                from.BackupDatabase(to);
                return;
            }
            catch (SqliteException e) when (e.SqliteErrorCode is 5 or 6 && DateTime.UtcNow < until)
            {
                await Task.Delay(50, ct); // SQLITE_BUSY / SQLITE_LOCKED: a write is being committed
            }
        }
    }

    private static void CopyTree(string from, string to, Func<string, bool> leaveOut)
    {
        if (!Directory.Exists(from))
        {
            return;
        }

        foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories).Where(f => !leaveOut(f)))
        {
            var target = Path.Combine(to, Path.GetRelativePath(from, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target, overwrite: true);
        }
    }
}
