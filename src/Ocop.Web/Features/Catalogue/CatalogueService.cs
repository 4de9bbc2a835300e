using System.Globalization;
using Microsoft.Extensions.Localization;
using Ocop.Web.Infrastructure;
using Ocop.Web.Resources;

namespace Ocop.Web.Features.Catalogue;

/// <summary>The public catalogue: runs a query on the current snapshot and names the facets in the reader's language.</summary>
public sealed class CatalogueService(CatalogueIndex index, TimeProvider clock, IStringLocalizer<SharedResource> localizer, CatalogueResultCache cache)
{
    /// <summary>
    /// Results are kept per snapshot, day, language and query: the same searches come back again and again
    /// (the home page's groups, a province's page), and a new snapshot or a new day changes the key.
    /// </summary>
    public async Task<CatalogueResult> SearchAsync(CatalogueQuery query, CancellationToken ct = default)
    {
        var snapshot = await index.CurrentAsync(ct);
        Infrastructure.Hosting.OcopMetrics.Searches.Add(1);
        var key = (snapshot.Generation, snapshot.BuiltAtUtc, VietnamTime.Today(clock), CultureInfo.CurrentUICulture.Name, query);
        return cache.GetOrAdd(key, () => Search(snapshot, query));
    }

    private CatalogueResult Search(CatalogueSnapshot snapshot, CatalogueQuery query)
    {
        var hits = CatalogueSearch.Run(snapshot, query, VietnamTime.Today(clock).DayNumber);
        var labels = snapshot.Labels;
        var cards = hits.Positions.Select(i => Card(snapshot.Entries[i], labels)).ToList();

        var facets = FacetList.Of(snapshot, query, hits, LabelsFor(snapshot));
        var totalPages = (int)Math.Ceiling(hits.TotalCount / (double)query.PageSize);
        return new CatalogueResult(cards, query.Page, query.PageSize, hits.TotalCount, totalPages, facets, hits.Correction);
    }

    /// <summary>The facet values' labels in the reader's language, worked out once per snapshot and language.</summary>
    private FacetLabels LabelsFor(CatalogueSnapshot snapshot) =>
        (FacetLabels)snapshot.PerLanguage.GetOrAdd(CultureInfo.CurrentUICulture.Name, _ =>
            FacetLabels.Build(snapshot, (f, key) => Label(snapshot.Labels, FacetKind.Names[f], key)));

    /// <summary>
    /// For the home page: the best rated listed products, those with a picture first, then the most recently updated; one per
    /// product set before a second of any (eight rice papers in a row said nothing of a province's range).
    /// </summary>
    public async Task<IReadOnlyList<CatalogueCard>> FeaturedAsync(int count, CancellationToken ct = default)
    {
        var snapshot = await index.CurrentAsync(ct);
        var today = VietnamTime.Today(clock).DayNumber;
        // The same for everyone all day: worked out once per snapshot, day and language (the cards name the province).
        return (IReadOnlyList<CatalogueCard>)snapshot.PerLanguage.GetOrAdd(
            string.Create(CultureInfo.InvariantCulture, $"featured:{CultureInfo.CurrentUICulture.Name}:{today}:{count}"), _ => Featured(snapshot, today, count));
    }

    private static IReadOnlyList<CatalogueCard> Featured(CatalogueSnapshot snapshot, int today, int count)
    {
        var best = snapshot.ByStars.Where(i => snapshot.ListedUntilDay[i] >= today)
            .Take(2000)
            .OrderByDescending(i => snapshot.Stars[i])
            .ThenByDescending(i => snapshot.Entries[i].FirstImageId is not null)
            .ThenByDescending(i => snapshot.Entries[i].UpdatedAt)
            .ToList();
        var sets = new HashSet<string>(StringComparer.Ordinal);
        var firstOfSet = best.Where(i => sets.Add(snapshot.Entries[i].ProductSetName)).Take(count).ToList();
        return [.. firstOfSet.Concat(best.Except(firstOfSet)).Take(count).Select(i => Card(snapshot.Entries[i], snapshot.Labels))];
    }

    /// <summary>
    /// Up to <paramref name="count"/> other listed products of the same group: those of the same product set first (another fish
    /// sauce beside a fish sauce, not a rice paper), each time those of the same province first (what a visitor of that area would
    /// also find), then the best rated elsewhere.
    /// </summary>
    public async Task<IReadOnlyList<CatalogueCard>> RelatedAsync(
        int productId, int groupId, string productSetName, string provinceCode, int count, CancellationToken ct = default)
    {
        var snapshot = await index.CurrentAsync(ct);
        var group = Array.BinarySearch(snapshot.GroupIds, groupId);
        if (group < 0)
        {
            return [];
        }

        // Same set first, then same province, each in the group's order: the first few of each rank in one pass over
        // at most 2,000 candidates (no sort; it stops once enough of the best rank are found).
        var today = VietnamTime.Today(clock).DayNumber;
        var ranks = new List<int>[] { [], [], [], [] };
        foreach (var i in snapshot.ByGroup[group].Take(2000))
        {
            var entry = snapshot.Entries[i];
            if (entry.Id == productId || snapshot.ListedUntilDay[i] < today)
            {
                continue;
            }

            var rank = (entry.ProductSetName == productSetName ? 0 : 2) + (entry.ProvinceCode == provinceCode ? 0 : 1);
            if (ranks[rank].Count < count)
            {
                ranks[rank].Add(i);
            }

            if (ranks[0].Count == count)
            {
                break;
            }
        }

        var labels = snapshot.Labels;
        return [.. ranks.SelectMany(r => r).Take(count).Select(i => Card(snapshot.Entries[i], labels))];
    }

    private static CatalogueCard Card(CatalogueEntry e, CatalogueLabels labels) => new(
        e.Id, e.Name, e.NameEn, e.ProducerName, AdminUnits.PlaceNames.ForReader(labels.Provinces.GetValueOrDefault(e.ProvinceCode, e.ProvinceCode)),
        SetNameForReader(e), e.Stars, e.Certified, e.FirstImageId, Classification.SetArt.UrlOf(e.ProductSetCode));

    /// <summary>The product set's English name for an English reader when the set has one (148 and 26/2026 sets), else its Vietnamese name.</summary>
    private static string SetNameForReader(CatalogueEntry e) =>
        Infrastructure.ReaderText.English && Classification.ProductSetNames.EnglishOf(e.ProductSetCode) is { } english ? english : e.ProductSetName;

    private string Label(CatalogueLabels labels, string facet, string key)
    {
        switch (facet)
        {
            case "stars":
                return key + "★";
            case "province":
                return AdminUnits.PlaceNames.ForReader(labels.Provinces.GetValueOrDefault(key, key));
            case "commune":
                return AdminUnits.PlaceNames.ForReader(labels.Communes.GetValueOrDefault(key, key));
            case "type":
                return localizer["ProducerType." + CultureInfo.InvariantCulture.TextInfo.ToTitleCase(key)];
            case "cert":
                return localizer["Catalogue.Cert." + key];
            default:
                var (code, name) = labels.Groups.GetValueOrDefault(int.Parse(key, CultureInfo.InvariantCulture), (key, key));
                return Classification.ProductGroupNames.ForReader(localizer, code, name);
        }
    }
}
