using SkiaSharp;

namespace Ocop.Web.Infrastructure.Files;

/// <summary>
/// A narrower copy of a stored picture (one made by <see cref="SafeImage"/>: a plain JPEG or PNG), for the sizes pages
/// show it at. A JPEG is decoded at the nearest smaller scale its format offers (an eighth, a quarter, a half) before the
/// last step, so a thumbnail of a large photograph never holds the whole photograph in memory.
/// </summary>
public static class ImageResizer
{
    /// <summary>
    /// The picture <paramref name="width"/> pixels wide, in its own format; null when it is already that narrow or
    /// narrower (the original serves) or cannot be read.
    /// </summary>
    public static byte[]? Narrower(byte[] picture, int width)
    {
        using var data = SKData.CreateCopy(picture);
        using var codec = SKCodec.Create(data);
        if (codec is null || codec.Info.Width <= width)
        {
            return null;
        }

        var full = codec.Info;
        var height = Math.Max(1, (int)Math.Round(full.Height * (double)width / full.Width));
        var scaled = codec.GetScaledDimensions((float)width / full.Width);
        var decodeSize = scaled.Width >= width ? scaled : new SKSizeI(full.Width, full.Height);
        using var decoded = SKBitmap.Decode(codec, full.WithSize(decodeSize.Width, decodeSize.Height));
        if (decoded is null)
        {
            return null;
        }

        using var resized = decoded.Resize(new SKImageInfo(width, height, decoded.ColorType, decoded.AlphaType), new SKSamplingOptions(SKCubicResampler.Mitchell));
        if (resized is null)
        {
            return null;
        }

        var png = codec.EncodedFormat == SKEncodedImageFormat.Png;
        using var encoded = resized.Encode(png ? SKEncodedImageFormat.Png : SKEncodedImageFormat.Jpeg, png ? 100 : 82);
        return encoded?.ToArray();
    }
}
