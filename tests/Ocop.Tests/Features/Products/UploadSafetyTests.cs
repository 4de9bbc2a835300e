using System.Buffers.Binary;
using System.IO.Compression;
using System.Net;
using System.Text;
using Ocop.Web.Infrastructure;

namespace Ocop.Tests.Features.Products;

/// <summary>
/// What an upload becomes before it is kept: pictures decoded and re-encoded here (a PNG that is also an HTML page
/// comes out a plain picture; a header claiming 20000×20000 pixels is refused before decoding); Office files only when
/// they are real Office packages.
/// </summary>
public sealed class UploadSafetyTests
{
    private static readonly byte[] Polyglot = [.. ProductApiTests.Png, .. "<html><script>alert(document.cookie)</script></html>"u8.ToArray()];

    [Theory]
    [ClassData(typeof(Engines))]
    public async Task APolyglotPicture_IsStoredAsAPlainPicture_AndAGiantOneIsRefused(Engine engine)
    {
        await using var app = await OcopApp.StartAsync(engine);
        var officer = await Registry.OfficerAsync(app, Registry.LamDong);
        var producer = await Registry.CreateProducerAsync(officer, Registry.Producer());
        var product = await Registry.ProductAsync(app, officer, producer.Id, "Mứt mãng cầu Bà Rịa");
        var url = $"/api/v1/products/{product.Id}/images";

        var stored = await officer.PostAsync(url, OcopApp.ImageContent(Polyglot, "dot.png"));
        stored.StatusCode.ShouldBe(HttpStatusCode.Created);
        var served = await (await app.CreateClient().GetAsync(stored.Headers.Location)).Content.ReadAsByteArrayAsync();
        Encoding.ASCII.GetString(served).ShouldNotContain("<script");
        served.ShouldNotBe(Polyglot);

        var giant = await officer.PostAsync(url, OcopApp.ImageContent(PngClaiming(20_000, 20_000), "giant.png"));
        giant.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await giant.Content.ReadAsStringAsync()).ShouldContain("điểm ảnh");
    }

    [Fact]
    public async Task OfficeFiles_MustBeOfficePackages_AndPicturesAreReencoded()
    {
        async Task<string?> RefusalAsync(byte[] bytes, string name) =>
            (await DocumentFiles.ReadAsync(new MemoryStream(bytes), bytes.Length, name, 1_000_000, CancellationToken.None)).ErrorKey;

        (await RefusalAsync(Zip("notes.txt"), "bien-ban.docx")).ShouldBe("Validation.Document.NotOffice");
        (await RefusalAsync(Zip("[Content_Types].xml", "xl/workbook.xml"), "bien-ban.docx")).ShouldBe("Validation.Document.NotOffice");
        (await RefusalAsync("PK\u0003\u0004 not really a zip"u8.ToArray(), "so-lieu.xlsx")).ShouldBe("Validation.Document.NotOffice");
        (await RefusalAsync(Zip("[Content_Types].xml", "word/document.xml"), "bien-ban.docx")).ShouldBeNull();
        (await RefusalAsync(Zip("[Content_Types].xml", "xl/workbook.xml"), "so-lieu.xlsx")).ShouldBeNull();

        var photo = await DocumentFiles.ReadAsync(new MemoryStream(Polyglot), Polyglot.Length, "anh.png", 1_000_000, CancellationToken.None);
        photo.ErrorKey.ShouldBeNull();
        Encoding.ASCII.GetString(photo.Bytes!).ShouldNotContain("<script");
        (await RefusalAsync(PngClaiming(20_000, 20_000), "anh.png")).ShouldBe("Validation.Document.BadImage");
    }

    private static byte[] Zip(params string[] entries)
    {
        var buffer = new MemoryStream();
        using (var archive = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var entry in entries)
            {
                using var writer = new StreamWriter(archive.CreateEntry(entry).Open());
                writer.Write("<x/>");
            }
        }

        return buffer.ToArray();
    }

    /// <summary>The 1×1 PNG with its header changed to claim another size (a few dozen bytes that would decode to gigabytes).</summary>
    private static byte[] PngClaiming(int width, int height)
    {
        var png = ProductApiTests.Png.ToArray();
        BinaryPrimitives.WriteInt32BigEndian(png.AsSpan(16), width);   // IHDR data starts at 16: width, height, …
        BinaryPrimitives.WriteInt32BigEndian(png.AsSpan(20), height);
        BinaryPrimitives.WriteUInt32BigEndian(png.AsSpan(29), Crc32(png.AsSpan(12, 17))); // CRC over "IHDR" + 13 bytes
        return png;
    }

    private static uint Crc32(ReadOnlySpan<byte> bytes)
    {
        var crc = 0xFFFFFFFFu;
        foreach (var b in bytes)
        {
            crc ^= b;
            for (var bit = 0; bit < 8; bit++)
            {
                crc = (crc & 1) != 0 ? (crc >> 1) ^ 0xEDB88320u : crc >> 1;
            }
        }

        return ~crc;
    }
}
