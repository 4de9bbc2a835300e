using Microsoft.EntityFrameworkCore;
using Ocop.Web.Data;
using Ocop.Web.Features.Accounts;
using Ocop.Web.Features.Catalogue;
using Ocop.Web.Features.Products;
using Ocop.Web.Infrastructure;

namespace Ocop.Web.Features.Fairs;

/// <summary>
/// Booth applications and allocation. Producers apply from their portal and may withdraw before the fair;
/// the organising province's officers allocate booths (never one twice, never more than the producer asked
/// for within the fair's allowance, also under parallel clicks), keep the waiting list and refuse
/// (the results after the fair are <see cref="FairResultsService"/>'s).
/// </summary>
public sealed class BoothApplicationService(OcopDbContext db, FairService fairs, CatalogueChangeFeed changes, TimeProvider clock)
{
    public const int MaxProductsShown = 10;

    /// <summary>The applications of a fair the caller manages, the waiting list's order kept.</summary>
    public async Task<List<ApplicationItem>?> ListAsync(int fairId, UserScope scope, CancellationToken ct) =>
        await fairs.ManagedBy(scope).AnyAsync(f => f.Id == fairId, ct) ? await ProjectAsync(db.BoothApplications.Where(a => a.FairId == fairId), ct) : null;

    /// <summary>The producer's own applications, to every fair.</summary>
    public async Task<List<ApplicationItem>> MineAsync(UserScope scope, CancellationToken ct) =>
        scope.IsProducer ? await ProjectAsync(db.BoothApplications.Where(a => a.ProducerId == scope.ProducerId), ct) : [];

    public async Task<ApplicationItem?> MineAtAsync(int fairId, UserScope scope, CancellationToken ct) =>
        scope.IsProducer ? (await ProjectAsync(db.BoothApplications.Where(a => a.ProducerId == scope.ProducerId && a.FairId == fairId), ct)).SingleOrDefault() : null;

    /// <summary>
    /// A producer applies to a published fair before applications close. One application per fair (a withdrawn
    /// one is taken up again). When the free booths not already promised to earlier applications cannot cover
    /// the request, it goes straight onto the waiting list.
    /// </summary>
    public async Task<ServiceResult<int>> ApplyAsync(int fairId, ApplicationInput input, UserScope scope, CancellationToken ct)
    {
        var fair = await db.TradeFairs.AsNoTracking().SingleOrDefaultAsync(f => f.Id == fairId && f.IsPublished, ct);
        if (fair is null || !scope.IsProducer)
        {
            return ServiceResult<int>.NotFound();
        }

        var producerId = scope.ProducerId!.Value;
        var errors = new ValidationErrors();
        if (VietnamTime.Today(clock) > fair.ApplicationsCloseOn)
        {
            errors.Add("FairId", "Validation.Fair.ApplicationsClosed");
        }

        if (input.BoothsRequested is not { } requested || requested < 1 || requested > fair.MaxBoothsPerProducer)
        {
            errors.Add(nameof(input.BoothsRequested), "Validation.Fair.BoothsRequested");
        }

        var productIds = (input.ProductIds ?? []).Distinct().ToList();
        if (productIds.Count is 0 or > MaxProductsShown
            || await db.Products.CountAsync(p => productIds.Contains(p.Id) && p.ProducerId == producerId && !p.IsDeleted && p.Status != ProductStatus.Withdrawn, ct) != productIds.Count)
        {
            errors.Add(nameof(input.ProductIds), "Validation.Fair.Products");
        }

        if (input.PreferredZoneId is { } zoneId && !await db.FairZones.AnyAsync(z => z.Id == zoneId && z.FairId == fairId, ct))
        {
            errors.Add(nameof(input.PreferredZoneId), "Validation.Fair.Zone");
        }

        TextRules.MaxLength(errors, nameof(input.Wishes), input.Wishes, 1000);
        var existing = await db.BoothApplications.Include(a => a.Products).SingleOrDefaultAsync(a => a.FairId == fairId && a.ProducerId == producerId, ct);
        if (existing is { Status: not ApplicationStatus.Withdrawn })
        {
            errors.Add("FairId", "Validation.Fair.AlreadyApplied");
        }

        if (errors.Any)
        {
            return ServiceResult<int>.Invalid(errors.ToDictionary());
        }

        var now = clock.GetUtcNow().UtcDateTime;
        var application = existing ?? new BoothApplication { FairId = fairId, ProducerId = producerId };
        application.BoothsRequested = input.BoothsRequested!.Value;
        application.BoothsAllocated = 0;
        application.PreferredZoneId = input.PreferredZoneId;
        application.Wishes = TextRules.Clean(input.Wishes);
        application.Status = ApplicationStatus.Active;
        application.SubmittedAt = now;
        application.SubmittedBy = scope.UserName;
        application.WaitlistedAt = await FreeBoothsAsync(fairId, ct) < application.BoothsRequested ? now : null;
        application.Products.Clear();
        application.Products.AddRange(productIds.Select(id => new ApplicationProduct { ProductId = id }));
        if (existing is null)
        {
            db.BoothApplications.Add(application);
        }

        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException) when (existing is null)
        {
            // The same producer applying twice at once: the unique index keeps one.
            return ServiceResult<int>.Invalid("FairId", "Validation.Fair.AlreadyApplied");
        }

