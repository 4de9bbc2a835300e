using Microsoft.EntityFrameworkCore;
using Ocop.Web.Data;
using Ocop.Web.Features.Accounts;
using Ocop.Web.Features.Products;
using Ocop.Web.Features.Search;
using Ocop.Web.Infrastructure;

namespace Ocop.Web.Features.MarketAccess;

/// <summary>
/// Display and sales points: officers manage those of their province (or commune) and the products they
/// carry (any public product, from any province: a showroom sells the whole country's OCOP goods);
/// the public reads the active ones, on the map and on each product's "where to buy".
/// </summary>
public sealed class SalesPointService(OcopDbContext db, TimeProvider clock)
{
    public async Task<PagedResult<SalesPointItem>> ListAsync(SalesPointQuery query, UserScope scope, CancellationToken ct)
    {
        var points = VisibleTo(db.SalesPoints.AsNoTracking(), scope);
        if (!query.IncludeInactive)
        {
            points = points.Where(p => p.IsActive);
        }

        if (query.Type is { } type)
        {
            points = points.Where(p => p.Type == type);
        }

        if (!string.IsNullOrWhiteSpace(query.ProvinceCode))
        {
            points = points.Where(p => p.ProvinceCode == query.ProvinceCode);
        }

        var list = await Project(points).ToListAsync(ct);
        if (!string.IsNullOrWhiteSpace(query.Q))
        {
            // Few points per province (tens): folding in memory keeps accents optional on both engines.
            var term = VietnameseText.Fold(query.Q.Trim());
            list = [.. list.Where(p => VietnameseText.Fold(p.Name).Contains(term, StringComparison.Ordinal))];
        }

        var paging = Paging.From(query.Page, query.PageSize);
        return new PagedResult<SalesPointItem>(
            [.. list.OrderBy(p => p.ProvinceName, StringComparer.Ordinal).ThenBy(p => p.Name, StringComparer.CurrentCulture).Skip(paging.Skip).Take(paging.PageSize)],
            paging.Page, paging.PageSize, list.Count);
    }

    /// <summary>Active points, optionally of one province or type, or carrying one product: the public map and API.</summary>
    public async Task<List<SalesPointItem>> PublicListAsync(string? provinceCode, SalesPointType? type, int? productId, CancellationToken ct)
    {
        var points = db.SalesPoints.AsNoTracking().Where(p => p.IsActive);
        if (!string.IsNullOrWhiteSpace(provinceCode))
        {
            points = points.Where(p => p.ProvinceCode == provinceCode);
        }

        if (type is { } t)
        {
            points = points.Where(p => p.Type == t);
        }

        if (productId is { } id)
        {
            points = points.Where(p => p.Products.Any(x => x.ProductId == id));
        }

        return [.. (await Project(points).ToListAsync(ct)).OrderBy(p => p.ProvinceName, StringComparer.Ordinal).ThenBy(p => p.Name, StringComparer.CurrentCulture)];
    }

    /// <summary>
    /// Where a product the caller has just read as public (the product page) can be bought in person: the
    /// active points carrying it. Nothing to ask when no point carries anything yet.
    /// </summary>
    /// <summary>The active points carrying the product; <paramref name="knownCarried"/> when the caller already asked whether any does.</summary>
    public async Task<List<SalesPointItem>> WhereToBuyAsync(int productId, CancellationToken ct, bool knownCarried = false) =>
        knownCarried || await db.SalesPointProducts.AnyAsync(x => x.ProductId == productId, ct) ? await PublicListAsync(null, null, productId, ct) : [];

    public async Task<SalesPointItem?> GetAsync(int id, UserScope scope, CancellationToken ct) =>
        await Project(VisibleTo(db.SalesPoints.AsNoTracking(), scope).Where(p => p.Id == id)).SingleOrDefaultAsync(ct);

    public async Task<SalesPointItem?> PublicGetAsync(int id, CancellationToken ct) =>
        await Project(db.SalesPoints.AsNoTracking().Where(p => p.Id == id && p.IsActive)).SingleOrDefaultAsync(ct);

