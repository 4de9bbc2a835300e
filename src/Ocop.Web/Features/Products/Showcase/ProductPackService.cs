using Microsoft.EntityFrameworkCore;
using Ocop.Web.Data;
using Ocop.Web.Features.Accounts;
using Ocop.Web.Infrastructure;

namespace Ocop.Web.Features.Products.Showcase;

/// <summary>A pack as the API and pages show it.</summary>
public sealed record PackItem(int Id, int ProductId, PackKind Kind, decimal Amount, PackUnit Unit, decimal? Price, int Version);

/// <summary>A pack as its form and the API take it.</summary>
public sealed class PackInput
{
    public PackKind? Kind { get; set; }
    public decimal? Amount { get; set; }
    public PackUnit? Unit { get; set; }
    public decimal? Price { get; set; }
    /// <summary>The version the editor started from (required to update).</summary>
    public int? Version { get; set; }
}

/// <summary>
/// A product's packs and prices: kept by its producer and the officers of its area (the product's scope), shown on the
/// public product page while the product is public, smallest first.
/// </summary>
public sealed class ProductPackService(OcopDbContext db)
{
    public const int MaxPerProduct = 12;
    private const decimal MaxPrice = 1_000_000_000m;
    private const decimal MaxAmount = 1_000_000m;

    public async Task<List<PackItem>?> ListAsync(int productId, UserScope scope, CancellationToken ct) =>
        await db.Products.VisibleTo(scope).AnyAsync(p => p.Id == productId, ct) ? await ItemsAsync(productId, ct) : null;

    public async Task<List<PackItem>?> PublicListAsync(int productId, CancellationToken ct) =>
        await db.Products.ThatArePublic().AnyAsync(p => p.Id == productId, ct) ? await ItemsAsync(productId, ct) : null;

    /// <summary>The packs of a product the caller has just read as public (the product page): one query fewer.</summary>
    public Task<List<PackItem>> OfPublicProductAsync(int productId, CancellationToken ct) => ItemsAsync(productId, ct);

    public async Task<ServiceResult<int>> SaveAsync(int productId, int? packId, PackInput input, UserScope scope, CancellationToken ct)
    {
        if (!scope.CanWrite || !await db.Products.VisibleTo(scope).AnyAsync(p => p.Id == productId, ct))
        {
            return ServiceResult<int>.NotFound();
        }

        var pack = packId is null ? null : await db.ProductPacks.SingleOrDefaultAsync(p => p.Id == packId && p.ProductId == productId, ct);
        if (packId is not null && pack is null)
        {
            return ServiceResult<int>.NotFound();
        }

        if (pack is not null && input.Version != pack.Version)
        {
            return ServiceResult<int>.Conflict();
        }

        var errors = await ValidateAsync(productId, packId, input, isNew: pack is null, ct);
        if (errors.Any)
        {
            return ServiceResult<int>.Invalid(errors.ToDictionary());
        }

        pack ??= db.ProductPacks.Add(new ProductPack { ProductId = productId }).Entity;
        (pack.Kind, pack.Amount, pack.Unit, pack.Price) = (input.Kind!.Value, input.Amount!.Value, input.Unit!.Value, input.Price);
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            return ServiceResult<int>.Conflict();
        }

        return ServiceResult<int>.Ok(pack.Id);
    }

    public async Task<ServiceResult<int>> DeleteAsync(int productId, int packId, UserScope scope, CancellationToken ct)
    {
        if (!scope.CanWrite || !await db.Products.VisibleTo(scope).AnyAsync(p => p.Id == productId, ct))
        {
            return ServiceResult<int>.NotFound();
        }

        if (await db.ProductPacks.SingleOrDefaultAsync(p => p.Id == packId && p.ProductId == productId, ct) is not { } pack)
        {
            return ServiceResult<int>.NotFound();
        }

        db.ProductPacks.Remove(pack); // audited: the removal keeps its old values in the history
        await db.SaveChangesAsync(ct);
        return ServiceResult<int>.Ok(packId);
    }

    private async Task<ValidationErrors> ValidateAsync(int productId, int? packId, PackInput input, bool isNew, CancellationToken ct)
    {
        var errors = new ValidationErrors();
        if (input.Kind is not { } kind || !Enum.IsDefined(kind))
        {
            errors.Add(nameof(input.Kind), "Validation.Pack.Kind");
        }

        if (input.Unit is not { } unit || !Enum.IsDefined(unit))
        {
            errors.Add(nameof(input.Unit), "Validation.Pack.Unit");
        }

        if (input.Amount is not { } amount || amount <= 0 || amount > MaxAmount || decimal.Round(amount, 3) != amount
            || (input.Unit == PackUnit.Piece && decimal.Round(amount) != amount))
        {
            errors.Add(nameof(input.Amount), "Validation.Pack.Amount");
        }

        if (input.Price is { } price && (price <= 0 || price > MaxPrice || decimal.Round(price) != price))
        {
            errors.Add(nameof(input.Price), "Validation.Pack.Price");
        }

        if (!errors.Any && await db.ProductPacks.AnyAsync(
                p => p.ProductId == productId && p.Kind == input.Kind && p.Amount == input.Amount && p.Unit == input.Unit && p.Id != (packId ?? 0), ct))
        {
            errors.Add(nameof(input.Amount), "Validation.Pack.Duplicate");
        }

        if (isNew && await db.ProductPacks.CountAsync(p => p.ProductId == productId, ct) >= MaxPerProduct)
        {
            errors.Add(string.Empty, "Validation.Pack.TooMany");
        }

        return errors;
    }

    private async Task<List<PackItem>> ItemsAsync(int productId, CancellationToken ct)
    {
        var packs = await db.ProductPacks.AsNoTracking().Where(p => p.ProductId == productId)
            .Select(p => new PackItem(p.Id, p.ProductId, p.Kind, p.Amount, p.Unit, p.Price, p.Version)).ToListAsync(ct);
        // Smallest first within a unit family (grams with kilograms, millilitres with litres); sorted here, SQLite cannot order decimals.
        return [.. packs.OrderBy(p => PackText.Family(p.Unit)).ThenBy(p => PackText.InBaseUnit(p.Amount, p.Unit)).ThenBy(p => p.Kind).ThenBy(p => p.Id)];
    }
}
