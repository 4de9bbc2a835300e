using Microsoft.EntityFrameworkCore;
using Ocop.Web.Data;
using Ocop.Web.Features.Accounts;
using Ocop.Web.Features.Products;
using Ocop.Web.Infrastructure;

namespace Ocop.Web.Features.MarketAccess;

/// <summary>A listing as the API and pages show it.</summary>
public sealed record ListingItem(int Id, int ProductId, ListingPlatform Platform, string Url, decimal? Price, int Version);

/// <summary>A listing as its form and the API take it.</summary>
public sealed class ListingInput
{
    public ListingPlatform? Platform { get; set; }
    public string? Url { get; set; }
    public decimal? Price { get; set; }
    /// <summary>The version the editor started from (required to update).</summary>
    public int? Version { get; set; }
}

/// <summary>
/// A product's e-commerce listings: kept by its producer and the officers of its area (the product's
/// scope), shown publicly on the product page while the product is public.
/// </summary>
public sealed class ListingService(OcopDbContext db)
{
    public const int MaxPerProduct = 20;
    private const decimal MaxPrice = 1_000_000_000m;

    public async Task<List<ListingItem>?> ListAsync(int productId, UserScope scope, CancellationToken ct) =>
        await db.Products.VisibleTo(scope).AnyAsync(p => p.Id == productId, ct) ? await ItemsAsync(productId, ct) : null;

    public async Task<List<ListingItem>?> PublicListAsync(int productId, CancellationToken ct) =>
        await db.Products.ThatArePublic().AnyAsync(p => p.Id == productId, ct) ? await ItemsAsync(productId, ct) : null;

    /// <summary>The listings of a product the caller has just read as public (the product page): one query fewer.</summary>
    public Task<List<ListingItem>> OfPublicProductAsync(int productId, CancellationToken ct) => ItemsAsync(productId, ct);

    public async Task<ServiceResult<int>> SaveAsync(int productId, int? listingId, ListingInput input, UserScope scope, CancellationToken ct)
    {
        if (!scope.CanWrite || !await db.Products.VisibleTo(scope).AnyAsync(p => p.Id == productId, ct))
        {
            return ServiceResult<int>.NotFound();
        }

        var listing = listingId is null ? null : await db.ProductListings.SingleOrDefaultAsync(l => l.Id == listingId && l.ProductId == productId, ct);
        if (listingId is not null && listing is null)
        {
            return ServiceResult<int>.NotFound();
        }

        if (listing is not null && input.Version != listing.Version)
        {
            return ServiceResult<int>.Conflict();
        }

        var errors = new ValidationErrors();
        if (input.Platform is not { } platform || !Enum.IsDefined(platform))
        {
            errors.Add(nameof(input.Platform), "Validation.Listing.Platform");
        }

        var url = input.Url?.Trim() ?? string.Empty;
        if (url.Length > 500 || !Uri.TryCreate(url, UriKind.Absolute, out var uri) || uri.Scheme is not ("https" or "http") || string.IsNullOrEmpty(uri.Host))
        {
            errors.Add(nameof(input.Url), "Validation.Listing.Url");
        }
        else if (await db.ProductListings.AnyAsync(l => l.ProductId == productId && l.Url == url && l.Id != (listingId ?? 0), ct))
        {
            errors.Add(nameof(input.Url), "Validation.Listing.Duplicate");
        }

        if (input.Price is { } price && (price < 0 || price > MaxPrice || decimal.Round(price) != price))
        {
            errors.Add(nameof(input.Price), "Validation.Listing.Price");
        }

        if (listing is null && await db.ProductListings.CountAsync(l => l.ProductId == productId, ct) >= MaxPerProduct)
        {
            errors.Add(string.Empty, "Validation.Listing.TooMany");
        }

        if (errors.Any)
        {
            return ServiceResult<int>.Invalid(errors.ToDictionary());
        }

        listing ??= db.ProductListings.Add(new ProductListing { ProductId = productId, Url = url }).Entity;
        listing.Platform = input.Platform!.Value;
        listing.Url = url;
        listing.Price = input.Price;
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            return ServiceResult<int>.Conflict();
        }

        return ServiceResult<int>.Ok(listing.Id);
    }

    public async Task<ServiceResult<int>> DeleteAsync(int productId, int listingId, UserScope scope, CancellationToken ct)
    {
        if (!scope.CanWrite || !await db.Products.VisibleTo(scope).AnyAsync(p => p.Id == productId, ct))
        {
            return ServiceResult<int>.NotFound();
        }

        var listing = await db.ProductListings.SingleOrDefaultAsync(l => l.Id == listingId && l.ProductId == productId, ct);
        if (listing is null)
        {
            return ServiceResult<int>.NotFound();
        }

        db.ProductListings.Remove(listing); // audited: the removal keeps its old values in the history
        await db.SaveChangesAsync(ct);
        return ServiceResult<int>.Ok(listingId);
    }

    private Task<List<ListingItem>> ItemsAsync(int productId, CancellationToken ct) =>
        db.ProductListings.AsNoTracking().Where(l => l.ProductId == productId).OrderBy(l => l.Platform).ThenBy(l => l.Id)
            .Select(l => new ListingItem(l.Id, l.ProductId, l.Platform, l.Url, l.Price, l.Version)).ToListAsync(ct);
}
