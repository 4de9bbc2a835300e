using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Ocop.Web.Data;
using Ocop.Web.Features.Search;

namespace Ocop.Web.Features.AdminUnits;

/// <summary>
/// Loads the administrative units shipped in Data/ReferenceData/admin-units-2025 (MIT, dvhcvn)
/// into an empty database: current provinces and communes from merges.json, old provinces,
/// old communes and where each went from splits.json (with merges.json's full/partial flag).
/// </summary>
public sealed class AdminUnitLoader(OcopDbContext db, ILogger<AdminUnitLoader> logger)
{
    public static string DataDirectory => Path.Combine(AppContext.BaseDirectory, "Data", "ReferenceData", "admin-units-2025");

    public async Task<bool> LoadIfEmptyAsync(CancellationToken cancellationToken)
    {
        if (await db.Provinces.AnyAsync(cancellationToken))
        {
            return false;
        }

        var merges = await ReadAsync<MergesFile>("merges.json", cancellationToken);
        var splits = await ReadAsync<SplitsFile>("splits.json", cancellationToken);
        db.ChangeTracker.AutoDetectChangesEnabled = false;

        var partial = new HashSet<(string Old, string New)>();
        foreach (var province in merges.Data)
        {
            db.Provinces.Add(new Province { Code = province.Level1Id, Name = province.Name, SearchName = VietnameseText.Fold(province.Name) });
            foreach (var commune in province.Level2s)
            {
                db.Communes.Add(new Commune
                {
                    Code = commune.Level2Id, ProvinceCode = province.Level1Id, Name = commune.Name,
                    SearchName = VietnameseText.Fold(commune.Name),
                });
                foreach (var merged in commune.Merges.Where(m => m.Type == "partial"))
                {
                    partial.Add((merged.OldId, commune.Level2Id));
                }
            }
        }

        var newCommunes = merges.Data.SelectMany(p => p.Level2s).Select(c => c.Level2Id).ToHashSet();
        var skipped = 0;
        foreach (var oldProvince in splits.Data)
        {
            db.OldProvinces.Add(new OldProvince
            {
                Code = oldProvince.Level1Id, Name = oldProvince.Name, SearchName = VietnameseText.Fold(oldProvince.Name),
                NewProvinceCode = oldProvince.Splits.Single().NewId,
            });
            foreach (var oldCommune in oldProvince.Level3s)
            {
                db.OldCommunes.Add(new OldCommune
                {
                    Code = oldCommune.Level3Id, OldProvinceCode = oldProvince.Level1Id, Name = oldCommune.Name,
                    SearchName = VietnameseText.Fold(oldCommune.Name),
                });
                foreach (var successor in oldCommune.Splits.DistinctBy(s => s.NewId))
                {
                    if (!newCommunes.Contains(successor.NewId))
                    {
                        skipped++;
                        continue;
                    }

                    db.OldCommuneSuccessors.Add(new OldCommuneSuccessor
                    {
                        OldCommuneCode = oldCommune.Level3Id, NewCommuneCode = successor.NewId,
                        Partial = partial.Contains((oldCommune.Level3Id, successor.NewId)) || oldCommune.Splits.Count > 1,
                    });
                }
            }
        }

        await db.SaveChangesAsync(cancellationToken);
        db.ChangeTracker.Clear();
        db.ChangeTracker.AutoDetectChangesEnabled = true;
        logger.LogInformation(
            "Loaded {Provinces} provinces, {Communes} communes, {OldProvinces} old provinces, {OldCommunes} old communes ({Skipped} links to unknown communes skipped)",
            merges.Data.Count, newCommunes.Count, splits.Data.Count, splits.Data.Sum(p => p.Level3s.Count), skipped);
        return true;
    }

    private static async Task<T> ReadAsync<T>(string file, CancellationToken cancellationToken)
    {
        await using var stream = File.OpenRead(Path.Combine(DataDirectory, file));
        return await JsonSerializer.DeserializeAsync<T>(stream, JsonOptions, cancellationToken)
               ?? throw new InvalidDataException($"{file} is empty.");
    }

    private static readonly JsonSerializerOptions JsonOptions = new() { PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower };

    private sealed record MergesFile(List<NewProvinceRow> Data);
    private sealed record NewProvinceRow(string Level1Id, string Name, List<NewCommuneRow> Level2s);
    private sealed record NewCommuneRow(string Level2Id, string Name, List<MergedRow> Merges);
    private sealed record MergedRow(string OldId, string Name, string Type);
    private sealed record SplitsFile(List<OldProvinceRow> Data);
    private sealed record OldProvinceRow(string Level1Id, string Name, List<SplitRow> Splits, List<OldCommuneRow> Level3s);
    private sealed record OldCommuneRow(string Level3Id, string Name, List<SplitRow> Splits);
    private sealed record SplitRow(string NewId, string Name);
}
