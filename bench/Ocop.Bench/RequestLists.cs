using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Ocop.Web.Features.Products;
using Ocop.Web.Features.Search;

namespace Ocop.Bench;

/// <summary>
/// Writes the request paths wrk replays (one per line, picked at random by bench/wrk/paths.lua):
/// catalogue searches with facets, the same words as plain-text searches for our search and for the
/// ILIKE portal, the home page, product, lot and certificate pages, and Digital Link resolves of public products' GTINs.
/// </summary>
public static class RequestLists
{
    private static readonly string[] Sorts = ["name", "stars", "newest"];

    public static async Task<int> WriteAsync(BenchOptions options)
    {
        var folder = Directory.CreateDirectory(options.Require("out")).FullName;
        var random = new Random(7);
        await using var db = options.OpenDatabase();
        var publicProducts = db.Products.AsNoTracking().ThatArePublic();
        var ids = await publicProducts.Where(p => p.Stars != null).OrderBy(p => p.Id).Select(p => p.Id).ToListAsync();
        var gtins = await publicProducts.Where(p => p.Gtin != null).OrderBy(p => p.Id).Select(p => p.Gtin!).ToListAsync();
        var provinces = await db.Provinces.AsNoTracking().Select(p => p.Code).ToListAsync();
        var groups = await db.ProductGroups.AsNoTracking().Where(g => g.CriteriaVersionCode == "148/2023").Select(g => g.Id).ToListAsync();

        // Words people type: a kind ("mat ong"), a kind and a place, with or without accents, sometimes one letter off.
        var places = await db.Communes.AsNoTracking().Select(c => c.Name).Take(400).ToListAsync();
        var texts = new List<string>();
        for (var i = 0; i < 400; i++)
        {
            var kind = Dataset.Kinds[random.Next(Dataset.Kinds.Length)].Kind;
            var words = kind.Split(' ');
            texts.Add((i % 4) switch
            {
                0 => kind,
                1 => string.Join(' ', words.Take(2)),
                2 => kind + " " + places[random.Next(places.Count)].Split(' ').Last(),
                _ => words[0],
            });
        }

        string Folded(string text) => Uri.EscapeDataString(VietnameseText.Fold(text));
        var searches = new List<string>();
        for (var i = 0; i < 1000; i++)
        {
            var parts = new List<string>();
            if (i % 5 != 0)
            {
                var text = texts[random.Next(texts.Count)];
                parts.Add("q=" + (i % 3 == 0 ? Uri.EscapeDataString(text) : Folded(text)));
            }

            if (random.Next(3) == 0) parts.Add("stars=" + random.Next(3, 6).ToString(CultureInfo.InvariantCulture));
            if (random.Next(3) == 0) parts.Add("province=" + provinces[random.Next(provinces.Count)]);
            if (random.Next(5) == 0) parts.Add("group=" + groups[random.Next(groups.Count)].ToString(CultureInfo.InvariantCulture));
            if (random.Next(6) == 0) parts.Add("sort=" + Sorts[random.Next(Sorts.Length)]);
            searches.Add("/api/v1/catalogue?" + string.Join('&', parts));
        }

        await File.WriteAllLinesAsync(Path.Combine(folder, "search.txt"), searches);
        await File.WriteAllLinesAsync(Path.Combine(folder, "search-text.txt"), texts.Select(t => "/api/v1/catalogue?q=" + Uri.EscapeDataString(t)));
        await File.WriteAllLinesAsync(Path.Combine(folder, "naive-text.txt"), texts.Select(t => "/naive?q=" + Uri.EscapeDataString(t)));
        await File.WriteAllLinesAsync(Path.Combine(folder, "search-page.txt"), searches.Take(300).Select(s => s.Replace("/api/v1/catalogue", "/products")));
        await File.WriteAllLinesAsync(Path.Combine(folder, "product.txt"), Enumerable.Range(0, 2000).Select(_ => $"/products/{ids[random.Next(ids.Count)]}"));
        // One scan in ten asks for the certificate, of a product that has one (others answer 404, which is not a scan).
        var certified = await publicProducts.Where(p => p.Gtin != null && db.Certificates.Any(c => c.ProductId == p.Id))
            .OrderBy(p => p.Id).Select(p => p.Gtin!).ToListAsync();
        await File.WriteAllLinesAsync(Path.Combine(folder, "resolve.txt"), Enumerable.Range(0, 2000).Select(i => i % 10 == 0
            ? $"/01/{certified[random.Next(certified.Count)]}?linkType=gs1:certificationInfo"
            : $"/01/{gtins[random.Next(gtins.Count)]}"));
        await File.WriteAllLinesAsync(Path.Combine(folder, "trivial.txt"), ["/robots.txt"]);
        await File.WriteAllLinesAsync(Path.Combine(folder, "home.txt"), ["/", "/?culture=en"]);
        var lots = await db.ProductLots.AsNoTracking().OrderBy(l => l.Id).Select(l => new { l.ProductId, l.Code }).ToListAsync();
        await File.WriteAllLinesAsync(Path.Combine(folder, "lot.txt"), Enumerable.Range(0, 2000).Select(_ => lots[random.Next(lots.Count)])
            .Select(l => $"/products/{l.ProductId}/lots/{Uri.EscapeDataString(l.Code)}"));
        var certificates = await db.Certificates.AsNoTracking().OrderBy(c => c.Id).Select(c => c.Number).ToListAsync();
        await File.WriteAllLinesAsync(Path.Combine(folder, "verify.txt"), Enumerable.Range(0, 2000).Select(_ => $"/verify/{Uri.EscapeDataString(certificates[random.Next(certificates.Count)])}"));
        Console.WriteLine($"Lists written to {folder}: {ids.Count} rated public products, {gtins.Count} GTINs");
        return 0;
    }
}