        return ServiceResult<int>.Ok(application.Id);
    }

    /// <summary>The producer withdraws before the fair starts; their booths become free.</summary>
    public async Task<ServiceResult<int>> WithdrawAsync(int fairId, UserScope scope, CancellationToken ct)
    {
        var application = scope.IsProducer
            ? await db.BoothApplications.AsNoTracking().SingleOrDefaultAsync(a => a.FairId == fairId && a.ProducerId == scope.ProducerId && a.Status == ApplicationStatus.Active, ct)
            : null;
        if (application is null)
        {
            return ServiceResult<int>.NotFound();
        }

        var starts = await db.TradeFairs.Where(f => f.Id == fairId).Select(f => f.StartsOn).SingleAsync(ct);
        if (VietnamTime.Today(clock) >= starts)
        {
            return ServiceResult<int>.Invalid("FairId", "Validation.Fair.WithdrawAfterStart");
        }

        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        // The application row first, as allocation does, so the two never wait on each other in opposite order.
        await db.BoothApplications.Where(a => a.Id == application.Id)
            .ExecuteUpdateAsync(u => u.SetProperty(a => a.Status, ApplicationStatus.Withdrawn).SetProperty(a => a.BoothsAllocated, 0).SetProperty(a => a.WaitlistedAt, (DateTime?)null), ct);
        await db.Booths.Where(b => b.ApplicationId == application.Id)
            .ExecuteUpdateAsync(u => u.SetProperty(b => b.ApplicationId, (int?)null).SetProperty(b => b.AllocatedAt, (DateTime?)null).SetProperty(b => b.AllocatedBy, (string?)null), ct);
        await transaction.CommitAsync(ct);
        // Bulk updates pass by the save interceptor: the fair's public plan is told here.
        await changes.PagesChangedAsync(db, ct);
        return ServiceResult<int>.Ok(application.Id);
    }

    /// <summary>
    /// Gives a booth to an application. Two conditional updates in one transaction: the application's count
    /// goes up only while below its request, the booth takes the application only while empty. If either
    /// changes nothing, everything is rolled back and the caller is told which rule stopped it.
    /// </summary>
    public async Task<ServiceResult<int>> AllocateAsync(int fairId, AllocationInput input, UserScope scope, CancellationToken ct)
    {
        if (!await fairs.ManagedBy(scope).AnyAsync(f => f.Id == fairId, ct))
        {
            return ServiceResult<int>.NotFound();
        }

        var booth = await db.Booths.AsNoTracking().SingleOrDefaultAsync(b => b.Id == input.BoothId && b.FairId == fairId, ct);
        var application = await db.BoothApplications.AsNoTracking().SingleOrDefaultAsync(a => a.Id == input.ApplicationId && a.FairId == fairId, ct);
        var errors = new ValidationErrors();
        if (booth is null)
        {
            errors.Add(nameof(input.BoothId), "Validation.Fair.Booth");
        }
        else if (booth.ApplicationId is not null)
        {
            errors.Add(nameof(input.BoothId), "Validation.Fair.BoothTaken");
        }

        if (input.ApplicationId is null)
        {
            errors.Add(nameof(input.ApplicationId), "Validation.Fair.ChooseApplication");
        }
        else if (application is null || application.Status != ApplicationStatus.Active)
        {
            errors.Add(nameof(input.ApplicationId), "Validation.Fair.Application");
        }
        else if (application.BoothsAllocated >= application.BoothsRequested)
        {
            errors.Add(nameof(input.ApplicationId), "Validation.Fair.Allowance");
        }

        if (errors.Any)
        {
            return ServiceResult<int>.Invalid(errors.ToDictionary());
        }

        var now = clock.GetUtcNow().UtcDateTime;
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        var counted = await db.BoothApplications
            .Where(a => a.Id == application!.Id && a.Status == ApplicationStatus.Active && a.BoothsAllocated < a.BoothsRequested)
            .ExecuteUpdateAsync(u => u.SetProperty(a => a.BoothsAllocated, a => a.BoothsAllocated + 1), ct);
        if (counted == 0)
        {
            await transaction.RollbackAsync(ct);
            return ServiceResult<int>.Invalid(nameof(input.ApplicationId), "Validation.Fair.Allowance");
        }

        var taken = await db.Booths.Where(b => b.Id == booth!.Id && b.ApplicationId == null)
            .ExecuteUpdateAsync(u => u.SetProperty(b => b.ApplicationId, application!.Id).SetProperty(b => b.AllocatedAt, now).SetProperty(b => b.AllocatedBy, scope.UserName), ct);
        if (taken == 0)
        {
            await transaction.RollbackAsync(ct);
            return ServiceResult<int>.Invalid(nameof(input.BoothId), "Validation.Fair.BoothTaken");
        }

        await transaction.CommitAsync(ct);
        // Bulk updates pass by the save interceptor: the fair's public plan is told here.
        await changes.PagesChangedAsync(db, ct);
        return ServiceResult<int>.Ok(booth!.Id);
    }

    /// <summary>Takes a booth back from its exhibitor (the officer changes their mind or the exhibitor cancels by phone).</summary>
    public async Task<ServiceResult<int>> ReleaseAsync(int fairId, int boothId, UserScope scope, CancellationToken ct)
    {
        var booth = await fairs.ManagedBy(scope).AnyAsync(f => f.Id == fairId, ct)
            ? await db.Booths.AsNoTracking().SingleOrDefaultAsync(b => b.Id == boothId && b.FairId == fairId, ct)
            : null;
        if (booth is null)
        {
            return ServiceResult<int>.NotFound();
        }

        if (booth.ApplicationId is not { } applicationId)
        {
            return ServiceResult<int>.Invalid("BoothId", "Validation.Fair.BoothFree");
        }

        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        await db.BoothApplications.Where(a => a.Id == applicationId && a.BoothsAllocated > 0)
            .ExecuteUpdateAsync(u => u.SetProperty(a => a.BoothsAllocated, a => a.BoothsAllocated - 1), ct);
        var freed = await db.Booths.Where(b => b.Id == boothId && b.ApplicationId == applicationId)
            .ExecuteUpdateAsync(u => u.SetProperty(b => b.ApplicationId, (int?)null).SetProperty(b => b.AllocatedAt, (DateTime?)null).SetProperty(b => b.AllocatedBy, (string?)null), ct);
        if (freed == 0)
        {
            await transaction.RollbackAsync(ct);
            return ServiceResult<int>.Invalid("BoothId", "Validation.Fair.BoothFree");
        }

        await transaction.CommitAsync(ct);
        // Bulk updates pass by the save interceptor: the fair's public plan is told here.
        await changes.PagesChangedAsync(db, ct);
        return ServiceResult<int>.Ok(boothId);
    }

    /// <summary>Puts an application still owed booths on the waiting list (kept in the order they were put there).</summary>
    public async Task<ServiceResult<int>> WaitlistAsync(int fairId, int applicationId, UserScope scope, CancellationToken ct) =>
        await ChangeAsync(fairId, applicationId, scope, a => a.BoothsAllocated < a.BoothsRequested ? null : "Validation.Fair.AlreadyServed",
            a => a.WaitlistedAt ??= clock.GetUtcNow().UtcDateTime, ct);

    /// <summary>Refuses an application that has no booth (take its booths back first).</summary>
    public async Task<ServiceResult<int>> RejectAsync(int fairId, int applicationId, UserScope scope, CancellationToken ct) =>
        await ChangeAsync(fairId, applicationId, scope, a => a.BoothsAllocated == 0 ? null : "Validation.Fair.RejectWithBooths",
            a => a.Status = ApplicationStatus.Rejected, ct);

    private async Task<ServiceResult<int>> ChangeAsync(
        int fairId, int applicationId, UserScope scope, Func<BoothApplication, string?> refusal, Action<BoothApplication> change, CancellationToken ct)
    {
        var application = await fairs.ManagedBy(scope).AnyAsync(f => f.Id == fairId, ct)
            ? await db.BoothApplications.SingleOrDefaultAsync(a => a.Id == applicationId && a.FairId == fairId && a.Status == ApplicationStatus.Active, ct)
            : null;
        if (application is null)
        {
            return ServiceResult<int>.NotFound();
        }

        if (refusal(application) is { } key)
        {
            return ServiceResult<int>.Invalid("ApplicationId", key);
        }

        change(application);
        await db.SaveChangesAsync(ct);
        return ServiceResult<int>.Ok(applicationId);
    }

    /// <summary>Free booths less those still owed to active applications not on the waiting list.</summary>
    private async Task<int> FreeBoothsAsync(int fairId, CancellationToken ct)
    {
        var free = await db.Booths.CountAsync(b => b.FairId == fairId && b.ApplicationId == null, ct);
        var owed = await db.BoothApplications.Where(a => a.FairId == fairId && a.Status == ApplicationStatus.Active && a.WaitlistedAt == null)
            .SumAsync(a => a.BoothsRequested - a.BoothsAllocated, ct);
        return free - owed;
    }

    private async Task<List<ApplicationItem>> ProjectAsync(IQueryable<BoothApplication> applications, CancellationToken ct)
    {
        var today = VietnamTime.Today(clock);
        var publicIds = db.Products.ThatArePublic().Select(p => p.Id);
        var rows = await applications.AsNoTracking()
            .Select(a => new
            {
                a.Id, a.FairId, Fair = db.TradeFairs.Where(f => f.Id == a.FairId).Select(f => f.Name).Single(), a.ProducerId, Producer = a.Producer!.Name,
                Province = db.Provinces.Where(p => p.Code == a.Producer.ProvinceCode).Select(p => p.Name).Single(),
                a.BoothsRequested, a.BoothsAllocated, a.PreferredZoneId, a.Wishes, a.Status, a.SubmittedAt, a.WaitlistedAt,
                Booths = db.Booths.Where(b => b.ApplicationId == a.Id).OrderBy(b => b.Code).Select(b => b.Code).ToList(),
                Products = a.Products.Select(p => new ShownProduct(p.ProductId, p.Product!.Name, p.Product.StarsUntil == null || p.Product.StarsUntil >= today ? p.Product.Stars : null, publicIds.Contains(p.ProductId))).ToList(),
                a.SalesAmount, a.ContractsSigned, a.ContractValue,
            })
            .ToListAsync(ct);
        return [.. rows
            .Select(r => new ApplicationItem(
                r.Id, r.FairId, r.Fair, r.ProducerId, r.Producer, r.Province, r.BoothsRequested, r.BoothsAllocated, r.PreferredZoneId, r.Wishes, r.Status,
                r.SubmittedAt, r.WaitlistedAt, r.Booths, [.. r.Products.OrderBy(p => p.Name, StringComparer.CurrentCulture)], r.SalesAmount, r.ContractsSigned, r.ContractValue))
            .OrderBy(a => StateOrder(a.State)).ThenBy(a => a.WaitlistedAt ?? a.SubmittedAt).ThenBy(a => a.Id)];
    }

    /// <summary>The officer's working order: new applications, part-served, the waiting list, served, then the closed ones.</summary>
    private static int StateOrder(ApplicationState state) => state switch
    {
        ApplicationState.Pending => 0,
        ApplicationState.PartlyAllocated => 1,
        ApplicationState.Waitlisted => 2,
        ApplicationState.Allocated => 3,
        _ => 4,
    };
}
