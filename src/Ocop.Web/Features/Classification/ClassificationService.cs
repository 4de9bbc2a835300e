using Microsoft.EntityFrameworkCore;
using Ocop.Web.Data;

namespace Ocop.Web.Features.Classification;

public sealed record ProductSetOption(int Id, string Code, string Name, string GroupName, string CriteriaVersionCode, bool AcceptsNewProducts);

public sealed class ClassificationService(OcopDbContext db)
{
    /// <summary>Product sets for a form: current versions first, then older ones for imported records.</summary>
    public Task<List<ProductSetOption>> ProductSetsAsync(bool includeRetired, CancellationToken ct = default) =>
        (from s in db.ProductSets.AsNoTracking()
         join v in db.CriteriaVersions on s.CriteriaVersionCode equals v.Code
         where includeRetired || v.AcceptsNewProducts
         orderby v.SortOrder, s.SortOrder
         select new ProductSetOption(s.Id, s.Code, s.Name, s.Group!.Name, v.Code, v.AcceptsNewProducts)).ToListAsync(ct);

}
