using Microsoft.EntityFrameworkCore;
using Ocop.Web.Data;
using Ocop.Web.Features.Accounts;
using Ocop.Web.Infrastructure;
using Ocop.Web.Infrastructure.Files;

namespace Ocop.Web.Features.Products;

/// <summary>
/// Stores product pictures on disk under the data folder (uploads/products/{productId}/).
/// Type is checked from the content, then the picture is decoded and re-encoded (<see cref="SafeImage"/>); size is
/// limited by `Ocop:Uploads:MaxImageBytes` (5 MB) and `Ocop:Uploads:MaxImagePixels`.
/// </summary>
public sealed class ProductImageService(OcopDbContext db, DataFolder dataFolder, IConfiguration configuration, TimeProvider clock)
{
    public long MaxBytes => configuration.GetValue<long?>("Ocop:Uploads:MaxImageBytes") ?? 5 * 1024 * 1024;

    /// <summary>Width × height accepted (`Ocop:Uploads:MaxImagePixels`, 40 million).</summary>
    public long MaxPixels => configuration.GetValue<long?>("Ocop:Uploads:MaxImagePixels") ?? SafeImage.DefaultMaxPixels;

    public async Task<ServiceResult<int>> AddAsync(int productId, Stream content, long length, UserScope scope, CancellationToken ct = default)
    {
        if (!await CanEditAsync(productId, scope, ct))
        {
            return ServiceResult<int>.NotFound();
        }

        if (length <= 0)
        {
            return ServiceResult<int>.Invalid("Image", "Validation.Image.Empty");
        }

        if (length > MaxBytes)
        {
            return ServiceResult<int>.Invalid("Image", "Validation.Image.TooLarge");
        }

        var buffer = new MemoryStream();
        await content.CopyToAsync(buffer, ct);
        if (buffer.Length > MaxBytes)
        {
            return ServiceResult<int>.Invalid("Image", "Validation.Image.TooLarge");
        }

        if (ImageFormat.Sniff(buffer.GetBuffer().AsSpan(0, (int)Math.Min(buffer.Length, 16))) is null)
        {
            return ServiceResult<int>.Invalid("Image", "Validation.Image.NotImage");
        }

        var (format, error) = SafeImage.Reencode(buffer.ToArray(), MaxPixels);
        if (format is null)
        {
            return ServiceResult<int>.Invalid("Image", error!);
        }

        var storedName = Guid.NewGuid().ToString("N") + format.Extension;
        var path = PathOf(productId, storedName);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        await File.WriteAllBytesAsync(path, format.Bytes, ct);

        var order = await db.ProductImages.Where(i => i.ProductId == productId).Select(i => (int?)i.SortOrder).MaxAsync(ct) ?? 0;
        var image = new ProductImage
        {
            ProductId = productId, StoredName = storedName, ContentType = format.ContentType, Length = format.Bytes.Length,
            SortOrder = order + 1, CreatedAt = clock.GetUtcNow().UtcDateTime,
        };
        db.ProductImages.Add(image);
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch
        {
            File.Delete(path); // nothing half-written: no file without its row
            throw;
        }

        return ServiceResult<int>.Ok(image.Id);
    }

    /// <summary>Removes one picture of a product the caller may edit; the file goes after the row.</summary>
    public async Task<bool> DeleteAsync(int productId, int imageId, UserScope scope, CancellationToken ct = default)
    {
        if (!await CanEditAsync(productId, scope, ct))
        {
            return false;
        }

        var image = await db.ProductImages.FirstOrDefaultAsync(i => i.Id == imageId && i.ProductId == productId, ct);
        if (image is null)
        {
            return false;
        }

        db.ProductImages.Remove(image);
        await db.SaveChangesAsync(ct);
        // A file left behind if this fails is harmless (never served without its row); a row
        // without its file would be a broken picture, hence this order.
        var path = PathOf(productId, image.StoredName);
        File.Delete(path);
        ProductImageVariants.DeleteAll(path);
        return true;
    }

    /// <summary>
    /// Puts the product's pictures in the given order (the first is the cover). The list must
    /// name each of the product's pictures exactly once.
    /// </summary>
    public async Task<ServiceResult<IReadOnlyList<int>>> ReorderAsync(int productId, IReadOnlyList<int> order, UserScope scope, CancellationToken ct = default)
    {
        if (!await CanEditAsync(productId, scope, ct))
        {
            return ServiceResult<IReadOnlyList<int>>.NotFound();
        }

        var images = await db.ProductImages.Where(i => i.ProductId == productId).ToListAsync(ct);
        if (order.Count != images.Count || order.Distinct().Count() != order.Count || !images.All(i => order.Contains(i.Id)))
        {
            return ServiceResult<IReadOnlyList<int>>.Invalid("Order", "Validation.Image.Order");
        }

        var position = order.Select((imageId, index) => (imageId, index)).ToDictionary(x => x.imageId, x => x.index + 1);
        foreach (var image in images)
        {
            image.SortOrder = position[image.Id];
        }

        await db.SaveChangesAsync(ct);
        return ServiceResult<IReadOnlyList<int>>.Ok(order);
    }

    /// <summary>The order after moving one picture a step earlier (-1) or later (+1).</summary>
    public async Task<IReadOnlyList<int>> OrderWithMoveAsync(int productId, int imageId, int step, CancellationToken ct = default)
    {
        var order = await db.ProductImages.Where(i => i.ProductId == productId)
            .OrderBy(i => i.SortOrder).ThenBy(i => i.Id).Select(i => i.Id).ToListAsync(ct);
        var from = order.IndexOf(imageId);
        var to = from + Math.Sign(step);
        if (from >= 0 && to >= 0 && to < order.Count)
        {
            (order[from], order[to]) = (order[to], order[from]);
        }

        return order;
    }

    private async Task<bool> CanEditAsync(int productId, UserScope scope, CancellationToken ct) =>
        scope.CanWrite && await db.Products.VisibleTo(scope).AnyAsync(p => p.Id == productId, ct);

    /// <summary>Where an image file lives under the data folder (the printed handbook reads them too).</summary>
    public string PathOf(int productId, string storedName) =>
        dataFolder.PathFor("uploads", "products", productId.ToString(System.Globalization.CultureInfo.InvariantCulture), storedName);

    /// <summary>The image file, if its product is public or visible to the caller.</summary>
    public async Task<(string Path, string ContentType)?> OpenAsync(int imageId, UserScope scope, CancellationToken ct = default)
    {
        var image = await db.ProductImages.AsNoTracking()
            .Where(i => i.Id == imageId)
            .Select(i => new { i.ProductId, i.StoredName, i.ContentType })
            .FirstOrDefaultAsync(ct);
        if (image is null)
        {
            return null;
        }

        var visible = await db.Products.ThatArePublic().AnyAsync(p => p.Id == image.ProductId, ct)
                      || await db.Products.VisibleTo(scope).AnyAsync(p => p.Id == image.ProductId, ct);
        if (!visible)
        {
            return null;
        }

        var path = PathOf(image.ProductId, image.StoredName);
        return File.Exists(path) ? (path, image.ContentType) : null;
    }
}
