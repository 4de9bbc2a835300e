using Ocop.Web.Features.Catalogue;
using Ocop.Web.Features.Producers;
using Ocop.Web.Features.Search;

namespace Ocop.Tests.Features.Catalogue;

/// <summary>
/// The in-memory search against a plain reading of its rules, computed the slow way over every entry:
/// a generated catalogue (some entries run out), random queries through every path of the search
/// (no filter, one, two, three or more filters, with and without text, every order, first and deep pages).
/// </summary>
public sealed class CatalogueSearchOracleTests
{
    private static readonly string[] NameWords = ["mật", "ong", "nước", "mắm", "cà", "phê", "chè", "xanh", "bánh", "pía", "gạo", "tám", "thơm", "khô", "cá", "cam"];
    private static readonly string[] QueriedProvinces = ["01", "04", "08", "68", "99"];
    private static DateOnly Today => new(2026, 11, 23);

    /// <param name="wide">Thousands of groups and communes: the facet values need more than 32 bits an entry (<see cref="PackedFacets"/>).</param>
    [Theory]
    [InlineData(3000, 600, false)]
    [InlineData(8000, 200, true)]
    public void EveryAnswer_MatchesTheRulesComputedEntryByEntry(int size, int queries, bool wide)
    {
        var random = new Random(11);
        var entries = Enumerable.Range(1, size).Select(id => Entry(random, id, wide)).ToList();
        var snapshot = new CatalogueSnapshot(entries, new CatalogueLabels(new Dictionary<string, string>(), new Dictionary<string, string>(), new Dictionary<int, (string, string)>()), [], 0, DateTime.UtcNow);
        (snapshot.Packed.Wide is not null).ShouldBe(wide);
        var vocabulary = entries.SelectMany(Words).ToHashSet(StringComparer.Ordinal);

        for (var k = 0; k < queries; k++)
        {
            var query = Query(random, k);
            var expected = Expected(entries, vocabulary, query);
            var actual = CatalogueSearch.Run(snapshot, query, Today.DayNumber);

            var label = query.ToString();
            actual.TotalCount.ShouldBe(expected.Total, label);
            actual.Positions.Select(i => entries[i].Id).ShouldBe(expected.Page, label);
            foreach (var f in CatalogueSearch.ShownFacets(query))
            {
                var counts = actual.Counts[f].Select((count, v) => (Key: snapshot.FacetKeys[f][v], Count: count)).Where(v => v.Count > 0).Select(v => $"{v.Key}={v.Count}").Order();
                var wanted = expected.Facets[FacetKind.Names[f]].Select(v => $"{v.Key}={v.Value}").Order();
                counts.ShouldBe(wanted, $"{label}: facet {FacetKind.Names[f]}");
            }
        }
    }

    private static CatalogueEntry Entry(Random random, int id, bool wide)
    {
        string Pick(params string[] from) => from[random.Next(from.Length)];
        var name = string.Join(' ', Enumerable.Range(0, random.Next(1, 4)).Select(_ => Pick(NameWords)));
        var province = Pick("01", "04", "08", "68");
        var commune = wide ? province + random.Next(1, 5000).ToString("D3", System.Globalization.CultureInfo.InvariantCulture) : province + Pick("001", "002", "003");
        return new CatalogueEntry(
            id, char.ToUpperInvariant(name[0]) + name[1..], random.Next(4) == 0 ? "Honey " + Pick("tea", "coffee") : null, id % 200,
            "HTX " + Pick("Hoà", "Phát", "Minh", "Cà"), (ProducerType)random.Next(3), province, commune,
            wide ? id % 3000 : random.Next(1, 7), Pick("Mật ong", "Cà phê", "Bánh"), random.Next(3, 6), random.Next(3) > 0,
            Today.AddDays(random.Next(-30, 400)), null, new DateTime(2026, 1, 1).AddMinutes(random.Next(500_000)));
    }

    private static CatalogueQuery Query(Random random, int k)
    {
        string? Maybe(int oneIn, Func<string> make) => random.Next(oneIn) == 0 ? make() : null;
        var words = NameWords.Concat(["hoa", "phat", "tea", "honey", "cof", "ma", "xyz"]).ToArray();
        var q = Maybe(2, () => string.Join(' ', Enumerable.Range(0, random.Next(1, 4)).Select(_ => words[random.Next(words.Length)]))) is { } text
            && random.Next(3) == 0 ? text[..Math.Max(1, text.Length - 1)] : null; // sometimes a word still being typed
        q ??= Maybe(2, () => words[random.Next(words.Length)]);
        var province = Maybe(3, () => QueriedProvinces[random.Next(QueriedProvinces.Length)]);
        return new CatalogueQuery(
            q,
            random.Next(3) == 0 ? random.Next(3, 6) : null,
            random.Next(3) == 0 ? random.Next(1, 8) : null,
            province,
            province is not null && random.Next(2) == 0 ? province + "00" + random.Next(1, 4) : null,
            random.Next(4) == 0 ? (ProducerType)random.Next(3) : null,
            random.Next(4) == 0 ? random.Next(2) == 0 : null,
            (CatalogueSort)random.Next(4),
            k % 10 == 0 ? random.Next(2, 120) : 1,
            k % 7 == 0 ? 100 : 24);
    }

