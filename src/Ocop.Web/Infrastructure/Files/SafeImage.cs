using SkiaSharp;

namespace Ocop.Web.Infrastructure.Files;

/// <summary>
/// An uploaded picture is decoded and drawn again before it is kept: what is stored and served is a plain JPEG or PNG
/// made here, so a file that is also HTML or a script (a polyglot) or carries hidden data loses it, and the visitor's
/// browser never sees the uploader's bytes. The size in pixels is read from the header first and refused past
/// `MaxPixels` before any pixel is decoded (a 20000×20000 picture would need 1.6 GB). The camera's orientation is
/// applied, since the re-encoded file has no EXIF to carry it.
/// </summary>
public static class SafeImage
{
    /// <summary>40 million pixels (8000 × 5000): more than any phone camera, a fraction of what a bomb claims.</summary>
    public const long DefaultMaxPixels = 40_000_000;

    public sealed record Result(byte[] Bytes, string ContentType, string Extension, int Width, int Height);

    public static (Result? Image, string? ErrorKey) Reencode(byte[] upload, long maxPixels)
    {
        using var data = SKData.CreateCopy(upload);
        using var codec = SKCodec.Create(data);
        if (codec is null)
        {
            return (null, "Validation.Image.NotImage");
        }

        var info = codec.Info;
        if (info.Width <= 0 || info.Height <= 0 || (long)info.Width * info.Height > maxPixels)
        {
            return (null, "Validation.Image.TooManyPixels");
        }

        using var decoded = SKBitmap.Decode(codec, info.WithColorType(SKColorType.Rgba8888).WithAlphaType(
            info.AlphaType == SKAlphaType.Opaque ? SKAlphaType.Opaque : SKAlphaType.Premul));
        if (decoded is null)
        {
            return (null, "Validation.Image.NotImage");
        }

        using var upright = Upright(decoded, codec.EncodedOrigin);
        // Pictures with transparency stay PNG; photographs become JPEG.
        var keepsAlpha = codec.EncodedFormat == SKEncodedImageFormat.Png || info.AlphaType != SKAlphaType.Opaque;
        using var encoded = keepsAlpha ? upright.Encode(SKEncodedImageFormat.Png, 100) : upright.Encode(SKEncodedImageFormat.Jpeg, 88);
        return encoded is null
            ? (null, "Validation.Image.NotImage")
            : (new Result(encoded.ToArray(), keepsAlpha ? "image/png" : "image/jpeg", keepsAlpha ? ".png" : ".jpg", upright.Width, upright.Height), null);
    }

    /// <summary>The picture turned as the camera meant it (EXIF orientation); a copy, or the same pixels when already upright.</summary>
    private static SKBitmap Upright(SKBitmap bitmap, SKEncodedOrigin origin)
    {
        var quarterTurns = origin switch
        {
            SKEncodedOrigin.BottomRight => 2,
            SKEncodedOrigin.RightTop => 1,
            SKEncodedOrigin.LeftBottom => 3,
            _ => 0,
        };
        var turned = new SKBitmap(quarterTurns % 2 == 1 ? bitmap.Height : bitmap.Width, quarterTurns % 2 == 1 ? bitmap.Width : bitmap.Height,
            bitmap.ColorType, bitmap.AlphaType);
        using var canvas = new SKCanvas(turned);
        canvas.Clear(SKColors.Transparent);
        canvas.Translate(turned.Width / 2f, turned.Height / 2f);
        canvas.RotateDegrees(90 * quarterTurns);
        canvas.Translate(-bitmap.Width / 2f, -bitmap.Height / 2f);
        canvas.DrawBitmap(bitmap, 0, 0, SKSamplingOptions.Default, null);
        return turned;
    }
}
