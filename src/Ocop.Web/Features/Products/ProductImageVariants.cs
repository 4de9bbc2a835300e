using System.Globalization;
using Ocop.Web.Infrastructure.Files;

namespace Ocop.Web.Features.Products;

/// <summary>
/// Product pictures at the widths pages show them: 160 (thumbnails, twice their 72 pixels for sharp screens), 320 and 640
/// (catalogue cards), 640 and 1280 (the product page). A copy is made the first time it is asked for and kept beside the
/// original on the shared volume (<c>{stored name}.w{width}{extension}</c>), so every node serves it from then on; a picture
/// already that narrow is copied as it is. Only these widths exist: any width would let a visitor fill the disk.
/// </summary>
public sealed class ProductImageVariants
{
    public static readonly IReadOnlyList<int> Widths = [160, 320, 640, 1280];

    /// <summary>Two pictures resized at once at most: a page of new cards must not decode 24 photographs side by side.</summary>
    private readonly SemaphoreSlim resizing = new(2);

    /// <summary>The file of the picture at <paramref name="width"/>, made now if it was never asked for.</summary>
    public async Task<string> PathAsync(string original, int width, CancellationToken ct)
    {
        var variant = PathOf(original, width);
        if (File.Exists(variant))
        {
            return variant;
        }

        await resizing.WaitAsync(ct);
        try
        {
            if (File.Exists(variant))
            {
                return variant; // made while this request waited
            }

            var narrower = ImageResizer.Narrower(await File.ReadAllBytesAsync(original, ct), width);
            // Written aside and moved into place: another node or request never reads half a file.
            var partial = $"{variant}.{Guid.NewGuid():N}{PartialSuffix}";
            if (narrower is null)
            {
                File.Copy(original, partial);
            }
            else
            {
                await File.WriteAllBytesAsync(partial, narrower, ct);
            }

            File.Move(partial, variant, overwrite: true);
            return variant;
        }
        finally
        {
            resizing.Release();
        }
    }

    /// <summary>Removes every width of a picture (its original is removed by the caller).</summary>
    public static void DeleteAll(string original)
    {
        foreach (var width in Widths)
        {
            File.Delete(PathOf(original, width));
        }
    }

    /// <summary>
    /// Whether a file of the uploads is a picture's copy at one of the widths, or one still being written: a backup leaves
    /// them out, since each is made again the first time it is asked for.
    /// </summary>
    public static bool IsWidthCopy(string path)
    {
        var name = Path.GetFileName(path);
        if (name.EndsWith(PartialSuffix, StringComparison.Ordinal))
        {
            return true;
        }

        var extension = Path.GetExtension(name);
        foreach (var width in Widths)
        {
            var suffix = string.Create(CultureInfo.InvariantCulture, $".w{width}{extension}");
            if (name.Length > suffix.Length && name.EndsWith(suffix, StringComparison.Ordinal) && name[..^suffix.Length].EndsWith(extension, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    private const string PartialSuffix = ".partial";

    private static string PathOf(string original, int width) =>
        string.Create(CultureInfo.InvariantCulture, $"{original}.w{width}{Path.GetExtension(original)}");
}

/// <summary>The addresses pages give a product picture at: one width, or a <c>srcset</c> of several.</summary>
public static class ProductImageUrl
{
    public static string Of(int imageId) => string.Create(CultureInfo.InvariantCulture, $"/media/product-images/{imageId}");

    public static string Of(int imageId, int width) => string.Create(CultureInfo.InvariantCulture, $"/media/product-images/{imageId}?w={width}");

    /// <summary>"…?w=320 320w, …?w=640 640w": the browser picks by the shown size and the screen's density.</summary>
    public static string SourceSet(int imageId, params int[] widths) =>
        string.Join(", ", widths.Select(width => string.Create(CultureInfo.InvariantCulture, $"{Of(imageId, width)} {width}w")));
}
