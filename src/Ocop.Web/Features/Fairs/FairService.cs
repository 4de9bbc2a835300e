using Microsoft.EntityFrameworkCore;
using Ocop.Web.Data;
using Ocop.Web.Features.Accounts;
using Ocop.Web.Features.Catalogue;
using Ocop.Web.Features.Products;
using Ocop.Web.Features.Search;
using Ocop.Web.Infrastructure;

namespace Ocop.Web.Features.Fairs;

/// <summary>
/// Trade fairs: the event, the zones laid out on the hall grid and their booths, the public plan and
/// exhibitor list. A fair belongs to its organising province: its province officers (and the national
/// admin) manage it; commune officers and producers do not. Published fairs are public.
/// </summary>
public sealed class FairService(OcopDbContext db, CatalogueChangeFeed changes, TimeProvider clock)
{
    public async Task<List<FairItem>> ListAsync(UserScope scope, CancellationToken ct) =>
        [.. (await Project(ManagedBy(scope)).ToListAsync(ct)).OrderByDescending(f => f.StartsOn)];

    public async Task<FairItem?> GetAsync(int id, UserScope scope, CancellationToken ct) =>
        await Project(ManagedBy(scope).Where(f => f.Id == id)).SingleOrDefaultAsync(ct);

    /// <summary>Published fairs, the coming and running ones first, then the past ones newest first.</summary>
    public async Task<List<FairItem>> PublicListAsync(DateOnly today, CancellationToken ct)
    {
        var fairs = await Project(db.TradeFairs.Where(f => f.IsPublished)).ToListAsync(ct);
        return [.. fairs.Where(f => f.EndsOn >= today).OrderBy(f => f.StartsOn).Concat(fairs.Where(f => f.EndsOn < today).OrderByDescending(f => f.StartsOn))];
    }

    public async Task<FairItem?> PublicGetAsync(int id, CancellationToken ct) =>
        await Project(db.TradeFairs.Where(f => f.Id == id && f.IsPublished)).SingleOrDefaultAsync(ct);

    public async Task<ServiceResult<int>> CreateAsync(FairInput input, UserScope scope, CancellationToken ct)
    {
        var (errors, province) = await CheckAsync(input, scope, ct);
        if (errors.Any)
        {
            return ServiceResult<int>.Invalid(errors.ToDictionary());
        }

        var fair = new TradeFair { Name = input.Name!.Trim(), ProvinceCode = province!, Organiser = input.Organiser!.Trim(), Venue = input.Venue!.Trim() };
        Apply(fair, input);
        db.TradeFairs.Add(fair);
        await db.SaveChangesAsync(ct);
        return ServiceResult<int>.Ok(fair.Id);
    }

    /// <summary>Changes the event's facts. The hall cannot shrink below the zones already laid out.</summary>
    public async Task<ServiceResult<int>> UpdateAsync(int id, FairInput input, UserScope scope, CancellationToken ct)
    {
        var fair = await ManagedBy(scope).Include(f => f.Zones).SingleOrDefaultAsync(f => f.Id == id, ct);
        if (fair is null)
        {
            return ServiceResult<int>.NotFound();
        }

        if (input.Version != fair.Version)
        {
            return ServiceResult<int>.Conflict();
        }

        input.ProvinceCode = fair.ProvinceCode; // the organiser stays
        var (errors, _) = await CheckAsync(input, scope, ct);
        if (!errors.Any && fair.Zones.Select(FairLayout.Footprint).Any(a => a.X + a.Width > input.HallWidth || a.Y + a.Depth > input.HallDepth))
        {
            errors.Add(nameof(input.HallWidth), "Validation.Fair.HallTooSmall");
        }

        if (errors.Any)
        {
            return ServiceResult<int>.Invalid(errors.ToDictionary());
        }

        Apply(fair, input);
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            return ServiceResult<int>.Conflict();
        }

