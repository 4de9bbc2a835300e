using Microsoft.EntityFrameworkCore;
using Ocop.Web.Data;
using Ocop.Web.Features.Accounts;
using Ocop.Web.Infrastructure;

namespace Ocop.Web.Features.Products;

/// <summary>
/// Stores product pictures on disk under the data folder (uploads/products/{productId}/).
/// Type is checked from the content; size is limited by `Ocop:Uploads:MaxImageBytes` (5 MB).
/// </summary>
public sealed class ProductImageService(OcopDbContext db, DataFolder dataFolder, IConfiguration configuration, TimeProvider clock)
{
    public long MaxBytes => configuration.GetValue<long?>("Ocop:Uploads:MaxImageBytes") ?? 5 * 1024 * 1024;

    public async Task<ServiceResult<int>> AddAsync(int productId, Stream content, long length, UserScope scope, CancellationToken ct = default)
    {
        if (!scope.CanWrite || !await db.Products.VisibleTo(scope).AnyAsync(p => p.Id == productId, ct))
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

        if (ImageFormat.Sniff(buffer.GetBuffer().AsSpan(0, (int)Math.Min(buffer.Length, 16))) is not { } format)
        {
            return ServiceResult<int>.Invalid("Image", "Validation.Image.NotImage");
        }

        var storedName = Guid.NewGuid().ToString("N") + format.Extension;
        var path = dataFolder.PathFor("uploads", "products", productId.ToString(System.Globalization.CultureInfo.InvariantCulture), storedName);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        await File.WriteAllBytesAsync(path, buffer.ToArray(), ct);

        var order = await db.ProductImages.Where(i => i.ProductId == productId).Select(i => (int?)i.SortOrder).MaxAsync(ct) ?? 0;
        var image = new ProductImage
        {
            ProductId = productId, StoredName = storedName, ContentType = format.ContentType, Length = buffer.Length,
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

        var path = dataFolder.PathFor("uploads", "products", image.ProductId.ToString(System.Globalization.CultureInfo.InvariantCulture), image.StoredName);
        return File.Exists(path) ? (path, image.ContentType) : null;
    }
}
