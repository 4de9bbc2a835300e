using Microsoft.EntityFrameworkCore;
using Ocop.Web.Data;
using Ocop.Web.Features.Accounts;
using Ocop.Web.Infrastructure;

namespace Ocop.Web.Features.ValueChains;

/// <summary>
/// Raw-material areas (kept by the officers of their commune's area) and value chains of a province (kept by
/// its officers): members with roles and contracts, the products the chain makes. The public reads a
/// product's chains and their areas on the product page.
/// </summary>
public sealed class ValueChainService(OcopDbContext db)
{
    public const int MaxMembers = 50;

    public async Task<List<AreaItem>> AreasAsync(UserScope scope, CancellationToken ct) =>
        [.. (await ProjectAreas(AreasOf(scope)).ToListAsync(ct)).OrderBy(a => a.Name, StringComparer.CurrentCulture)];

    public async Task<AreaItem?> AreaAsync(int id, UserScope scope, CancellationToken ct) =>
        (await ProjectAreas(AreasOf(scope).Where(a => a.Id == id)).ToListAsync(ct)).SingleOrDefault();

    public async Task<ServiceResult<int>> SaveAreaAsync(int? id, AreaInput input, UserScope scope, CancellationToken ct)
    {
        RawMaterialArea? area = null;
        if (id is not null)
        {
            area = await AreasOf(scope).SingleOrDefaultAsync(a => a.Id == id, ct);
            if (area is null)
            {
                return ServiceResult<int>.NotFound();
            }

            if (input.Version != area.Version)
            {
                return ServiceResult<int>.Conflict();
            }
        }

        var errors = new ValidationErrors();
        TextRules.RequireName(errors, nameof(input.Name), input.Name, 200);
        TextRules.RequireName(errors, nameof(input.Crop), input.Crop, 200);
        TextRules.MaxLength(errors, nameof(input.Certifications), input.Certifications, 300);
        if (input.Hectares is not { } ha || ha <= 0 || ha > 1_000_000 || decimal.Round(ha, 2) != ha)
        {
            errors.Add(nameof(input.Hectares), "Validation.Area.Hectares");
        }

        var boundary = TextRules.Clean(input.Boundary);
        if (boundary is not null && GeoJsonBoundary.Check(boundary) is var problem and not GeoJsonBoundary.Problem.None)
        {
            errors.Add(nameof(input.Boundary), $"Validation.Area.Boundary.{problem}");
        }

        var commune = TextRules.Clean(input.CommuneCode);
        var province = commune is null ? null : await db.Communes.Where(c => c.Code == commune).Select(c => c.ProvinceCode).SingleOrDefaultAsync(ct);
        if (province is null)
        {
            errors.Add(nameof(input.CommuneCode), "Validation.UnknownCommune");
        }
        else if (!scope.CoversLocation(province, commune!))
        {
            errors.Add(nameof(input.CommuneCode), "Validation.CommuneOutOfScope");
        }

        if (errors.Any)
        {
            return ServiceResult<int>.Invalid(errors.ToDictionary());
        }

        area ??= db.RawMaterialAreas.Add(new RawMaterialArea { Name = string.Empty, ProvinceCode = province!, CommuneCode = commune!, Crop = string.Empty }).Entity;
        area.Name = input.Name!.Trim();
        area.ProvinceCode = province!;
        area.CommuneCode = commune!;
        area.Hectares = input.Hectares!.Value;
        area.Crop = input.Crop!.Trim();
        area.Certifications = TextRules.Clean(input.Certifications);
        area.Boundary = boundary;
        return await SaveAsync(() => area.Id, ct);
    }

    public async Task<List<ChainItem>> ChainsAsync(UserScope scope, CancellationToken ct) =>
        [.. (await LoadChainsAsync(ChainsOf(scope), ct)).OrderBy(c => c.Name, StringComparer.CurrentCulture)];

    public async Task<ChainItem?> ChainAsync(int id, UserScope scope, CancellationToken ct) =>
        (await LoadChainsAsync(ChainsOf(scope).Where(c => c.Id == id), ct)).SingleOrDefault();

    /// <summary>The chains a public product belongs to, with their areas: its page's "origin" section.</summary>
    /// <summary>The chains the product is part of; <paramref name="knownInChain"/> when the caller already asked whether it is in any.</summary>
    public async Task<List<ChainItem>> ForProductAsync(int productId, CancellationToken ct, bool knownInChain = false) =>
        knownInChain || await db.ValueChainProducts.AnyAsync(p => p.ProductId == productId, ct)
            ? await LoadChainsAsync(db.ValueChains.Where(c => c.Products.Any(p => p.ProductId == productId)), ct)
            : [];

