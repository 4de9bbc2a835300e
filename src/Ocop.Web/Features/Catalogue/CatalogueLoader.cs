using Microsoft.EntityFrameworkCore;
using Ocop.Web.Data;
using Ocop.Web.Features.Products;
using Ocop.Web.Features.Traceability;
using Ocop.Web.Infrastructure;

namespace Ocop.Web.Features.Catalogue;

/// <summary>Reads every listed product, the names its facets show and every reachable product's resolver keys, in five queries.</summary>
public sealed class CatalogueLoader(OcopDbContext db, TimeProvider clock)
{
    public async Task<(List<CatalogueEntry> Entries, CatalogueLabels Labels, List<ResolvedProduct> Resolvable)> LoadAsync(CancellationToken ct)
    {
        var today = VietnamTime.Today(clock);
        var rows = await db.Products.AsNoTracking()
            .ThatAreListed(db.Certificates, today)
            .Select(p => new
            {
                p.Id, p.Name, p.NameEn, p.ProducerId, ProducerName = p.Producer!.Name, ProducerType = p.Producer.Type,
                p.Producer.ProvinceCode, p.Producer.CommuneCode, p.ProductSet!.GroupId, SetName = p.ProductSet.Name, SetCode = p.ProductSet.Code, p.Stars,
                p.LegacyValidUntil, p.UpdatedAt,
                Certificate = db.Certificates.Where(c => c.ProductId == p.Id && c.RevokedOn == null && c.ExpiresOn >= today)
                    .OrderByDescending(c => c.ExpiresOn).Select(c => new { c.Stars, c.ExpiresOn }).FirstOrDefault(),
                FirstImageId = p.Images.OrderBy(i => i.SortOrder).Select(i => (int?)i.Id).FirstOrDefault(),
            })
            .ToListAsync(ct);

        var entries = rows.Select(r =>
        {
            // Listed until the later of the certificate's expiry and the legacy confirmation (the query guarantees one of them).
            var legacyUntil = r.Stars is not null && r.LegacyValidUntil >= today ? r.LegacyValidUntil : null;
            var until = new[] { r.Certificate?.ExpiresOn, legacyUntil }.Max()!.Value;
            return new CatalogueEntry(
                r.Id, r.Name, r.NameEn, r.ProducerId, r.ProducerName, r.ProducerType, r.ProvinceCode, r.CommuneCode, r.GroupId, r.SetName,
                r.Stars ?? r.Certificate!.Stars, r.Certificate is not null, until, r.FirstImageId, r.UpdatedAt, r.SetCode);
        }).ToList();

        var provinces = await db.Provinces.AsNoTracking().ToDictionaryAsync(p => p.Code, p => p.Name, ct);
        var communeCodes = entries.Select(e => e.CommuneCode).Distinct().ToList();
        var communes = await db.Communes.AsNoTracking().Where(c => communeCodes.Contains(c.Code)).ToDictionaryAsync(c => c.Code, c => c.Name, ct);
        var groups = await db.ProductGroups.AsNoTracking().ToDictionaryAsync(g => g.Id, g => (g.Code, g.Name), ct);

        // Every reachable product by key, for the Digital Link resolver: a scan never waits for the database.
        var resolvable = await db.Products.AsNoTracking().ThatArePublic()
            .Select(p => new ResolvedProduct(
                p.Id, p.Name, p.NameEn, p.Gtin,
                db.Certificates.Where(c => c.ProductId == p.Id).OrderByDescending(c => c.IssuedOn).ThenByDescending(c => c.Id).Select(c => c.Number).FirstOrDefault()))
            .ToListAsync(ct);
        return (entries, new CatalogueLabels(provinces, communes, groups), resolvable);
    }
}
