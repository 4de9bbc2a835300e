using System.Runtime.CompilerServices;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Ocop.Web.Features.Classification;
using Ocop.Web.Features.Evaluation.Certificates;
using Ocop.Web.Features.Producers;
using Ocop.Web.Features.Products;

namespace Ocop.Web.Features.Catalogue;

/// <summary>
/// Tells the catalogue index after a save that changed what it shows. Noted before the save (while the
/// change tracker still knows what changed) and reported after it, so a rebuild never reads the old rows.
/// </summary>
internal sealed class CatalogueChangeInterceptor(CatalogueChangeFeed feed) : SaveChangesInterceptor
{
    private static readonly ConditionalWeakTable<DbContext, object> Pending = [];
    private static readonly object Marker = new();

    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        Note(eventData.Context);
        return result;
    }

    public override ValueTask<InterceptionResult<int>> SavingChangesAsync(DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        Note(eventData.Context);
        return ValueTask.FromResult(result);
    }

    public override int SavedChanges(SaveChangesCompletedEventData eventData, int result)
    {
        if (Reported(eventData.Context))
        {
            feed.Changed(eventData.Context!);
        }

        return result;
    }

    public override async ValueTask<int> SavedChangesAsync(SaveChangesCompletedEventData eventData, int result, CancellationToken cancellationToken = default)
    {
        if (Reported(eventData.Context))
        {
            await feed.ChangedAsync(eventData.Context!, cancellationToken);
        }

        return result;
    }

    private static void Note(DbContext? context)
    {
        if (context is not null && context.ChangeTracker.Entries().Any(e =>
                e.State is EntityState.Added or EntityState.Modified or EntityState.Deleted
                && e.Entity is Product or Producer or ProductImage or Certificate or ProductSet or ProductGroup))
        {
            Pending.AddOrUpdate(context, Marker);
        }
    }

    private static bool Reported(DbContext? context) => context is not null && Pending.Remove(context);
}
