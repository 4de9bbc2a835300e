using System.Globalization;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Ocop.Web.Data;
using Ocop.Web.Features.Evaluation.Criteria;

namespace Ocop.Web.Features.Classification;

/// <summary>
/// Loads each criteria version named in criteria-versions.json that the database does not have
/// yet: the version with its rules, then its groups and product sets from the classification file
/// (the shipped transcriptions of 1048/2019 and 148/2023, or a new decision's file in the
/// canonical format). A version already present is left alone, so officers' corrections survive.
/// </summary>
public sealed class ClassificationLoader(OcopDbContext db, CriteriaCatalog catalog)
{
    public const string V1048 = "1048/2019";
    public const string V148 = "148/2023";

    public async Task<bool> LoadMissingAsync(CancellationToken cancellationToken)
    {
        var known = await db.CriteriaVersions.ToDictionaryAsync(v => v.Code, cancellationToken);
        var loaded = false;
        foreach (var entry in catalog.Manifest.Versions)
        {
            var rulesJson = JsonSerializer.Serialize(entry.Rules, CriteriaManifest.Json);
            if (known.TryGetValue(entry.Code, out var existing))
            {
                // Databases created before rules were data get them from the manifest once.
                existing.RulesJson ??= rulesJson;
                continue;
            }

            db.CriteriaVersions.Add(new CriteriaVersion
            {
                Code = entry.Code, Decision = entry.Decision, AcceptsNewProducts = entry.AcceptsNewProducts,
                SortOrder = entry.SortOrder, RulesJson = rulesJson,
            });
            await using var stream = File.OpenRead(catalog.PathOf(entry.Classification.File));
            using var json = await JsonDocument.ParseAsync(stream, cancellationToken: cancellationToken);
            switch (entry.Classification.Format)
            {
                case "transcription-148": Load148(entry.Code, json.RootElement.GetProperty("148/QĐ-TTg")); break;
                case "transcription-1048": Load1048(entry.Code, json.RootElement.GetProperty("1048/QĐ-TTg")); break;
                case ScorecardFiles.Canonical: LoadCanonical(entry.Code, json.RootElement); break;
                default: throw new InvalidDataException($"{entry.Classification.File}: unknown classification format '{entry.Classification.Format}'.");
            }

            loaded = true;
        }

        await db.SaveChangesAsync(cancellationToken);
        db.ChangeTracker.Clear();
        return loaded;
    }

    /// <summary>{"groups": [{"code", "name", "sets": [{"code", "name", "subGroup"?}]}]}: a new decision's classification.</summary>
    private void LoadCanonical(string version, JsonElement root)
    {
        var groupOrder = 0;
        foreach (var groupJson in root.GetProperty("groups").EnumerateArray())
        {
            var group = new ProductGroup { CriteriaVersionCode = version, Code = groupJson.GetProperty("code").GetString()!, Name = groupJson.GetProperty("name").GetString()!, SortOrder = ++groupOrder };
            db.ProductGroups.Add(group);
            var setOrder = 0;
            foreach (var set in groupJson.GetProperty("sets").EnumerateArray())
            {
                db.ProductSets.Add(new ProductSet
                {
                    CriteriaVersionCode = version, Group = group, Code = set.GetProperty("code").GetString()!, Name = set.GetProperty("name").GetString()!,
                    SubGroupName = set.TryGetProperty("subGroup", out var sub) ? sub.GetString() : null, SortOrder = groupOrder * 1000 + ++setOrder,
                });
            }
        }
    }

    private void Load148(string version, JsonElement decision)
    {
        var groupOrder = 0;
        foreach (var groupJson in decision.GetProperty("nhom_san_pham").EnumerateArray())
        {
            var group = new ProductGroup { CriteriaVersionCode = version, Code = groupJson.GetProperty("code").GetString()!, Name = TitleCase(groupJson.GetProperty("name").GetString()!), SortOrder = ++groupOrder };
            db.ProductGroups.Add(group);
            foreach (var nhom in groupJson.GetProperty("nhom").EnumerateArray())
            {
                var hasSubSets = nhom.TryGetProperty("phan_nhom", out var phanNhom);
                foreach (var set in hasSubSets ? phanNhom.EnumerateArray().ToList() : [nhom])
                {
                    var number = set.GetProperty("bo_san_pham_no").GetInt32();
                    var name = set.TryGetProperty("bo_san_pham_title", out var title) ? title.GetString()! : set.GetProperty("name").GetString()!;
                    db.ProductSets.Add(new ProductSet
                    {
                        CriteriaVersionCode = version, Group = group, Code = $"148-{number:00}", Name = name,
                        SubGroupName = hasSubSets ? nhom.GetProperty("name").GetString() : null, SortOrder = number,
                    });
                }
            }
        }
    }

    private void Load1048(string version, JsonElement decision)
    {
        foreach (var nganh in decision.GetProperty("nganh").EnumerateArray())
        {
            var id = nganh.GetProperty("id_in_source").GetInt32();
            var group = new ProductGroup { CriteriaVersionCode = version, Code = id.ToString(CultureInfo.InvariantCulture), Name = nganh.GetProperty("name").GetString()!, SortOrder = id };
            db.ProductGroups.Add(group);
            foreach (var nhom in nganh.GetProperty("nhom").EnumerateArray())
            {
                foreach (var set in nhom.GetProperty("phan_nhom").EnumerateArray())
                {
                    var number = set.GetProperty("id_in_source").GetInt32();
                    db.ProductSets.Add(new ProductSet
                    {
                        CriteriaVersionCode = version, Group = group, Code = $"1048-{number:00}", Name = set.GetProperty("name").GetString()!,
                        SubGroupName = nhom.GetProperty("name").GetString(), SortOrder = number,
                    });
                }
            }
        }
    }

    /// <summary>"SẢN PHẨM THỰC PHẨM" → "Sản phẩm thực phẩm": the source writes 148's group names in capitals.</summary>
    private static string TitleCase(string upper)
    {
        var lower = upper.ToLower(CultureInfo.GetCultureInfo("vi-VN"));
        return char.ToUpper(lower[0], CultureInfo.GetCultureInfo("vi-VN")) + lower[1..];
    }
}
