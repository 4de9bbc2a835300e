using System.Globalization;
using System.Net.Http.Json;
using Ocop.Web.Features.Programme;

namespace Ocop.Tests.Features.Programme;

/// <summary>The rating metrics (stock on a day, new and re-evaluated in a period, by stars, tourism, producers by type) against <see cref="ProgrammeData"/>.</summary>
public sealed class RecognitionMetricTests
{
    private static string D(DateOnly d) => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static async Task<Dictionary<string, decimal>> ValuesAsync(HttpClient client, DateOnly from, DateOnly to) =>
        (await client.GetFromJsonAsync<List<MetricValue>>($"/api/v1/programme/metrics?from={D(from)}&to={D(to)}", Json.Options))!.ToDictionary(v => v.Key, v => v.Value);

    [Theory]
    [ClassData(typeof(Engines))]
    public async Task RatingMetrics_MatchTheHandCount(Engine engine)
    {
        await using var app = await OcopApp.StartAsync(engine);
        var data = await ProgrammeData.SeedAsync(app);
        var today = ProgrammeData.Today;

        var lastTwelveMonths = await ValuesAsync(data.Officer, today.AddMonths(-12).AddDays(1), today);
        lastTwelveMonths["products.certified"].ShouldBe(4m);     // A, B, C, D (E lapsed, F never rated)
        lastTwelveMonths["products.recognised"].ShouldBe(2m);    // A (legacy, 6 months ago), C (certificate today)
        lastTwelveMonths["products.new"].ShouldBe(1m);           // A
        lastTwelveMonths["products.reevaluated"].ShouldBe(1m);   // C, rated 35 months ago
        lastTwelveMonths["products.fiveStar"].ShouldBe(1m);      // D
        lastTwelveMonths["tourism.services"].ShouldBe(1m);       // D
        lastTwelveMonths["producers.active"].ShouldBe(3m);
        (lastTwelveMonths["producers.enterprises"], lastTwelveMonths["producers.cooperatives"], lastTwelveMonths["producers.households"]).ShouldBe((1m, 1m, 1m));

        // From two years to seven months ago: B, C's legacy rating, D and E (valid until yesterday) were in force on the last day;
        // only D was first rated inside the window (24 months ago); A came later, B and C before.
        var earlier = await ValuesAsync(data.Officer, today.AddYears(-2).AddDays(-1), today.AddMonths(-7));
        earlier["products.certified"].ShouldBe(4m);
        earlier["products.fiveStar"].ShouldBe(1m);
        (earlier["products.recognised"], earlier["products.new"], earlier["products.reevaluated"]).ShouldBe((1m, 1m, 0m));

        // A window ending in the future reads today's state, never a future one.
        var future = await ValuesAsync(data.Officer, today, today.AddYears(2));
        future["products.certified"].ShouldBe(4m);

        var hcm = await ValuesAsync(data.HcmOfficer, today.AddMonths(-12).AddDays(1), today);
        (hcm["products.certified"], hcm["products.fiveStar"], hcm["products.new"]).ShouldBe((1m, 1m, 0m)); // rated 16 months ago
    }
}