    /// <summary>The products a point carries; the public sees only public ones.</summary>
    public async Task<List<CarriedProduct>> ProductsAsync(int pointId, bool publicOnly, CancellationToken ct)
    {
        var publicIds = db.Products.ThatArePublic().Select(p => p.Id);
        var today = VietnamTime.Today(clock);
        var rows = await db.SalesPointProducts.AsNoTracking().Where(x => x.SalesPointId == pointId)
            .Select(x => new CarriedProduct(x.ProductId, x.Product!.Name, x.Product.Producer!.Name,
                x.Product.StarsUntil == null || x.Product.StarsUntil >= today ? x.Product.Stars : null, publicIds.Contains(x.ProductId)))
            .ToListAsync(ct);
        return [.. rows.Where(r => r.IsPublic || !publicOnly).OrderBy(r => r.Name, StringComparer.CurrentCulture)];
    }

    /// <summary>Public products whose name holds the words (accents optional), for the "add a product" search.</summary>
    public async Task<List<CarriedProduct>> FindProductsAsync(string? q, CancellationToken ct)
    {
        var term = VietnameseText.Fold(q?.Trim());
        if (term.Length < 2)
        {
            return [];
        }

        var today = VietnamTime.Today(clock);
        return await db.Products.AsNoTracking().ThatArePublic().Where(p => p.SearchName.Contains(term))
            .OrderBy(p => p.Name).Take(20)
            .Select(p => new CarriedProduct(p.Id, p.Name, p.Producer!.Name, p.StarsUntil == null || p.StarsUntil >= today ? p.Stars : null, true)).ToListAsync(ct);
    }

    public async Task<ServiceResult<int>> CreateAsync(SalesPointInput input, UserScope scope, CancellationToken ct)
    {
        var (errors, provinceCode) = await CheckAsync(input, scope, ct);
        if (errors.Any)
        {
            return ServiceResult<int>.Invalid(errors.ToDictionary());
        }

        var point = new SalesPoint { Name = input.Name!.Trim(), ProvinceCode = provinceCode!, CommuneCode = input.CommuneCode!.Trim() };
        Apply(point, input, provinceCode!);
        db.SalesPoints.Add(point);
        await db.SaveChangesAsync(ct);
        return ServiceResult<int>.Ok(point.Id);
    }

    public async Task<ServiceResult<int>> UpdateAsync(int id, SalesPointInput input, UserScope scope, CancellationToken ct)
    {
        var point = await VisibleTo(db.SalesPoints, scope).SingleOrDefaultAsync(p => p.Id == id, ct);
        if (point is null)
        {
            return ServiceResult<int>.NotFound();
        }

        if (input.Version != point.Version)
        {
            return ServiceResult<int>.Conflict();
        }

        var (errors, provinceCode) = await CheckAsync(input, scope, ct);
        if (errors.Any)
        {
            return ServiceResult<int>.Invalid(errors.ToDictionary());
        }

        Apply(point, input, provinceCode!);
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            return ServiceResult<int>.Conflict();
        }

