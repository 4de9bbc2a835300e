using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Ocop.Web.Data;
using Ocop.Web.Features.Products;
using Ocop.Web.Features.Traceability;
using Ocop.Web.Resources;

namespace Ocop.Web.Features.Catalogue;

/// <summary>One product's block in the printed handbook.</summary>
public sealed record HandbookProduct(
    int Id, string Name, int Stars, string GroupName, string ProductSetName, string ProducerName, string Address,
    string? Phone, string? Email, string? Website, string Credential, string Link, string? ImagePath);

/// <summary>The handbook to print: what was chosen (for the cover) and the products, grouped and sorted by name.</summary>
public sealed record Handbook(string Selection, DateOnly PrintedOn, IReadOnlyList<HandbookProduct> Products);

/// <summary>
/// Gathers a printable handbook for a catalogue filter (province, group, stars, …): the listed products it
/// finds, at most <see cref="MaxProducts"/>, with their producer's contact, certificate or confirmed
/// rating, first picture and the link their QR code carries.
/// </summary>
public sealed class HandbookService(
    OcopDbContext db, CatalogueService catalogue, ResolverService resolver, ProductImageService images, ProductImageVariants widths,
    TimeProvider clock, IStringLocalizer<SharedResource> localizer)
{
    public const int MaxProducts = 200;

    /// <summary>
    /// The picture width a block prints from: 150 points (about 5 cm) at about 300 dots an inch is 625 pixels. Embedded
    /// whole, pictures of up to 5 MB each would make a handbook of 200 products as much as a gigabyte.
    /// </summary>
    public const int PrintWidth = 640;

    public async Task<(Handbook? Book, string? ErrorKey)> BuildAsync(CatalogueQuery query, CancellationToken ct)
    {
        var found = await catalogue.SearchAsync(query with { Page = 1, PageSize = MaxProducts, Sort = CatalogueSort.Name }, ct);
        if (found.TotalCount == 0)
        {
            return (null, "Handbook.Empty");
        }

        if (found.TotalCount > MaxProducts)
        {
            return (null, "Handbook.TooMany");
        }

        var english = CultureInfo.CurrentUICulture.TwoLetterISOLanguageName == "en";
        var ids = found.Items.Select(i => i.Id).ToList();
        var today = Infrastructure.VietnamTime.Today(clock);
        var details = await db.Products.AsNoTracking().Where(p => ids.Contains(p.Id))
            .Select(p => new
            {
                p.Id, p.Gtin, p.Producer!.AddressLine, p.Producer.Phone, p.Producer.Email, p.Producer.Website, p.CertificateReference,
                GroupCode = p.ProductSet!.Group!.Code, GroupName = p.ProductSet.Group.Name,
                Commune = db.Communes.Where(c => c.Code == p.Producer.CommuneCode).Select(c => c.Name).First(),
                Province = db.Provinces.Where(c => c.Code == p.Producer.ProvinceCode).Select(c => c.Name).First(),
                Certificate = db.Certificates.Where(c => c.ProductId == p.Id && c.RevokedOn == null && c.ExpiresOn >= today)
                    .OrderByDescending(c => c.ExpiresOn).Select(c => c.Number).FirstOrDefault(),
                Image = p.Images.OrderBy(i => i.SortOrder).Select(i => new { i.StoredName, i.ContentType }).FirstOrDefault(),
            })
            .ToDictionaryAsync(p => p.Id, ct);

        var products = new List<HandbookProduct>();
        foreach (var item in found.Items.Where(i => details.ContainsKey(i.Id)))
        {
            var d = details[item.Id];
            var credential = d.Certificate is { } number
                ? string.Format(CultureInfo.CurrentCulture, localizer["Handbook.Certificate"].Value, number)
                : string.Format(CultureInfo.CurrentCulture, localizer["Handbook.Legacy"].Value, d.CertificateReference);
            // PDFsharp reads JPEG and PNG (a narrower copy keeps its picture's format); other pictures print as the placeholder.
            var original = d.Image is { ContentType: "image/jpeg" or "image/png" } ? images.PathOf(item.Id, d.Image.StoredName) : null;
            var image = original is not null && File.Exists(original) ? await widths.PathAsync(original, PrintWidth, ct) : null;
            products.Add(new HandbookProduct(
                item.Id, english && !string.IsNullOrWhiteSpace(item.NameEn) ? item.NameEn : item.Name, item.Stars,
                Classification.ProductGroupNames.ForReader(localizer, d.GroupCode, d.GroupName), item.ProductSetName, item.ProducerName,
                string.Join(", ", new[] { d.AddressLine, d.Commune, d.Province }.Where(s => !string.IsNullOrWhiteSpace(s))),
                d.Phone, d.Email, d.Website, credential, resolver.LinkFor(item.Id, d.Gtin), image));
        }

        var sorted = products
            .OrderBy(p => p.GroupName, StringComparer.Create(CultureInfo.CurrentCulture, ignoreCase: true))
            .ThenBy(p => p.Name, StringComparer.Create(CultureInfo.CurrentCulture, ignoreCase: true))
            .ToList();

        return (new Handbook(Describe(query, found), today, sorted), null);
    }

    /// <summary>The filter in words for the cover, e.g. "Tỉnh Lâm Đồng · Sản phẩm thực phẩm · 4★".</summary>
    private string Describe(CatalogueQuery query, CatalogueResult found)
    {
        string? Selected(string facet) => found.Facets.FirstOrDefault(f => f.Name == facet)?.Values.FirstOrDefault(v => v.Selected)?.Label;
        var parts = new[] { Selected("province"), Selected("commune"), Selected("group"), Selected("stars"), Selected("type"), Selected("cert"), query.Q is null ? null : $"“{query.Q}”" }
            .Where(p => p is not null).ToList();
        return parts.Count == 0 ? localizer["Handbook.AllProducts"].Value : string.Join(" · ", parts);
    }
}
