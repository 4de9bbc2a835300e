using Microsoft.EntityFrameworkCore;
using Ocop.Web.Data;
using Ocop.Web.Features.Search;

namespace Ocop.Web.Features.AdminUnits;

public sealed record UnitDto(string Code, string Name);

public sealed record SuccessorDto(string OldCode, string OldName, string OldProvinceName, string NewCode, string NewName, string NewProvinceCode, string NewProvinceName, bool Partial);

public sealed record ProvinceSuccessorDto(string OldCode, string OldName, string NewCode, string NewName);

/// <summary>Reads current units and answers "where did this old unit go?".</summary>
public sealed class AdminUnitService(OcopDbContext db)
{
    public Task<List<UnitDto>> ProvincesAsync(CancellationToken ct = default) =>
        db.Provinces.AsNoTracking().OrderBy(p => p.Code).Select(p => new UnitDto(p.Code, p.Name)).ToListAsync(ct);

    public Task<List<UnitDto>> CommunesAsync(string provinceCode, CancellationToken ct = default) =>
        db.Communes.AsNoTracking().Where(c => c.ProvinceCode == provinceCode)
            .OrderBy(c => c.SearchName).Select(c => new UnitDto(c.Code, c.Name)).ToListAsync(ct);

    public Task<bool> ProvinceExistsAsync(string code, CancellationToken ct = default) =>
        db.Provinces.AnyAsync(p => p.Code == code, ct);

    /// <summary>The new commune(s) an old commune (by its old code) went to.</summary>
    public Task<List<SuccessorDto>> SuccessorsOfOldCommuneAsync(string oldCode, CancellationToken ct = default) =>
        (from s in db.OldCommuneSuccessors
         join o in db.OldCommunes on s.OldCommuneCode equals o.Code
         join op in db.OldProvinces on o.OldProvinceCode equals op.Code
         join n in db.Communes on s.NewCommuneCode equals n.Code
         join np in db.Provinces on n.ProvinceCode equals np.Code
         where s.OldCommuneCode == oldCode
         orderby n.Code
         select new SuccessorDto(o.Code, o.Name, op.Name, n.Code, n.Name, np.Code, np.Name, s.Partial)).ToListAsync(ct);

    /// <summary>
    /// The new province of an old province given by name, accents and the "Tỉnh"/"Thành phố"
    /// prefix optional: "binh thuan" → Lâm Đồng.
    /// </summary>
    public async Task<List<ProvinceSuccessorDto>> SuccessorsOfOldProvinceAsync(string oldName, CancellationToken ct = default)
    {
        var folded = StripUnitPrefix(VietnameseText.Fold(oldName));
        if (folded.Length == 0)
        {
            return [];
        }

        var candidates = await (from o in db.OldProvinces
                                join p in db.Provinces on o.NewProvinceCode equals p.Code
                                select new { o.Code, o.Name, o.SearchName, NewCode = p.Code, NewName = p.Name }).ToListAsync(ct);
        return candidates
            .Where(c => StripUnitPrefix(c.SearchName) == folded)
            .Select(c => new ProvinceSuccessorDto(c.Code, c.Name, c.NewCode, c.NewName))
            .ToList();
    }

    private static string StripUnitPrefix(string folded)
    {
        foreach (var prefix in new[] { "thanh pho ", "tinh ", "tp. ", "tp " })
        {
            if (folded.StartsWith(prefix, StringComparison.Ordinal))
            {
                return folded[prefix.Length..].Trim();
            }
        }

        return folded.Trim();
    }
}
