namespace Ocop.Web.Infrastructure;

/// <summary>Uploaded documents: recognised by their content (never the claimed type), stored under a server-chosen name.</summary>
public static class DocumentFiles
{
    public const int MaxFileNameLength = 200;

    /// <summary>PDF, JPEG, PNG, or an Office (OOXML) document named .docx/.xlsx.</summary>
    public static (string ContentType, string Extension)? Sniff(ReadOnlySpan<byte> head, string fileName)
    {
        if (head.StartsWith("%PDF-"u8))
        {
            return ("application/pdf", ".pdf");
        }

        if (Features.Products.ImageFormat.Sniff(head) is { } image && image.Extension is ".jpg" or ".png")
        {
            return image;
        }

        if (head.StartsWith("PK\u0003\u0004"u8))
        {
            return Path.GetExtension(fileName).ToLowerInvariant() switch
            {
                ".docx" => ("application/vnd.openxmlformats-officedocument.wordprocessingml.document", ".docx"),
                ".xlsx" => (Xlsx.ContentType, ".xlsx"),
                _ => null,
            };
        }

        return null;
    }

    /// <summary>
    /// Reads an upload the caller declared <paramref name="length"/> bytes long: refused when empty, over
    /// <paramref name="maxBytes"/> (also when the stream turns out longer than declared) or not a recognised
    /// document. Returns the bytes and the format, or the message key of the refusal.
    /// </summary>
    public static async Task<(byte[]? Bytes, (string ContentType, string Extension) Format, string? ErrorKey)> ReadAsync(
        Stream content, long length, string fileName, long maxBytes, CancellationToken ct)
    {
        if (length <= 0)
        {
            return (null, default, "Validation.Document.Empty");
        }

        if (length > maxBytes)
        {
            return (null, default, "Validation.Document.TooLarge");
        }

        using var buffer = new MemoryStream();
        await content.CopyToAsync(buffer, ct);
        if (buffer.Length > maxBytes)
        {
            return (null, default, "Validation.Document.TooLarge");
        }

        if (Sniff(buffer.GetBuffer().AsSpan(0, (int)Math.Min(buffer.Length, 16)), fileName) is not { } format)
        {
            return (null, default, "Validation.Document.Format");
        }

        if (format.Extension is ".docx" or ".xlsx")
        {
            return Files.OfficePackage.IsValid(buffer.ToArray(), format.Extension) ? (buffer.ToArray(), format, null) : (null, default, "Validation.Document.NotOffice");
        }

        if (format.Extension is ".jpg" or ".png")
        {
            // A photo of a document is kept as a picture made here, like product pictures.
            var (image, _) = Files.SafeImage.Reencode(buffer.ToArray(), Files.SafeImage.DefaultMaxPixels);
            return image is null ? (null, default, "Validation.Document.BadImage") : (image.Bytes, (image.ContentType, image.Extension), null);
        }

        return (buffer.ToArray(), format, null);
    }

    /// <summary>
    /// Writes the file, then saves its database row; when the save fails the file is removed again, so a
    /// file never stays behind without the row that names it.
    /// </summary>
    public static async Task StoreAsync(string path, byte[] content, Func<Task> saveRow, CancellationToken ct)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        await File.WriteAllBytesAsync(path, content, ct);
        try
        {
            await saveRow();
        }
        catch
        {
            File.Delete(path);
            throw;
        }
    }

    /// <summary>The uploader's file name without any folder part or control characters, shortened, with the real extension.</summary>
    public static string CleanName(string fileName, string extension)
    {
        var name = Path.GetFileNameWithoutExtension(Path.GetFileName(fileName.Replace('\\', '/')));
        name = string.Concat(name.Where(c => !char.IsControl(c))).Trim();
        if (name.Length == 0)
        {
            name = "tai-lieu";
        }

        return (name.Length > MaxFileNameLength - extension.Length ? name[..(MaxFileNameLength - extension.Length)] : name) + extension;
    }
}
