using Microsoft.EntityFrameworkCore;
using Ocop.Web.Data;
using Ocop.Web.Features.Evaluation.Certificates;
using Ocop.Web.Features.Producers;
using Ocop.Web.Features.Products;
using Ocop.Web.Features.Search;

namespace Ocop.Web.Features.Programme;

/// <summary>A product with an OCOP rating on a given day: its stars and what the dashboards break it down by.</summary>
public sealed record RatedProduct(int ProductId, int Stars, string ProvinceCode, string CommuneCode, int GroupId, ProducerType ProducerType, string? OldUnitCode);

/// <summary>One recognition of a product: a platform certificate, or a legacy rating an officer confirmed.</summary>
public sealed record Recognition(int ProductId, DateOnly On, int Stars);

/// <summary>
/// Which products were rated when. Two sources: the platform's certificates, and ratings from before the
/// platform that an officer confirmed (<see cref="Product.LegacyValidUntil"/>). A legacy rating has no issue
/// date of its own; it is taken as issued one validity (36 months) before it lapses, like a certificate.
/// </summary>
public static class RecognitionHistory
{
    public const int ValidityMonths = 36;

    /// <summary>The products of a province (or one commune of it); every province when both are null.</summary>
    public static IQueryable<Product> ProductsOf(OcopDbContext db, string? provinceCode, string? communeCode = null) =>
        db.Products.Where(p => (provinceCode == null || p.Producer!.ProvinceCode == provinceCode) && (communeCode == null || p.Producer!.CommuneCode == communeCode));

    /// <summary>Certificates in force on the day: issued, not expired, not revoked, not replaced by one issued since.</summary>
    public static IQueryable<Certificate> InForceOn(OcopDbContext db, DateOnly day) =>
        db.Certificates.Where(c => c.IssuedOn <= day && c.ExpiresOn >= day && (c.RevokedOn == null || c.RevokedOn > day)
            && !db.Certificates.Any(n => n.ReplacesId == c.Id && n.IssuedOn <= day));

    /// <summary>The products rated on the day, with the stars of their newest certificate (else their legacy rating).</summary>
    public static async Task<List<RatedProduct>> RatedOnAsync(OcopDbContext db, string? provinceCode, string? communeCode, DateOnly day, CancellationToken ct)
    {
        var products = ProductsOf(db, provinceCode, communeCode);
        var stars = new Dictionary<int, int>();
        var legacyLapsesBy = day.AddMonths(ValidityMonths);
        foreach (var legacy in await products.Where(p => p.Stars != null && p.LegacyValidUntil >= day && p.LegacyValidUntil <= legacyLapsesBy)
                     .Select(p => new { p.Id, Stars = p.Stars!.Value }).ToListAsync(ct))
        {
            stars[legacy.Id] = legacy.Stars;
        }

        foreach (var certificate in (await InForceOn(db, day).Where(c => products.Any(p => p.Id == c.ProductId))
                     .Select(c => new { c.ProductId, c.Stars, c.IssuedOn }).ToListAsync(ct)).OrderBy(c => c.IssuedOn))
        {
            stars[certificate.ProductId] = certificate.Stars;
        }

        if (stars.Count == 0)
        {
            return [];
        }

        var facts = await products.Select(p => new
        {
            p.Id, p.Producer!.ProvinceCode, p.Producer.CommuneCode, p.ProductSet!.GroupId, p.Producer.Type, p.Producer.OldUnitCode,
        }).ToListAsync(ct);
        return [.. facts.Where(f => stars.ContainsKey(f.Id))
            .Select(f => new RatedProduct(f.Id, stars[f.Id], f.ProvinceCode, f.CommuneCode, f.GroupId, f.Type, f.OldUnitCode))];
    }

    /// <summary>Every recognition of the area's products up to the day, oldest first.</summary>
    public static async Task<List<Recognition>> RecognitionsAsync(OcopDbContext db, string? provinceCode, string? communeCode, DateOnly until, CancellationToken ct)
    {
        var products = ProductsOf(db, provinceCode, communeCode);
        var certificates = await db.Certificates.Where(c => c.IssuedOn <= until && products.Any(p => p.Id == c.ProductId))
            .Select(c => new { c.ProductId, c.IssuedOn, c.Stars }).ToListAsync(ct);
        var legacy = await products.Where(p => p.Stars != null && p.LegacyValidUntil != null)
            .Select(p => new { p.Id, p.LegacyValidUntil, Stars = p.Stars!.Value }).ToListAsync(ct);
        return [.. certificates.Select(c => new Recognition(c.ProductId, c.IssuedOn, c.Stars))
            .Concat(legacy.Select(l => new Recognition(l.Id, l.LegacyValidUntil!.Value.AddMonths(-ValidityMonths), l.Stars)))
            .Where(r => r.On <= until)
            .OrderBy(r => r.On)];
    }

    /// <summary>
    /// The product groups of community and rural tourism services (group VI of Decision 148, the tourism
    /// branch of 1048). Found by name, so a later decision's tourism group is found too.
    /// </summary>
    public static async Task<HashSet<int>> TourismGroupIdsAsync(OcopDbContext db, CancellationToken ct) =>
        [.. (await db.ProductGroups.Select(g => new { g.Id, g.Name }).ToListAsync(ct))
            .Where(g => VietnameseText.Fold(g.Name).Contains("du lich", StringComparison.Ordinal)).Select(g => g.Id)];
}
