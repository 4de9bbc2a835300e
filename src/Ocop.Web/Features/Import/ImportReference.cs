using Microsoft.EntityFrameworkCore;
using Ocop.Web.Data;
using Ocop.Web.Features.Search;

namespace Ocop.Web.Features.Import;

/// <summary>An existing producer or product as the import compares it (to update instead of duplicating).</summary>
public sealed record ExistingProducer(int Id, string Name, Producers.ProducerType Type, string? TaxCode, string CommuneCode, string? Address, string? Phone, string? OldUnitName, string? OldUnitCode);

/// <summary><see cref="Certified"/>: its reference is a platform certificate's number (stars and dates come from that certificate).</summary>
public sealed record ExistingProduct(int Id, int ProducerId, string Name, int ProductSetId, string? Gtin, int? Stars, string? CertificateReference, DateOnly? LegacyValidUntil, string ProvinceCode, bool Certified);

/// <summary>
/// What a province's import checks rows against, loaded once: its communes by code and name, the communes of the
/// provinces it absorbed in 2025 by their old names (with the new communes they went to), product sets by code and
/// name, and the province's producers and products (products by GTIN across all provinces, a GTIN being unique).
/// </summary>
public sealed class ImportReference
{
    public required string ProvinceCode { get; init; }
    public required Dictionary<string, string> Communes { get; init; }
    public required ILookup<string, string> CommunesByName { get; init; }
    public required ILookup<string, (string OldCode, string OldName, string NewCode, bool Partial)> OldCommunesByName { get; init; }
    public required Dictionary<string, int> SetsByCode { get; init; }
    public required ILookup<string, int> SetsByName { get; init; }
    public required List<ExistingProducer> Producers { get; init; }
    public required List<ExistingProduct> Products { get; init; }

    public static async Task<ImportReference> LoadAsync(OcopDbContext db, string provinceCode, CancellationToken ct)
    {
        var communes = await db.Communes.Where(c => c.ProvinceCode == provinceCode).Select(c => new { c.Code, c.Name }).ToListAsync(ct);
        var old = await db.OldCommuneSuccessors
            .Where(s => db.Communes.Any(c => c.Code == s.NewCommuneCode && c.ProvinceCode == provinceCode))
            .Join(db.OldCommunes, s => s.OldCommuneCode, o => o.Code, (s, o) => new { o.Code, o.Name, s.NewCommuneCode, s.Partial })
            .ToListAsync(ct);
        var sets = await db.ProductSets.Select(s => new { s.Id, s.Code, s.Name, Accepts = db.CriteriaVersions.Where(v => v.Code == s.CriteriaVersionCode).Select(v => v.AcceptsNewProducts).First() })
            .ToListAsync(ct);
        var producers = await db.Producers.Where(p => p.ProvinceCode == provinceCode)
            .Select(p => new ExistingProducer(p.Id, p.Name, p.Type, p.TaxCode, p.CommuneCode, p.AddressLine, p.Phone, p.OldUnitName, p.OldUnitCode)).ToListAsync(ct);
        var products = await db.Products.IgnoreQueryFilters().Where(p => !p.IsDeleted && (p.Producer!.ProvinceCode == provinceCode || p.Gtin != null))
            .Select(p => new ExistingProduct(p.Id, p.ProducerId, p.Name, p.ProductSetId, p.Gtin, p.Stars, p.CertificateReference, p.LegacyValidUntil, p.Producer!.ProvinceCode,
                db.Certificates.Any(c => c.ProductId == p.Id && c.Number == p.CertificateReference)))
            .ToListAsync(ct);
        return new ImportReference
        {
            ProvinceCode = provinceCode,
            Communes = communes.ToDictionary(c => c.Code, c => c.Name),
            CommunesByName = communes.SelectMany(c => NameKeys(c.Name).Select(k => (Key: k, c.Code))).ToLookup(x => x.Key, x => x.Code),
            OldCommunesByName = old.SelectMany(o => NameKeys(o.Name).Select(k => (Key: k, Value: (o.Code, o.Name, o.NewCommuneCode, o.Partial)))).ToLookup(x => x.Key, x => x.Value),
            SetsByCode = sets.ToDictionary(s => s.Code, s => s.Id, StringComparer.OrdinalIgnoreCase),
            // Sets of the decision in force come first, so a name both decisions use resolves to the current set.
            SetsByName = sets.OrderByDescending(s => s.Accepts).ToLookup(s => VietnameseText.Fold(s.Name), s => s.Id),
            Producers = producers,
            Products = products,
        };
    }

    /// <summary>"Phường Phú Thủy" is found as written and as "phu thuy" (without its kind), accents optional.</summary>
    public static IEnumerable<string> NameKeys(string name)
    {
        var folded = VietnameseText.Fold(name);
        yield return folded;
        foreach (var kind in (string[])["xa ", "phuong ", "thi tran ", "dac khu "])
        {
            if (folded.StartsWith(kind, StringComparison.Ordinal))
            {
                yield return folded[kind.Length..];
            }
        }
    }
}
