using System.Diagnostics;
using System.Globalization;
using Microsoft.AspNetCore.WebUtilities;
using Ocop.Web.Features.Catalogue;
using Ocop.Web.Infrastructure;

namespace Ocop.Bench;

/// <summary>
/// The catalogue search alone, without HTTP: builds the snapshot the app would build from the database,
/// then runs every query of a request list (search.txt) on one thread, facets listed as the API lists them,
/// and prints the time and the bytes allocated per query.
/// Tells where the server's time goes before wrk is pointed at it; --dump writes every answer, to compare
/// two versions of the search for the same answers.
/// </summary>
public static class SearchProfile
{
    public static async Task<int> RunAsync(BenchOptions options)
    {
        await using var db = options.OpenDatabase();
        var load = Stopwatch.StartNew();
        var (entries, labels, resolvable) = await new CatalogueLoader(db, TimeProvider.System).LoadAsync(CancellationToken.None);
        var snapshot = new CatalogueSnapshot(entries, labels, resolvable, 0, DateTime.UtcNow);
        Console.WriteLine($"Snapshot of {entries.Count:N0} listed products, {snapshot.Text.WordCount:N0} words, built in {load.ElapsedMilliseconds:N0} ms");

        var queries = File.ReadAllLines(options.Require("list")).Select(line =>
        {
            var parameters = QueryHelpers.ParseQuery(line.Contains('?') ? line[line.IndexOf('?')..] : string.Empty);
            return (line, query: CatalogueQuery.Parse(name => parameters.TryGetValue(name, out var v) ? v.ToString() : null, out _));
        }).ToList();
        var today = VietnamTime.Today(TimeProvider.System).DayNumber;
        var rounds = options.Number("rounds", 5);
        // The search and its facets as the API lists them (labels here are the keys: the app's are looked up once per language).
        var facetLabels = FacetLabels.Build(snapshot, (_, key) => key);
        void Search(CatalogueQuery query) => FacetList.Of(snapshot, query, CatalogueSearch.Run(snapshot, query, today), facetLabels);
        foreach (var (_, query) in queries)
        {
            Search(query); // warm up the JIT
        }

        var times = new double[queries.Count];
        var allocated = GC.GetAllocatedBytesForCurrentThread();
        for (var r = 0; r < rounds; r++)
        {
            for (var k = 0; k < queries.Count; k++)
            {
                var watch = Stopwatch.GetTimestamp();
                Search(queries[k].query);
                times[k] += Stopwatch.GetElapsedTime(watch).TotalMilliseconds / rounds;
            }
        }

        allocated = (GC.GetAllocatedBytesForCurrentThread() - allocated) / (rounds * queries.Count);
        if (options.Get("dump") is { } dump)
        {
            // Every answer in full (total, page ids, facet counts, correction): compare two builds' answers with diff.
            await File.WriteAllLinesAsync(dump, queries.Select(q =>
            {
                var hits = CatalogueSearch.Run(snapshot, q.query, today);
                var facets = CatalogueSearch.ShownFacets(q.query).Select(f => FacetKind.Names[f] + ":" + string.Join(',', hits.Counts[f]
                    .Select((count, v) => (Key: snapshot.FacetKeys[f][v], Count: count)).Where(v => v.Count > 0).Select(v => $"{v.Key}={v.Count}")));
                return $"{q.line} | {hits.TotalCount} | {string.Join(',', hits.Positions.Select(i => entries[i].Id))} | {string.Join(' ', facets)} | {hits.Correction}";
            }));
        }

        var sorted = times.Order().ToArray();
        string Ms(double v) => v.ToString("0.000", CultureInfo.InvariantCulture);
        Console.WriteLine($"{queries.Count} queries × {rounds} rounds: mean {Ms(times.Average())} ms, p50 {Ms(sorted[sorted.Length / 2])}, " +
                          $"p95 {Ms(sorted[(int)(sorted.Length * 0.95)])}, max {Ms(sorted[^1])}; " +
                          $"{allocated:N0} bytes allocated per query");
        foreach (var k in Enumerable.Range(0, queries.Count).OrderByDescending(k => times[k]).Take(options.Number("slowest", 10)))
        {
            Console.WriteLine($"  {Ms(times[k])} ms  {queries[k].line}");
        }

        return 0;
    }
}