    private static IEnumerable<string> Words(CatalogueEntry e) => NameWordsOf(e).Concat(TextIndex.Tokens(e.ProducerName)).Concat(TextIndex.Tokens(e.ProductSetName))
        .Concat(Ocop.Web.Features.Search.ProductGlossary.EnglishFor(TextIndex.Tokens(e.ProductSetName)));

    // The name's own words, its neighbouring syllables written together, and the glossary's English words for it.
    private static IEnumerable<string> NameWordsOf(CatalogueEntry e) => TextIndex.Tokens(e.Name).Concat(TextIndex.Tokens(e.NameEn))
        .Concat(Ocop.Web.Features.Search.ProductGlossary.Joined(TextIndex.Tokens(e.Name)))
        .Concat(Ocop.Web.Features.Search.ProductGlossary.EnglishFor(TextIndex.Tokens(e.Name)));

    private static (int Total, List<int> Page, Dictionary<string, Dictionary<string, int>> Facets) Expected(
        List<CatalogueEntry> entries, HashSet<string> vocabulary, CatalogueQuery query)
    {
        // A word matches a whole word when it is one and is not the last word; otherwise the beginning of a word.
        var tokens = TextIndex.Tokens(query.Q).Take(8).ToArray();
        bool Holds(IEnumerable<string> words, string token, bool last) =>
            !last && vocabulary.Contains(token) ? words.Contains(token) : words.Any(w => w.StartsWith(token, StringComparison.Ordinal));
        bool TextMatches(CatalogueEntry e) => tokens.Select((t, k) => Holds(Words(e), t, k == tokens.Length - 1)).All(x => x);
        bool InName(CatalogueEntry e) => tokens.Select((t, k) => Holds(NameWordsOf(e), t, k == tokens.Length - 1)).All(x => x);

        var candidates = entries.Where(e => e.ListedUntil >= Today && TextMatches(e)).ToList();
        var tests = new Dictionary<string, Func<CatalogueEntry, bool>>
        {
            ["stars"] = e => query.Stars is null || e.Stars == query.Stars,
            ["group"] = e => query.Group is null || e.GroupId == query.Group,
            ["province"] = e => query.Province is null || e.ProvinceCode == query.Province,
            ["commune"] = e => query.Commune is null || e.CommuneCode == query.Commune,
            ["type"] = e => query.Type is null || e.ProducerType == query.Type,
            ["cert"] = e => query.Certified is null || e.Certified == query.Certified,
        };
        var keys = new Dictionary<string, Func<CatalogueEntry, string>>
        {
            ["stars"] = e => e.Stars.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["group"] = e => e.GroupId.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["province"] = e => e.ProvinceCode,
            ["commune"] = e => e.CommuneCode,
            ["type"] = e => e.ProducerType.ToString().ToLowerInvariant(),
            ["cert"] = e => e.Certified ? "certificate" : "legacy",
        };
        var facets = tests.Keys.ToDictionary(f => f, f => candidates
            .Where(e => tests.Where(t => t.Key != f).All(t => t.Value(e)))
            .GroupBy(keys[f]).ToDictionary(g => g.Key, g => g.Count()));
        var hits = candidates.Where(e => tests.Values.All(t => t(e))).ToList();

        var byName = entries.OrderBy(e => VietnameseText.Fold(e.Name), StringComparer.Ordinal).ThenBy(e => e.Id).Select((e, r) => (e.Id, r)).ToDictionary(x => x.Id, x => x.r);
        IEnumerable<CatalogueEntry> ordered = query.Sort switch
        {
            CatalogueSort.Name => hits.OrderBy(e => byName[e.Id]),
            CatalogueSort.Newest => hits.OrderByDescending(e => e.UpdatedAt).ThenByDescending(e => e.Id),
            CatalogueSort.Stars => hits.OrderByDescending(e => e.Stars).ThenBy(e => byName[e.Id]),
            _ when tokens.Length > 0 => hits.OrderBy(e => InName(e) ? 0 : 1).ThenByDescending(e => e.Stars).ThenBy(e => byName[e.Id]),
            _ => hits.OrderByDescending(e => e.Stars).ThenBy(e => byName[e.Id]),
        };
        var page = ordered.Skip((query.Page - 1) * query.PageSize).Take(query.PageSize).Select(e => e.Id).ToList();
        if (query.Province is null)
        {
            facets.Remove("commune");
        }

        return (hits.Count, page, facets);
    }
}
