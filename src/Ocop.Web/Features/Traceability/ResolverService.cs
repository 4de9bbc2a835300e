using System.Text.Json;
using System.Text.Json.Nodes;
using Ocop.Web.Features.Catalogue;
using Ocop.Web.Infrastructure;

namespace Ocop.Web.Features.Traceability;

/// <summary>A public product as the resolver needs it: where its pages are and whether it has a certificate.</summary>
public sealed record ResolvedProduct(int Id, string Name, string? NameEn, string? Gtin, string? CertificateNumber);

/// <summary>Finds public products by GTIN or short code and builds their Digital Link URIs, targets and linksets.</summary>
/// <remarks>
/// Keys are looked up in the catalogue index's snapshot (<see cref="CatalogueSnapshot.ResolvableByGtin"/>),
/// not the database: a scan is answered from memory, and counted without a write (see <see cref="ScanCounter"/>).
/// </remarks>
public sealed class ResolverService(CatalogueIndex index, PublicUrls urls)
{
    public async Task<ResolvedProduct?> ByGtinAsync(string gtin14, CancellationToken ct) =>
        (await index.CurrentAsync(ct)).ResolvableByGtin.GetValueOrDefault(gtin14);

    public async Task<ResolvedProduct?> ByIdAsync(int id, CancellationToken ct) =>
        (await index.CurrentAsync(ct)).ResolvableById.GetValueOrDefault(id);

    /// <summary>The URI printed in the product's QR code: its GS1 Digital Link, or the short URL without a GTIN.</summary>
    public string LinkFor(int productId, string? gtin14) =>
        gtin14 is null ? $"{urls.Base}/q/{DigitalLinks.ShortCode(productId)}" : $"{urls.Base}/01/{gtin14}";

    public string LinkFor(ResolvedProduct product) => LinkFor(product.Id, product.Gtin);

    /// <summary>The URI printed on a lot's label: the product's Digital Link with AI 10, or the lot's short URL.</summary>
    public string LinkFor(ResolvedProduct product, LotItem? lot) =>
        lot is null ? LinkFor(product)
        : product.Gtin is null ? $"{urls.Base}/q/{DigitalLinks.LotShortCode(lot.Id)}"
        : $"{urls.Base}/01/{product.Gtin}/10/{Uri.EscapeDataString(lot.Code)}";

    /// <summary>
    /// Where a link type leads, in the reader's language: the product page (showing the lot when there is one), the
    /// certificate's verification page, or the lot's traceability page; the default link is the product page. Null when
    /// the item has no link of that type (a certificate it does not have, a lot's traceability asked of the product).
    /// </summary>
    public string? Target(ResolvedProduct product, LotItem? lot, string linkType, string language)
    {
        var culture = language == "en" ? "culture=en" : null;
        return linkType switch
        {
            DigitalLinks.ProductPage or DigitalLinks.DefaultLink or DigitalLinks.DefaultLinkMulti =>
                WithQuery($"{urls.Base}/products/{product.Id}", lot is null ? null : "lot=" + Uri.EscapeDataString(lot.Code), culture),
            DigitalLinks.Certification when product.CertificateNumber is { } number => WithQuery($"{urls.Base}/verify/{Uri.EscapeDataString(number)}", culture),
            DigitalLinks.Traceability when lot is not null => WithQuery($"{urls.Base}/products/{product.Id}/lots/{Uri.EscapeDataString(lot.Code)}", culture),
            _ => null,
        };
    }

    /// <summary>A target with its query parameters, those given (the lot, the culture), in order.</summary>
    private static string WithQuery(string path, string? first, string? second = null) => (first, second) switch
    {
        (null, null) => path,
        (_, null) => $"{path}?{first}",
        (null, _) => $"{path}?{second}",
        _ => $"{path}?{first}&{second}",
    };

    /// <summary>
    /// Every link of the product (or lot) as an RFC 9264 linkset, relations named by their GS1 vocabulary IRIs: for a lot,
    /// the lot's links and then the product's (each level up to the primary key), each with what the item is
    /// (itemDescription), one default link (href and title only) and its language variants as defaultLinkMulti.
    /// </summary>
    public string Linkset(ResolvedProduct product, LotItem? lot = null)
    {
        var sets = new JsonArray();
        if (lot is not null)
        {
            var set = Describe(product, lot, $"{product.Name}, lô {lot.Code}");
            set[DigitalLinks.Iri(DigitalLinks.Traceability)] = Links(product, lot, DigitalLinks.Traceability, $"Truy xuất lô {lot.Code}", $"Traceability of lot {lot.Code}");
            sets.Add(set);
        }

        var item = Describe(product, null, product.Name);
        if (product.CertificateNumber is { } number)
        {
            item[DigitalLinks.Iri(DigitalLinks.Certification)] = Links(product, null, DigitalLinks.Certification, $"Chứng nhận OCOP {number}", $"OCOP certificate {number}");
        }

        sets.Add(item);
        return new JsonObject { ["linkset"] = sets }.ToJsonString(new JsonSerializerOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
    }

    /// <summary>One level of the linkset: its anchor, what it is, the product page and the default links.</summary>
    private JsonObject Describe(ResolvedProduct product, LotItem? lot, string description)
    {
        var pip = Links(product, lot, DigitalLinks.ProductPage, product.Name, product.NameEn);
        return new JsonObject
        {
            ["anchor"] = LinkFor(product, lot),
            ["itemDescription"] = description,
            [DigitalLinks.Iri(DigitalLinks.ProductPage)] = pip,
            [DigitalLinks.Iri(DigitalLinks.DefaultLink)] = new JsonArray(new JsonObject { ["href"] = Target(product, lot, DigitalLinks.DefaultLink, "vi"), ["title"] = product.Name }),
            [DigitalLinks.Iri(DigitalLinks.DefaultLinkMulti)] = pip.DeepClone(),
        };
    }

    /// <summary>A link type's links, one per language (vi, en), with title, media type and language.</summary>
    private JsonArray Links(ResolvedProduct product, LotItem? lot, string linkType, string title, string? titleEn) => new(
        new JsonObject { ["href"] = Target(product, lot, linkType, "vi"), ["title"] = title, ["type"] = "text/html", ["hreflang"] = new JsonArray("vi") },
        new JsonObject { ["href"] = Target(product, lot, linkType, "en"), ["title"] = titleEn ?? title, ["type"] = "text/html", ["hreflang"] = new JsonArray("en") });
}
