using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Ocop.Tests.Features;
using Ocop.Tests.Features.Products;
using Ocop.Web.Cli;
using Ocop.Web.Data;

namespace Ocop.Tests.Hosting;

/// <summary>
/// `db backup` taken while officers keep registering producers, then `db restore` into another installation: every row
/// the backup holds comes back as it was, with the pictures it names. PostgreSQL's verbs point to pg_dump/pg_restore.
/// </summary>
public sealed class BackupTests
{
    [Fact]
    public async Task ABackupTakenUnderLoad_RestoresEveryRow_AndThePictures()
    {
        await using var live = await OcopApp.StartAsync(Engine.Sqlite);
        var officer = await Registry.OfficerAsync(live, Registry.LamDong);
        var producer = await Registry.CreateProducerAsync(officer, Registry.Producer());
        var product = await Registry.ProductAsync(live, officer, producer.Id, "Cà phê Cầu Đất", listedStars: 4);
        var picture = await officer.PostAsync($"/api/v1/products/{product.Id}/images", OcopApp.ImageContent(ProductApiTests.Png, "ca-phe.png"));
        picture.StatusCode.ShouldBe(HttpStatusCode.Created);
        // The thumbnail width made and kept beside the picture, as a page showing it would have it made.
        (await officer.GetAsync($"{picture.Headers.Location}?w=160")).StatusCode.ShouldBe(HttpStatusCode.OK);
        Directory.GetFiles(live.DataPath, "*.w160.png", SearchOption.AllDirectories).ShouldHaveSingleItem();

        using var stop = new CancellationTokenSource();
        var written = 0;
        var writer = Task.Run(async () =>
        {
            while (!stop.IsCancellationRequested)
            {
                await Registry.CreateProducerAsync(officer, Registry.Producer($"Hợp tác xã {Guid.NewGuid():N}"[..30]));
                written++;
            }
        });
        while (written < 5)
        {
            await Task.Delay(20);
        }

        var folder = Path.Combine(TestPaths.Root, "backup-" + Guid.NewGuid().ToString("N"));
        var backedUp = await live.WithScopeAsync(s => s.GetRequiredService<DatabaseBackup>().BackupAsync(folder, CancellationToken.None));
        backedUp.Ok.ShouldBeTrue(backedUp.Message);
        Directory.GetFiles(folder, "*.png", SearchOption.AllDirectories).ShouldHaveSingleItem("the picture, without its copy at a width (made again when asked)");
        var writtenDuringBackup = written;
        while (written < writtenDuringBackup + 5)
        {
            await Task.Delay(20);
        }

        await stop.CancelAsync();
        await writer;
        (await live.WithScopeAsync(s => s.GetRequiredService<DatabaseBackup>().BackupAsync(folder, CancellationToken.None))).Ok
            .ShouldBeFalse("a backup never overwrites another");

        await using var restored = await OcopApp.StartAsync(Engine.Sqlite);
        var restoring = await restored.WithScopeAsync(s => s.GetRequiredService<DatabaseBackup>().RestoreAsync(folder, CancellationToken.None));
        restoring.Ok.ShouldBeTrue(restoring.Message);

        var before = await ProducersAsync(live);
        var after = await ProducersAsync(restored);
        after.Count.ShouldBeGreaterThanOrEqualTo(1 + 5, "the producers made before the backup began");
        after.Count.ShouldBeLessThan(before.Count, "the producers made after it ended are not in it");
        foreach (var row in after)
        {
            before.ShouldContain(row, "each restored row is the live row it copied");
        }

        (await restored.CreateClient().GetAsync(picture.Headers.Location)).StatusCode.ShouldBe(HttpStatusCode.OK, "the picture came back with its row");
        (await restored.CreateClient().GetAsync($"{picture.Headers.Location}?w=160")).StatusCode.ShouldBe(HttpStatusCode.OK, "its width is made again");
    }

    [Fact]
    public async Task PostgreSql_IsBackedUpWithItsOwnTools()
    {
        await using var app = await OcopApp.StartAsync(Engine.Postgres);
        var backup = await app.WithScopeAsync(s => s.GetRequiredService<DatabaseBackup>().BackupAsync(Path.Combine(TestPaths.Root, "pg-" + Guid.NewGuid().ToString("N")), CancellationToken.None));
        backup.Ok.ShouldBeFalse();
        backup.Message.ShouldContain("pg_dump");
        (await app.WithScopeAsync(s => s.GetRequiredService<DatabaseBackup>().RestoreAsync("/nowhere", CancellationToken.None))).Message.ShouldContain("pg_restore");
    }

    private static Task<List<(int Id, string Name, string? TaxCode)>> ProducersAsync(OcopApp app) =>
        app.WithScopeAsync(async s => (await s.GetRequiredService<OcopDbContext>().Producers.IgnoreQueryFilters()
            .Select(p => new { p.Id, p.Name, p.TaxCode }).ToListAsync()).Select(p => (p.Id, p.Name, p.TaxCode)).ToList());
}
