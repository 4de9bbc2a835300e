using System.Globalization;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Ocop.Web.Data;

namespace Ocop.Web.Features.Classification;

/// <summary>
/// Loads the product classification of Decisions 1048/2019 and 148/2023 from the shipped
/// classification.json (a transcription, not the official annex). A version already present is
/// left alone, so officers' later corrections survive restarts.
/// </summary>
public sealed class ClassificationLoader(OcopDbContext db)
{
    public const string V1048 = "1048/2019";
    public const string V148 = "148/2023";

    public static string DataFile => Path.Combine(AppContext.BaseDirectory, "Data", "ReferenceData", "ocop-criteria", "classification.json");

    public async Task<bool> LoadIfEmptyAsync(CancellationToken cancellationToken)
    {
        if (await db.CriteriaVersions.AnyAsync(cancellationToken))
        {
            return false;
        }

        await using var stream = File.OpenRead(DataFile);
        using var json = await JsonDocument.ParseAsync(stream, cancellationToken: cancellationToken);
        Load148(json.RootElement.GetProperty("148/QĐ-TTg"));
        Load1048(json.RootElement.GetProperty("1048/QĐ-TTg"));
        await db.SaveChangesAsync(cancellationToken);
        db.ChangeTracker.Clear();
        return true;
    }

    private void Load148(JsonElement decision)
    {
        db.CriteriaVersions.Add(new CriteriaVersion { Code = V148, Decision = "148/QĐ-TTg (24/2/2023)", AcceptsNewProducts = true, SortOrder = 1 });
        var groupOrder = 0;
        foreach (var groupJson in decision.GetProperty("nhom_san_pham").EnumerateArray())
        {
            var group = new ProductGroup { CriteriaVersionCode = V148, Code = groupJson.GetProperty("code").GetString()!, Name = TitleCase(groupJson.GetProperty("name").GetString()!), SortOrder = ++groupOrder };
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
                        CriteriaVersionCode = V148, Group = group, Code = $"148-{number:00}", Name = name,
                        SubGroupName = hasSubSets ? nhom.GetProperty("name").GetString() : null, SortOrder = number,
                    });
                }
            }
        }
    }

    private void Load1048(JsonElement decision)
    {
        db.CriteriaVersions.Add(new CriteriaVersion { Code = V1048, Decision = "1048/QĐ-TTg (21/8/2019)", AcceptsNewProducts = false, SortOrder = 2 });
        foreach (var nganh in decision.GetProperty("nganh").EnumerateArray())
        {
            var id = nganh.GetProperty("id_in_source").GetInt32();
            var group = new ProductGroup { CriteriaVersionCode = V1048, Code = id.ToString(CultureInfo.InvariantCulture), Name = nganh.GetProperty("name").GetString()!, SortOrder = id };
            db.ProductGroups.Add(group);
            foreach (var nhom in nganh.GetProperty("nhom").EnumerateArray())
            {
                foreach (var set in nhom.GetProperty("phan_nhom").EnumerateArray())
                {
                    var number = set.GetProperty("id_in_source").GetInt32();
                    db.ProductSets.Add(new ProductSet
                    {
                        CriteriaVersionCode = V1048, Group = group, Code = $"1048-{number:00}", Name = set.GetProperty("name").GetString()!,
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
