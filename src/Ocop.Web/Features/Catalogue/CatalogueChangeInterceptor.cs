using System.Runtime.CompilerServices;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Ocop.Web.Features.Classification;
using Ocop.Web.Features.Evaluation.Certificates;
using Ocop.Web.Features.Fairs;
using Ocop.Web.Features.MarketAccess;
using Ocop.Web.Features.Producers;
using Ocop.Web.Features.Products;
using Ocop.Web.Features.Products.Showcase;
using Ocop.Web.Features.Traceability;
using Ocop.Web.Features.ValueChains;

namespace Ocop.Web.Features.Catalogue;

/// <summary>
/// Tells the catalogue index and the public pages after a save that changed what they show. Noted before the save
/// (while the change tracker still knows what changed) and reported after it, so a rebuild never reads the old rows.
/// Only the types below count: scan counts, sessions, audit entries and the like are saved all day and show on no
/// public page, and must not empty the cache.
/// </summary>
internal sealed class CatalogueChangeInterceptor(CatalogueChangeFeed feed) : SaveChangesInterceptor
{
    /// <summary>What the catalogue's index is built from.</summary>
    internal static readonly HashSet<Type> CatalogueTypes =
        [typeof(Product), typeof(Producer), typeof(ProductImage), typeof(Certificate), typeof(ProductSet), typeof(ProductGroup)];

    /// <summary>What the public pages show beside the catalogue (product, lot, verify, where-to-buy and fair pages).</summary>
    internal static readonly HashSet<Type> PageTypes =
    [
        typeof(ProductPack), typeof(ProductVideo), typeof(ProductLot), typeof(LotDocument), typeof(RecognitionDecision),
        typeof(SalesPoint), typeof(SalesPointProduct), typeof(ProductListing),
        typeof(TradeFair), typeof(FairZone), typeof(Booth), typeof(BoothApplication), typeof(ApplicationProduct),
        typeof(ValueChain), typeof(ValueChainMember), typeof(ValueChainProduct), typeof(RawMaterialArea),
    ];

    private static readonly ConditionalWeakTable<DbContext, StrongBox<bool>> Pending = [];

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
        switch (Reported(eventData.Context))
        {
            case true:
                feed.Changed(eventData.Context!);
                break;
            case false:
                feed.PagesChanged(eventData.Context!);
                break;
        }

        return result;
    }

    public override async ValueTask<int> SavedChangesAsync(SaveChangesCompletedEventData eventData, int result, CancellationToken cancellationToken = default)
    {
        switch (Reported(eventData.Context))
        {
            case true:
                await feed.ChangedAsync(eventData.Context!, cancellationToken);
                break;
            case false:
                await feed.PagesChangedAsync(eventData.Context!, cancellationToken);
                break;
        }

        return result;
    }

    /// <summary>True when the catalogue changed, false when only the pages did, null when neither.</summary>
    internal static bool? Touches(IEnumerable<Type> changedTypes)
    {
        bool? touched = null;
        foreach (var type in changedTypes)
        {
            if (CatalogueTypes.Contains(type))
            {
                return true;
            }

            if (PageTypes.Contains(type))
            {
                touched = false;
            }
        }

        return touched;
    }

    private static void Note(DbContext? context)
    {
        if (context is null)
        {
            return;
        }

        var changed = context.ChangeTracker.Entries()
            .Where(e => e.State is EntityState.Added or EntityState.Modified or EntityState.Deleted)
            .Select(e => e.Entity.GetType());
        if (Touches(changed) is { } catalogue)
        {
            Pending.AddOrUpdate(context, new StrongBox<bool>(catalogue));
        }
    }

    private static bool? Reported(DbContext? context) =>
        context is not null && Pending.TryGetValue(context, out var box) && Pending.Remove(context) ? box.Value : null;
}
