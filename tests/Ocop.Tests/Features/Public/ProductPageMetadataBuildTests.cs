using System.Text.Json;
using Ocop.Web.Features.MarketAccess;
using Ocop.Web.Features.Products;
using Ocop.Web.Features.Public;

namespace Ocop.Tests.Features.Public;

/// <summary>The product page's texts and metadata, built by a pure function: language fallbacks, the summary, JSON-LD.</summary>
public sealed class ProductPageMetadataBuildTests
{
    private static ProductPublicDto Product(string? nameEn = null, string? description = null, string? descriptionEn = null, string? story = null, int[]? images = null) => new(
        12, "Nước mắm Cá Đen", nameEn, 3, "Công ty TNHH Cá Đen", Ocop.Web.Features.Producers.ProducerType.Enterprise, "68", "Tỉnh Lâm Đồng", "Phường Phú Thủy",
        1, "148-09", "Nước mắm", "Thực phẩm", description, descriptionEn, story, null, null, null, null, "08930000000019", 4, images ?? [],
        new ProducerContact(null, null, null, null, null, null), true, "1", null, null);

    [Fact]
    public void Build_InEnglish_UsesTheEnglishTextsThatExist_AndFallsBackToVietnamese()
    {
        var english = ProductPageMetadata.Build(Product(nameEn: "Ca Den fish sauce", description: "Nước mắm truyền thống."), [], english: true, "Food", "https://ocop.example");
        (english.DisplayName, english.Description, english.GroupName).ShouldBe(("Ca Den fish sauce", "Nước mắm truyền thống.", "Food"));

        var vietnamese = ProductPageMetadata.Build(Product(nameEn: "Ca Den fish sauce", descriptionEn: "Traditional fish sauce."), [], english: false, "Food", "https://ocop.example");
        (vietnamese.DisplayName, vietnamese.Description, vietnamese.GroupName).ShouldBe(("Nước mắm Cá Đen", null, "Thực phẩm"));
        vietnamese.CanonicalUrl.ShouldBe("https://ocop.example/products/12");
        vietnamese.ImageUrl.ShouldBeNull();
    }

    [Fact]
    public void Summary_IsTheDescription_ElseTheStorysWords_ElseNameAndProducer_AtMost200Characters()
    {
        ProductPageMetadata.Build(Product(description: "Cá  cơm\nủ chượp 12 tháng."), [], false, null, "").Summary.ShouldBe("Cá cơm ủ chượp 12 tháng.");
        ProductPageMetadata.Build(Product(story: "**Cá Đen** giữ nghề [ủ chượp](https://ocop.gov.vn)."), [], false, null, "").Summary.ShouldBe("Cá Đen giữ nghề ủ chượp.");
        ProductPageMetadata.Build(Product(), [], false, null, "").Summary.ShouldBe("Nước mắm Cá Đen — Công ty TNHH Cá Đen");

        var longer = ProductPageMetadata.Build(Product(description: string.Join(' ', Enumerable.Repeat("nước mắm", 40))), [], false, null, "").Summary;
        longer.Length.ShouldBe(198);
        longer.ShouldEndWith("…");
    }

    [Fact]
    public void JsonLd_DescribesTheProduct_WithOffersOnlyForListings_AndNoEmptyField()
    {
        var listings = new List<ListingItem> { new(1, 12, ListingPlatform.Shopee, "https://shopee.vn/x", 120000m, 1), new(2, 12, ListingPlatform.Tiki, "https://tiki.vn/y", null, 1) };
        using var ld = JsonDocument.Parse(ProductPageMetadata.Build(Product(images: [7]), listings, false, null, "https://ocop.example").JsonLd);
        var root = ld.RootElement;
        (root.GetProperty("@type").GetString(), root.GetProperty("award").GetString(), root.GetProperty("image").GetString())
            .ShouldBe(("Product", "OCOP 4★", "https://ocop.example/media/product-images/7"));
        root.TryGetProperty("description", out _).ShouldBeTrue();
        var offers = root.GetProperty("offers").EnumerateArray().ToList();
        offers[0].GetProperty("priceCurrency").GetString().ShouldBe("VND");
        offers[1].TryGetProperty("price", out _).ShouldBeFalse("a listing without a price says nothing of it");

        using var none = JsonDocument.Parse(ProductPageMetadata.Build(Product(), [], false, null, "").JsonLd);
        none.RootElement.TryGetProperty("offers", out _).ShouldBeFalse();
        none.RootElement.TryGetProperty("image", out _).ShouldBeFalse();
    }
}
