using Microsoft.EntityFrameworkCore;
using Ocop.Web.Data;

namespace Ocop.Web.Infrastructure.Allowances;

/// <summary>
/// A public form's allowance per client address and fixed window (an hour for inquiries, a minute for handbooks),
/// counted in the database with one atomic upsert, so two nodes behind one proxy allow a client the allowance once,
/// not once each. Windows two behind the current one are deleted as the allowance is used.
/// </summary>
public abstract class PerClientAllowance(OcopDbContext db, TimeProvider clock, string scope, int permits, TimeSpan window)
{
    public async Task<bool> TryTakeAsync(HttpContext context, CancellationToken ct)
    {
        var client = ClientAddress.Of(context);
        var current = clock.GetUtcNow().ToUnixTimeSeconds() / (long)window.TotalSeconds;
        // Same SQL on SQLite and PostgreSQL: insert the window's first use or add one to it, and read the count this
        // use made (so exactly the allowance passes, however many take at once). In a transaction of its own: on
        // SQLite that takes the write lock at BEGIN and commits with COMMIT, both of which the driver retries while
        // another connection holds the file; a bare INSERT … RETURNING would commit on its last read, which it does
        // not retry ("database is locked").
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        var taken = (await db.Database.SqlQuery<int>($"""
            INSERT INTO "ClientAllowances" ("Scope", "Client", "Window", "Taken") VALUES ({scope}, {client}, {current}, 1)
            ON CONFLICT ("Scope", "Client", "Window") DO UPDATE SET "Taken" = "ClientAllowances"."Taken" + 1
            RETURNING "Taken" AS "Value"
            """).ToListAsync(ct))[0];
        await db.ClientAllowances.Where(a => a.Scope == scope && a.Window < current - 1).ExecuteDeleteAsync(ct);
        await transaction.CommitAsync(ct);
        return taken <= permits;
    }
}
