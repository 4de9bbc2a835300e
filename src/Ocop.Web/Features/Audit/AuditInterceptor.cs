using System.Globalization;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.EntityFrameworkCore.Storage;
using Ocop.Web.Infrastructure;

namespace Ocop.Web.Features.Audit;

/// <summary>
/// Stamps audited records (who, when, version) and writes one <see cref="AuditEntry"/> per
/// changed record. Entries are written after the save, when new records have their ids, inside
/// the same transaction, so a change and its history land together or not at all.
/// </summary>
internal sealed class AuditInterceptor(TimeProvider clock, ICurrentUser currentUser) : SaveChangesInterceptor
{
    private static readonly HashSet<string> Unaudited =
        [nameof(IAuditedEntity.CreatedAt), nameof(IAuditedEntity.CreatedBy), nameof(IAuditedEntity.UpdatedAt),
         nameof(IAuditedEntity.UpdatedBy), nameof(IAuditedEntity.Version), "SearchName", nameof(ISoftDeletable.DeletedAt)];

    private readonly List<PendingAudit> _pending = [];
    private IDbContextTransaction? _ownTransaction;

    public override async ValueTask<InterceptionResult<int>> SavingChangesAsync(
        DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        var context = eventData.Context!;
        _pending.Clear();
        var now = clock.GetUtcNow().UtcDateTime;
        foreach (var entry in context.ChangeTracker.Entries<IAuditedEntity>())
        {
            if (entry.State is EntityState.Added or EntityState.Modified or EntityState.Deleted)
            {
                Stamp(entry, now);
                _pending.Add(Capture(entry));
            }
        }

        if (_pending.Count > 0 && context.Database.CurrentTransaction is null)
        {
            _ownTransaction = await context.Database.BeginTransactionAsync(cancellationToken);
        }

        return result;
    }

    public override async ValueTask<int> SavedChangesAsync(
        SaveChangesCompletedEventData eventData, int result, CancellationToken cancellationToken = default)
    {
        var context = eventData.Context!;
        if (_pending.Count == 0)
        {
            return result;
        }

        var now = clock.GetUtcNow().UtcDateTime;
        var entries = _pending.Select(p => p.ToEntry(now, currentUser)).ToList();
        _pending.Clear();
        context.Set<AuditEntry>().AddRange(entries);
        await context.SaveChangesAsync(cancellationToken);
        if (_ownTransaction is not null)
        {
            await _ownTransaction.CommitAsync(cancellationToken);
            await DisposeOwnTransactionAsync();
        }

        return result;
    }

    public override async Task SaveChangesFailedAsync(DbContextErrorEventData eventData, CancellationToken cancellationToken = default)
    {
        _pending.Clear();
        await DisposeOwnTransactionAsync();
    }

    /// <summary>
    /// Synchronous saves are for records with no history (the data-protection key ring saves this way); an audited
    /// record saved so would lose its entry.
    /// </summary>
    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result) =>
        eventData.Context!.ChangeTracker.Entries<IAuditedEntity>().Any(e => e.State is EntityState.Added or EntityState.Modified or EntityState.Deleted)
            ? throw new InvalidOperationException("Use SaveChangesAsync: audited saves run asynchronously.")
            : result;

    private async Task DisposeOwnTransactionAsync()
    {
        if (_ownTransaction is not null)
        {
            await _ownTransaction.DisposeAsync();
            _ownTransaction = null;
        }
    }

    private void Stamp(EntityEntry<IAuditedEntity> entry, DateTime now)
    {
        var user = currentUser.Name;
        if (entry.State == EntityState.Added)
        {
            entry.Entity.CreatedAt = now;
            entry.Entity.CreatedBy = user;
            entry.Entity.Version = 1;
        }
        else if (entry.State == EntityState.Modified)
        {
            entry.Entity.Version = (int)entry.Property(nameof(IAuditedEntity.Version)).OriginalValue! + 1;
        }

        entry.Entity.UpdatedAt = now;
        entry.Entity.UpdatedBy = user;
        if (entry.Entity is ISoftDeletable deletable && entry.Property(nameof(ISoftDeletable.IsDeleted)).IsModified)
        {
            deletable.DeletedAt = deletable.IsDeleted ? now : null;
        }
    }

    private static PendingAudit Capture(EntityEntry<IAuditedEntity> entry)
    {
        var changes = new SortedDictionary<string, object?>(StringComparer.Ordinal);
        var action = entry.State switch
        {
            EntityState.Added => AuditActions.Created,
            EntityState.Deleted => AuditActions.Deleted,
            _ => AuditActions.Updated,
        };
        foreach (var property in entry.Properties)
        {
            var name = property.Metadata.Name;
            if (Unaudited.Contains(name) || property.Metadata.IsPrimaryKey())
            {
                continue;
            }

            if (entry.State == EntityState.Added)
            {
                if (property.CurrentValue is not null)
                {
                    changes[name] = new { @new = Format(property.CurrentValue) };
                }
            }
            else if (entry.State == EntityState.Modified && property.IsModified
                     && !Equals(property.OriginalValue, property.CurrentValue))
            {
                changes[name] = new { old = Format(property.OriginalValue), @new = Format(property.CurrentValue) };
                if (name == nameof(ISoftDeletable.IsDeleted))
                {
                    action = property.CurrentValue is true ? AuditActions.Deleted : AuditActions.Restored;
                }
            }
        }

        return new PendingAudit(entry, action, JsonSerializer.Serialize(changes));
    }

    private static string? Format(object? value) => value switch
    {
        null => null,
        DateTime d => d.ToString("O", CultureInfo.InvariantCulture),
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString(),
    };

    private sealed record PendingAudit(EntityEntry<IAuditedEntity> Entry, string Action, string Changes)
    {
        public AuditEntry ToEntry(DateTime now, ICurrentUser user) => new()
        {
            EntityType = Entry.Metadata.ClrType.Name,
            EntityId = Entry.Entity.Id.ToString(CultureInfo.InvariantCulture),
            Action = Action,
            At = now,
            UserId = user.Id,
            UserName = user.Name,
            Changes = Changes,
        };
    }
}