        return ServiceResult<int>.Ok(id);
    }

    /// <summary>Lays out a zone and generates its booths: inside the hall, clear of the other zones, the fair's booths within its limit.</summary>
    public async Task<ServiceResult<int>> AddZoneAsync(int fairId, ZoneInput input, UserScope scope, CancellationToken ct)
    {
        var fair = await ManagedBy(scope).AsNoTracking().Include(f => f.Zones).SingleOrDefaultAsync(f => f.Id == fairId, ct);
        if (fair is null)
        {
            return ServiceResult<int>.NotFound();
        }

        var errors = FairRules.Check(input);
        if (!errors.Any)
        {
            var code = input.Code!.Trim();
            var area = FairLayout.Footprint(input.X!.Value, input.Y!.Value, input.Columns!.Value, input.Rows!.Value, input.BoothWidth!.Value, input.BoothDepth!.Value, input.AisleWidth!.Value);
            if (fair.Zones.Any(z => z.Code == code))
            {
                errors.Add(nameof(input.Code), "Validation.Zone.CodeTaken");
            }

            if (area.X + area.Width > fair.HallWidth || area.Y + area.Depth > fair.HallDepth)
            {
                errors.Add(nameof(input.X), "Validation.Zone.OutsideHall");
            }
            else if (fair.Zones.FirstOrDefault(z => FairLayout.Footprint(z).Overlaps(area)) is not null)
            {
                errors.Add(nameof(input.X), "Validation.Zone.Overlaps");
            }

            if (fair.Zones.Sum(z => z.Columns * z.Rows) + (input.Columns * input.Rows) > FairRules.MaxBoothsPerFair)
            {
                errors.Add(nameof(input.Columns), "Validation.Zone.TooManyBooths");
            }
        }

        if (errors.Any)
        {
            return ServiceResult<int>.Invalid(errors.ToDictionary());
        }

        var zone = new FairZone
        {
            FairId = fairId, Code = input.Code!.Trim(), Name = input.Name!.Trim(), NameEn = TextRules.Clean(input.NameEn), Kind = input.Kind!.Value, X = input.X!.Value, Y = input.Y!.Value,
            Columns = input.Columns!.Value, Rows = input.Rows!.Value, BoothWidth = input.BoothWidth!.Value, BoothDepth = input.BoothDepth!.Value,
            AisleWidth = input.AisleWidth!.Value, Price = input.Price!.Value, CornerPrice = input.CornerPrice!.Value,
        };
        zone.Booths.AddRange(FairLayout.Booths(zone, fairId));
        db.FairZones.Add(zone);
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException)
        {
            // Two officers adding the same code at once: the unique index refuses the second.
            return ServiceResult<int>.Invalid(nameof(input.Code), "Validation.Zone.CodeTaken");
        }

        return ServiceResult<int>.Ok(zone.Id);
    }

    /// <summary>Removes a zone and its booths, while none of them is allocated.</summary>
    public async Task<ServiceResult<int>> RemoveZoneAsync(int fairId, int zoneId, UserScope scope, CancellationToken ct)
    {
        if (!await ManagedBy(scope).AnyAsync(f => f.Id == fairId, ct) || !await db.FairZones.AnyAsync(z => z.Id == zoneId && z.FairId == fairId, ct))
        {
            return ServiceResult<int>.NotFound();
        }

        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        // Deleting the zone's free booths first means an allocation racing with the removal keeps its booth (and the zone).
        await db.Booths.Where(b => b.ZoneId == zoneId && b.ApplicationId == null).ExecuteDeleteAsync(ct);
        if (await db.Booths.AnyAsync(b => b.ZoneId == zoneId, ct))
        {
            await transaction.RollbackAsync(ct);
            return ServiceResult<int>.Invalid("ZoneId", "Validation.Zone.HasAllocations");
        }

        await db.FairZones.Where(z => z.Id == zoneId).ExecuteDeleteAsync(ct);
        await transaction.CommitAsync(ct);
        // Bulk updates pass by the save interceptor: the fair's public plan is told here.
        await changes.PagesChangedAsync(db, ct);
        return ServiceResult<int>.Ok(zoneId);
    }

    /// <summary>The plan of a fair the caller manages.</summary>
    public async Task<FairPlan?> PlanAsync(int id, UserScope scope, CancellationToken ct) =>
        await GetAsync(id, scope, ct) is { } fair ? await PlanOfAsync(fair, ct) : null;

    /// <summary>The plan of a published fair.</summary>
    public async Task<FairPlan?> PublicPlanAsync(int id, CancellationToken ct) =>
        await PublicGetAsync(id, ct) is { } fair ? await PlanOfAsync(fair, ct) : null;

    private async Task<FairPlan> PlanOfAsync(FairItem fair, CancellationToken ct)
    {
        var zones = await db.FairZones.AsNoTracking().Where(z => z.FairId == fair.Id).OrderBy(z => z.Code)
            .Select(z => new ZoneItem(z.Id, z.Code, z.Name, z.Kind, z.X, z.Y, z.Columns, z.Rows, z.BoothWidth, z.BoothDepth, z.AisleWidth, z.Price, z.CornerPrice,
                z.Booths.Count, z.Booths.Count(b => b.ApplicationId != null), z.NameEn))
            .ToListAsync(ct);
        var exhibitors = db.BoothApplications.Where(a => a.FairId == fair.Id);
        var booths = await db.Booths.AsNoTracking().Where(b => b.FairId == fair.Id).OrderBy(b => b.Id)
            .Select(b => new BoothItem(b.Id, b.Code, b.ZoneId, b.X, b.Y, b.Width, b.Depth, b.IsCorner, b.Price, b.ApplicationId,
                exhibitors.Where(a => a.Id == b.ApplicationId).Select(a => a.Producer!.Name).FirstOrDefault()))
            .ToListAsync(ct);
        return new FairPlan(fair, zones, booths);
    }

    /// <summary>
    /// The exhibitors of a published fair (producers with at least one booth), filtered by zone, province of
    /// origin and words in their name or their products' (accents optional). A few hundred at most: filtered in memory.
    /// </summary>
    public async Task<List<Exhibitor>?> ExhibitorsAsync(int fairId, ExhibitorQuery query, CancellationToken ct)
    {
        if (!await db.TradeFairs.AnyAsync(f => f.Id == fairId && f.IsPublished, ct))
        {
            return null;
        }

        return Filter(await ExhibitorsOfAsync(fairId, ct), query);
    }

    /// <summary>The exhibitors matching the public list's filters (zone, province of origin, words of the name or products).</summary>
    public static List<Exhibitor> Filter(IEnumerable<Exhibitor> exhibitors, ExhibitorQuery query)
    {
        var term = VietnameseText.Fold(query.Q?.Trim());
        return [.. exhibitors.Where(e =>
            (query.ZoneId is not { } zone || e.ZoneIds.Contains(zone))
            && (string.IsNullOrWhiteSpace(query.ProvinceCode) || e.ProvinceCode == query.ProvinceCode)
            && (term.Length == 0 || VietnameseText.Fold(e.ProducerName).Contains(term, StringComparison.Ordinal)
                || e.Products.Any(p => VietnameseText.Fold(p.Name).Contains(term, StringComparison.Ordinal))))];
    }

    public async Task<List<Exhibitor>> ExhibitorsOfAsync(int fairId, CancellationToken ct)
    {
        var today = VietnamTime.Today(clock);
        var publicIds = db.Products.ThatArePublic().Select(p => p.Id);
        var rows = await db.BoothApplications.AsNoTracking()
            .Where(a => a.FairId == fairId && a.Status == ApplicationStatus.Active && a.BoothsAllocated > 0)
            .Select(a => new
            {
                a.Id, Producer = a.Producer!.Name, a.Producer.ProvinceCode,
                Province = db.Provinces.Where(p => p.Code == a.Producer.ProvinceCode).Select(p => p.Name).Single(),
                Booths = db.Booths.Where(b => b.ApplicationId == a.Id).OrderBy(b => b.Code).Select(b => new { b.Code, b.ZoneId }).ToList(),
                Products = a.Products.Select(p => new ShownProduct(p.ProductId, p.Product!.Name, p.Product.StarsUntil == null || p.Product.StarsUntil >= today ? p.Product.Stars : null, publicIds.Contains(p.ProductId))).ToList(),
            })
            .ToListAsync(ct);
        return [.. rows
            .Select(r => new Exhibitor(r.Id, r.Producer, r.ProvinceCode, r.Province, [.. r.Booths.Select(b => b.Code)], [.. r.Booths.Select(b => b.ZoneId).Distinct()],
                [.. r.Products.OrderBy(p => p.Name, StringComparer.CurrentCulture)]))
            .OrderBy(e => e.BoothCodes[0], StringComparer.Ordinal)];
    }

    /// <summary>Fairs of the caller's province; the national admin's are all. Commune officers and producers manage none.</summary>
    internal IQueryable<TradeFair> ManagedBy(UserScope scope) =>
        scope switch
        {
            { IsNational: true } => db.TradeFairs,
            { IsOfficer: true, CommuneCode: null, ProvinceCode: { } province } => db.TradeFairs.Where(f => f.ProvinceCode == province),
            _ => db.TradeFairs.Where(f => false),
        };

    private async Task<(ValidationErrors Errors, string? ProvinceCode)> CheckAsync(FairInput input, UserScope scope, CancellationToken ct)
    {
        var errors = FairRules.Check(input);
        var province = scope.IsNational ? input.ProvinceCode?.Trim() : scope.CommuneCode is null ? scope.ProvinceCode : null;
        if (province is null || !await db.Provinces.AnyAsync(p => p.Code == province, ct))
        {
            errors.Add(nameof(input.ProvinceCode), scope.IsOfficer && (scope.IsNational || scope.CommuneCode is null) ? "Validation.Fair.Province" : "Validation.Fair.NotOrganiser");
        }

        return (errors, province);
    }

    private static void Apply(TradeFair fair, FairInput input)
    {
        fair.Name = input.Name!.Trim();
        fair.Organiser = input.Organiser!.Trim();
        fair.Venue = input.Venue!.Trim();
        fair.StartsOn = input.StartsOn!.Value;
        fair.EndsOn = input.EndsOn!.Value;
        fair.ApplicationsCloseOn = input.ApplicationsCloseOn!.Value;
        fair.MaxBoothsPerProducer = input.MaxBoothsPerProducer!.Value;
        fair.HallWidth = input.HallWidth!.Value;
        fair.HallDepth = input.HallDepth!.Value;
        fair.Description = TextRules.Clean(input.Description);
        fair.IsPublished = input.IsPublished;
    }

    private IQueryable<FairItem> Project(IQueryable<TradeFair> fairs) =>
        fairs.AsNoTracking().Select(f => new FairItem(
            f.Id, f.Name, f.ProvinceCode, db.Provinces.Where(p => p.Code == f.ProvinceCode).Select(p => p.Name).Single(), f.Organiser, f.Venue,
            f.StartsOn, f.EndsOn, f.ApplicationsCloseOn, f.MaxBoothsPerProducer, f.HallWidth, f.HallDepth, f.Description, f.IsPublished, f.Visitors,
            db.Booths.Count(b => b.FairId == f.Id), db.Booths.Count(b => b.FairId == f.Id && b.ApplicationId != null), f.Version));
}
