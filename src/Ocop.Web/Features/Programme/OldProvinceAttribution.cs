using Microsoft.EntityFrameworkCore;
using Ocop.Web.Data;

namespace Ocop.Web.Features.Programme;

/// <summary>
/// Which of the 63 provinces before 1 July 2025 a product belongs to, for the dashboards' "old units" view.
/// The producer's recorded old unit wins (an import keeps it); otherwise the old province that gave the
/// producer's current commune most of its territory (whole communes before partial ones).
/// </summary>
public sealed class OldProvinceAttribution
{
    private readonly Dictionary<string, string> _byNewCommune;
    private readonly Dictionary<string, string> _byOldCommune;

    public IReadOnlyDictionary<string, string> Names { get; }
    /// <summary>The current province each old one merged into.</summary>
    public IReadOnlyDictionary<string, string> NewProvinceOf { get; }

    private OldProvinceAttribution(Dictionary<string, string> byNewCommune, Dictionary<string, string> byOldCommune, Dictionary<string, string> names, Dictionary<string, string> newProvinceOf)
    {
        _byNewCommune = byNewCommune;
        _byOldCommune = byOldCommune;
        Names = names;
        NewProvinceOf = newProvinceOf;
    }

    /// <summary>The mapping for the communes of a province (all provinces when null).</summary>
    public static async Task<OldProvinceAttribution> LoadAsync(OcopDbContext db, string? provinceCode, CancellationToken ct)
    {
        var provinces = await db.OldProvinces.Select(p => new { p.Code, p.Name, p.NewProvinceCode }).ToListAsync(ct);
        var successors = await db.OldCommuneSuccessors
            .Where(s => provinceCode == null || db.Communes.Any(c => c.Code == s.NewCommuneCode && c.ProvinceCode == provinceCode))
            .Join(db.OldCommunes, s => s.OldCommuneCode, o => o.Code, (s, o) => new { s.NewCommuneCode, s.OldCommuneCode, s.Partial, o.OldProvinceCode })
            .ToListAsync(ct);
        var byNewCommune = successors.GroupBy(s => s.NewCommuneCode).ToDictionary(
            g => g.Key,
            g => g.GroupBy(s => s.OldProvinceCode).OrderByDescending(p => p.Count(s => !s.Partial)).ThenByDescending(p => p.Count()).ThenBy(p => p.Key, StringComparer.Ordinal).First().Key);
        var byOldCommune = successors.DistinctBy(s => s.OldCommuneCode).ToDictionary(s => s.OldCommuneCode, s => s.OldProvinceCode);
        return new OldProvinceAttribution(byNewCommune, byOldCommune, provinces.ToDictionary(p => p.Code, p => p.Name), provinces.ToDictionary(p => p.Code, p => p.NewProvinceCode));
    }

    /// <summary>The old province's code, or null when the mapping does not know the commune.</summary>
    public string? Of(string communeCode, string? recordedOldUnit)
    {
        if (recordedOldUnit is { Length: 2 } && Names.ContainsKey(recordedOldUnit))
        {
            return recordedOldUnit;
        }

        if (recordedOldUnit is not null && _byOldCommune.TryGetValue(recordedOldUnit, out var fromOldCommune))
        {
            return fromOldCommune;
        }

        return _byNewCommune.GetValueOrDefault(communeCode);
    }
}
