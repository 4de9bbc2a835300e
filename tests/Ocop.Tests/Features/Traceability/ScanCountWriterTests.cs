using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Ocop.Web.Data;
using Ocop.Web.Features.Traceability;

namespace Ocop.Tests.Features.Traceability;

/// <summary>Scan counts written in batches: more keys than one statement takes, each row right, added to on the next flush.</summary>
public sealed class ScanCountWriterTests
{
    [Theory]
    [ClassData(typeof(Engines))]
    public async Task Flush_WritesEveryKey_AcrossSeveralStatements_AndAddsToTheRowsNextTime(Engine engine)
    {
        await using var app = await OcopApp.StartAsync(engine);
        var counter = app.Services.GetRequiredService<ScanCounter>();
        // Products that do not exist here: the table keeps counts only (no foreign key), so any ids make distinct keys.
        const int firstId = 900_000;
        var keys = (ScanCountWriter.RowsPerStatement * 2) + 50;
        for (var k = 0; k < keys; k++)
        {
            counter.Count(firstId + k, lotId: k % 3 == 0 ? k : 0, DigitalLinks.ProductPage, k % 2 == 0 ? "vi" : "en");
            if (k % 5 == 0)
            {
                counter.Count(firstId + k, lotId: k % 3 == 0 ? k : 0, DigitalLinks.ProductPage, k % 2 == 0 ? "vi" : "en");
            }
        }

        // The app's own flusher may take some of the counts first (every few seconds): the rows are the same either way.
        await app.WithScopeAsync(s => s.GetRequiredService<ScanCountWriter>().FlushAsync(CancellationToken.None));
        var rows = await ReadAsync(app, firstId);
        rows.Count.ShouldBe(keys);
        rows.Single(r => r.ProductId == firstId).ShouldSatisfyAllConditions(
            r => r.Count.ShouldBe(2), r => r.LotId.ShouldBe(0), r => r.Language.ShouldBe("vi"), r => r.LinkType.ShouldBe(DigitalLinks.ProductPage));
        rows.Single(r => r.ProductId == firstId + 3).ShouldSatisfyAllConditions(r => r.Count.ShouldBe(1), r => r.LotId.ShouldBe(3), r => r.Language.ShouldBe("en"));
        rows.Sum(r => r.Count).ShouldBe(keys + ((keys + 4) / 5));

        // The next flush adds to the same rows and inserts the new key beside them.
        counter.Count(firstId, 0, DigitalLinks.ProductPage, "vi");
        counter.Count(firstId + keys, 0, DigitalLinks.Certification, "vi");
        await app.WithScopeAsync(s => s.GetRequiredService<ScanCountWriter>().FlushAsync(CancellationToken.None));
        rows = await ReadAsync(app, firstId);
        rows.Count.ShouldBe(keys + 1);
        rows.Single(r => r.ProductId == firstId).Count.ShouldBe(3);
        rows.Single(r => r.ProductId == firstId + keys).LinkType.ShouldBe(DigitalLinks.Certification);
    }

    private static Task<List<ScanCount>> ReadAsync(OcopApp app, int firstId) =>
        app.WithScopeAsync(s => s.GetRequiredService<OcopDbContext>().ScanCounts.AsNoTracking().Where(c => c.ProductId >= firstId).ToListAsync());
}