    public async Task<ServiceResult<int>> SaveChainAsync(int? id, ChainInput input, UserScope scope, CancellationToken ct)
    {
        if (!scope.IsOfficer)
        {
            return ServiceResult<int>.NotFound();
        }

        if (id is null && (scope.IsNational || scope.ProvinceCode is null))
        {
            return ServiceResult<int>.Invalid("ProvinceCode", "Validation.Chain.Province"); // a chain belongs to a province: its officers start it
        }

        ValueChain? chain = null;
        if (id is not null)
        {
            chain = await ChainsOf(scope).Include(c => c.Members).Include(c => c.Products).SingleOrDefaultAsync(c => c.Id == id, ct);
            if (chain is null)
            {
                return ServiceResult<int>.NotFound();
            }

            if (input.Version != chain.Version)
            {
                return ServiceResult<int>.Conflict();
            }
        }

        var errors = await ValueChainRules.CheckAsync(db, input, scope, chain?.ProvinceCode ?? scope.ProvinceCode!, ct);
        if (errors.Any)
        {
            return ServiceResult<int>.Invalid(errors.ToDictionary());
        }

        chain ??= db.ValueChains.Add(new ValueChain { Name = string.Empty, ProvinceCode = scope.ProvinceCode! }).Entity;
        chain.Name = input.Name!.Trim();
        chain.AreaId = input.AreaId;
        chain.Description = TextRules.Clean(input.Description);
        chain.Members.Clear();
        chain.Members.AddRange(input.Members.Select(m => new ValueChainMember
        {
            Role = m.Role!.Value, ProducerId = m.ProducerId, PartnerName = m.ProducerId is null ? m.PartnerName!.Trim() : null, Contract = TextRules.Clean(m.Contract), ContractSignedOn = m.ContractSignedOn,
        }));
        chain.Products.RemoveAll(p => !input.ProductIds.Contains(p.ProductId));
        chain.Products.AddRange(input.ProductIds.Distinct().Where(pid => chain.Products.All(p => p.ProductId != pid)).Select(pid => new ValueChainProduct { ProductId = pid }));
        return await SaveAsync(() => chain.Id, ct);
    }

    private async Task<ServiceResult<int>> SaveAsync(Func<int> id, CancellationToken ct)
    {
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            return ServiceResult<int>.Conflict();
        }

        return ServiceResult<int>.Ok(id());
    }

    internal IQueryable<RawMaterialArea> AreasOf(UserScope scope) =>
        scope switch
        {
            { IsNational: true } => db.RawMaterialAreas,
            { IsOfficer: true, CommuneCode: { } commune } => db.RawMaterialAreas.Where(a => a.CommuneCode == commune),
            { IsOfficer: true, ProvinceCode: { } province } => db.RawMaterialAreas.Where(a => a.ProvinceCode == province),
            _ => db.RawMaterialAreas.Where(a => false),
        };

    private IQueryable<ValueChain> ChainsOf(UserScope scope) =>
        scope switch
        {
            { IsNational: true } => db.ValueChains,
            { IsOfficer: true, ProvinceCode: { } province } => db.ValueChains.Where(c => c.ProvinceCode == province),
            _ => db.ValueChains.Where(c => false),
        };

    private IQueryable<AreaItem> ProjectAreas(IQueryable<RawMaterialArea> areas) =>
        areas.AsNoTracking().Select(a => new AreaItem(
            a.Id, a.Name, a.ProvinceCode, a.CommuneCode, db.Communes.Where(c => c.Code == a.CommuneCode).Select(c => c.Name).Single(), a.Hectares, a.Crop, a.Certifications, a.Boundary, a.Version));

    private async Task<List<ChainItem>> LoadChainsAsync(IQueryable<ValueChain> chains, CancellationToken ct)
    {
        var list = await chains.AsNoTracking().Include(c => c.Members).ThenInclude(m => m.Producer).Include(c => c.Products).ThenInclude(p => p.Product).ToListAsync(ct);
        var areaIds = list.Where(c => c.AreaId != null).Select(c => c.AreaId!.Value).Distinct().ToList();
        var areas = (await ProjectAreas(db.RawMaterialAreas.Where(a => areaIds.Contains(a.Id))).ToListAsync(ct)).ToDictionary(a => a.Id);
        return [.. list.Select(c => new ChainItem(
            c.Id, c.Name, c.ProvinceCode, c.AreaId is { } a ? areas[a] : null, c.Description,
            [.. c.Members.OrderBy(m => m.Role).Select(m => new MemberItem(m.Role, m.ProducerId, m.Producer?.Name ?? m.PartnerName ?? "", m.Contract, m.ContractSignedOn))],
            [.. c.Products.Where(p => p.Product is not null).Select(p => new ChainProduct(p.ProductId, p.Product!.Name)).OrderBy(p => p.Name, StringComparer.CurrentCulture)],
            c.Version))];
    }
}
