using System.Text.Json;
using Ocop.Web.Features.MarketAccess;
using Ocop.Web.Features.Products;

namespace Ocop.Web.Features.Public;

/// <summary>A product page's texts in the reader's language and what search engines and link previews read.</summary>
/// <param name="Summary">A short plain description (at most 200 characters) for search engines and link previews.</param>
/// <param name="CanonicalUrl">The page's address without a language choice: the canonical link and the Vietnamese alternate.</param>
/// <param name="JsonLd">schema.org Product as JSON-LD (the serializer escapes &lt; and &gt;, so it cannot close the script tag).</param>
/// <param name="NameLang">"vi" where an English page shows the Vietnamese name (the product has no English one), so that screen
/// readers and translators read it as Vietnamese; null otherwise. Likewise <paramref name="DescriptionLang"/> and <paramref name="StoryLang"/>.</param>
public sealed record ProductPageMetadata(
    string DisplayName, string? Description, string? Story, string GroupName, string Summary, string CanonicalUrl, string? ImageUrl, string JsonLd,
    string? NameLang = null, string? DescriptionLang = null, string? StoryLang = null)
{
    /// <summary>
    /// Pure: English texts where the product has them (name, description, story; the group's English name
    /// from <paramref name="englishGroupName"/>), else the Vietnamese ones.
    /// </summary>
    public static ProductPageMetadata Build(ProductPublicDto product, IReadOnlyList<ListingItem> listings, bool english, string? englishGroupName, string baseUrl)
    {
        var name = english && !string.IsNullOrWhiteSpace(product.NameEn) ? product.NameEn : product.Name;
        var description = english && product.DescriptionEn is not null ? product.DescriptionEn : product.Description;
        var story = english && product.StoryEn is not null ? product.StoryEn : product.Story;
        var group = english && englishGroupName is not null ? englishGroupName : product.GroupName;
        var summary = Shorten(description ?? (story is not null ? SafeMarkdown.ToPlainText(story) : null) ?? $"{name} — {product.ProducerName}");
        var canonical = $"{baseUrl}/products/{product.Id}";
        var image = product.ImageIds.Count > 0 ? baseUrl + ProductImageUrl.Of(product.ImageIds[0]) : null;
        string? Vietnamese(bool shown) => english && shown ? "vi" : null;
        return new ProductPageMetadata(name, description, story, group, summary, canonical, image,
            SchemaOrgProduct(product, listings, name, summary, canonical, image, group),
            Vietnamese(name == product.Name), Vietnamese(description is not null && product.DescriptionEn is null), Vietnamese(story is not null && product.StoryEn is null));
    }

    private static string Shorten(string text)
    {
        var words = string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        return words.Length <= 200 ? words : words[..197] + "…";
    }

    private static string SchemaOrgProduct(
        ProductPublicDto product, IReadOnlyList<ListingItem> listings, string name, string summary, string canonical, string? image, string group) =>
        JsonSerializer.Serialize(new Dictionary<string, object?>
        {
            ["@context"] = "https://schema.org",
            ["@type"] = "Product",
            ["name"] = name,
            ["description"] = summary,
            ["url"] = canonical,
            ["image"] = image,
            ["gtin14"] = product.Gtin,
            ["category"] = $"{group} / {product.ProductSetName}",
            ["brand"] = new Dictionary<string, object?> { ["@type"] = "Organization", ["name"] = product.ProducerName },
            ["award"] = product.Stars is { } s ? $"OCOP {s}★" : null,
            ["offers"] = listings.Count == 0 ? null : listings.Select(l => new Dictionary<string, object?>
            {
                ["@type"] = "Offer",
                ["url"] = l.Url,
                ["price"] = l.Price,
                ["priceCurrency"] = l.Price is null ? null : "VND",
                ["seller"] = new Dictionary<string, object?> { ["@type"] = "Organization", ["name"] = l.Platform.ToString() },
            }.Where(p => p.Value is not null).ToDictionary()).ToList(),
        }.Where(p => p.Value is not null).ToDictionary());
}