        return ServiceResult<int>.Ok(point.Id);
    }

    public async Task<ServiceResult<int>> AddProductAsync(int pointId, int productId, UserScope scope, CancellationToken ct)
    {
        if (!await VisibleTo(db.SalesPoints, scope).AnyAsync(p => p.Id == pointId, ct))
        {
            return ServiceResult<int>.NotFound();
        }

        if (!await db.Products.ThatArePublic().AnyAsync(p => p.Id == productId, ct))
        {
            return ServiceResult<int>.Invalid("ProductId", "Validation.SalesPoint.ProductNotPublic");
        }

        if (await db.SalesPointProducts.AnyAsync(x => x.SalesPointId == pointId && x.ProductId == productId, ct))
        {
            return ServiceResult<int>.Invalid("ProductId", "Validation.SalesPoint.AlreadyCarried");
        }

        db.SalesPointProducts.Add(new SalesPointProduct { SalesPointId = pointId, ProductId = productId, AddedAt = clock.GetUtcNow().UtcDateTime });
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException)
        {
            // Two officers adding the same product at once: the key refuses the second.
            return ServiceResult<int>.Invalid("ProductId", "Validation.SalesPoint.AlreadyCarried");
        }

        return ServiceResult<int>.Ok(productId);
    }

    public async Task<ServiceResult<int>> RemoveProductAsync(int pointId, int productId, UserScope scope, CancellationToken ct)
    {
        if (!await VisibleTo(db.SalesPoints, scope).AnyAsync(p => p.Id == pointId, ct))
        {
            return ServiceResult<int>.NotFound();
        }

        var removed = await db.SalesPointProducts.Where(x => x.SalesPointId == pointId && x.ProductId == productId).ExecuteDeleteAsync(ct);
        return removed == 0 ? ServiceResult<int>.NotFound() : ServiceResult<int>.Ok(productId);
    }

    /// <summary>Officers see the points of their area; nobody else manages points.</summary>
    private static IQueryable<SalesPoint> VisibleTo(IQueryable<SalesPoint> points, UserScope scope) =>
        scope switch
        {
            { IsNational: true } => points,
            { IsOfficer: true, CommuneCode: { } commune } => points.Where(p => p.CommuneCode == commune),
            { IsOfficer: true, ProvinceCode: { } province } => points.Where(p => p.ProvinceCode == province),
            _ => points.Where(p => false),
        };

    /// <summary>The field rules, then the commune: it must exist and lie in the officer's area. Returns its province.</summary>
    private async Task<(ValidationErrors Errors, string? ProvinceCode)> CheckAsync(SalesPointInput input, UserScope scope, CancellationToken ct)
    {
        var errors = SalesPointRules.Check(input);
        if (string.IsNullOrWhiteSpace(input.CommuneCode))
        {
            return (errors, null);
        }

        var code = input.CommuneCode.Trim();
        var province = await db.Communes.Where(c => c.Code == code).Select(c => c.ProvinceCode).SingleOrDefaultAsync(ct);
        if (province is null)
        {
            errors.Add(nameof(input.CommuneCode), "Validation.UnknownCommune");
        }
        else if (!scope.CoversLocation(province, code))
        {
            errors.Add(nameof(input.CommuneCode), "Validation.CommuneOutOfScope");
        }

        return (errors, province);
    }

    private static void Apply(SalesPoint point, SalesPointInput input, string provinceCode)
    {
        point.Name = input.Name!.Trim();
        point.Type = input.Type!.Value;
        point.ProvinceCode = provinceCode;
        point.CommuneCode = input.CommuneCode!.Trim();
        point.AddressLine = TextRules.Clean(input.AddressLine);
        point.Latitude = input.Latitude;
        point.Longitude = input.Longitude;
        point.OpeningHours = TextRules.Clean(input.OpeningHours);
        point.Phone = TextRules.Clean(input.Phone);
        point.Email = TextRules.Clean(input.Email);
        point.Operator = TextRules.Clean(input.Operator);
        point.IsActive = input.IsActive;
    }

    private IQueryable<SalesPointItem> Project(IQueryable<SalesPoint> points) =>
        points.Select(p => new SalesPointItem(
            p.Id, p.Name, p.Type, p.ProvinceCode, db.Provinces.Where(x => x.Code == p.ProvinceCode).Select(x => x.Name).Single(),
            p.CommuneCode, db.Communes.Where(x => x.Code == p.CommuneCode).Select(x => x.Name).Single(),
            p.AddressLine, p.Latitude, p.Longitude, p.OpeningHours, p.Phone, p.Email, p.Operator, p.IsActive,
            p.Products.Count(x => db.Products.ThatArePublic().Any(pp => pp.Id == x.ProductId)), p.Version));
}
