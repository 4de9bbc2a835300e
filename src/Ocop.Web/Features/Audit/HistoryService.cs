using System.Globalization;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Ocop.Web.Data;
using Ocop.Web.Features.Accounts;

namespace Ocop.Web.Features.Audit;

public sealed record FieldChange(string Field, string? Old, string? New);

public sealed record HistoryItem(DateTime At, string Action, string? UserName, IReadOnlyList<FieldChange> Changes);

/// <summary>Reads a record's audit trail, for records the caller may see (deleted ones included).</summary>
public sealed class HistoryService(OcopDbContext db)
{
    public async Task<IReadOnlyList<HistoryItem>?> ForProducerAsync(int id, UserScope scope, CancellationToken ct = default)
    {
        var visible = await db.Producers.IgnoreQueryFilters().VisibleTo(scope).AnyAsync(p => p.Id == id, ct);
        return visible ? await ReadAsync("Producer", id, ct) : null;
    }

    public async Task<IReadOnlyList<HistoryItem>?> ForProductAsync(int id, UserScope scope, CancellationToken ct = default)
    {
        var visible = await db.Products.IgnoreQueryFilters().VisibleTo(scope).AnyAsync(p => p.Id == id, ct);
        return visible ? await ReadAsync("Product", id, ct) : null;
    }

    private async Task<IReadOnlyList<HistoryItem>> ReadAsync(string type, int id, CancellationToken ct)
    {
        var key = id.ToString(CultureInfo.InvariantCulture);
        var rows = await db.AuditEntries.AsNoTracking()
            .Where(a => a.EntityType == type && a.EntityId == key)
            .OrderByDescending(a => a.Id)
            .ToListAsync(ct);
        return rows.Select(r => new HistoryItem(r.At, r.Action, r.UserName, Parse(r.Changes))).ToList();
    }

    private static List<FieldChange> Parse(string json)
    {
        using var document = JsonDocument.Parse(json);
        return document.RootElement.EnumerateObject()
            .Select(p => new FieldChange(
                p.Name,
                p.Value.TryGetProperty("old", out var o) ? o.GetString() : null,
                p.Value.TryGetProperty("new", out var n) ? n.GetString() : null))
            .ToList();
    }
}
