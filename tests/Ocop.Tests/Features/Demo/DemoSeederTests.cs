using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Ocop.Web.Data;
using Ocop.Web.Features.Evaluation.Batches;
using Ocop.Web.Features.Evaluation.Dossiers;
using Ocop.Web.Features.Fairs;
using System.Net.Http.Json;
using Ocop.Web.Features.Accounts;
using Ocop.Web.Features.Programme;

namespace Ocop.Tests.Features.Demo;

/// <summary>The Development demo data (what `dotnet run` shows) seeds on both engines, once.</summary>
public sealed class DemoSeederTests
{
    [Theory]
    [ClassData(typeof(Engines))]
    public async Task Seeds_RegistryAccountsAndAnOpenBatch_Once(Engine engine)
    {
        await using var app = await OcopApp.StartAsync(engine);
        await app.WithScopeAsync(async s => { await s.GetRequiredService<DemoSeeder>().SeedAsync(CancellationToken.None); return true; });
        await app.WithScopeAsync(async s => { await s.GetRequiredService<DemoSeeder>().SeedAsync(CancellationToken.None); return true; });

        var (producers, batch, dossier) = await app.WithScopeAsync(async s =>
        {
            var db = s.GetRequiredService<OcopDbContext>();
            return (await db.Producers.CountAsync(),
                await db.EvaluationBatches.Include(b => b.Council).ThenInclude(c => c.User).SingleAsync(),
                await db.Dossiers.Include(d => d.Product).SingleAsync());
        });
        producers.ShouldBe(305);
        batch.Status.ShouldBe(BatchStatus.Open);
        batch.ProvinceCode.ShouldBe("68");
        batch.Council.Select(c => (c.User!.Email, c.Role)).OrderBy(c => c.Role)
            .ShouldBe([("chutich@demo.ocop.vn", CouncilRole.Chair), ("thuky@demo.ocop.vn", CouncilRole.Secretary), ("thanhvien@demo.ocop.vn", CouncilRole.Member)]);
        dossier.Status.ShouldBe(DossierStatus.Draft);
        dossier.Product!.Name.ShouldBe("Nước mắm Cá Đen nhãn xanh 30 độ đạm");

        // The demo fair, as its public API shows it: 280 booths, fourteen placed exhibitors, Lâm Đồng ones in zone B.
        var anonymous = app.CreateClient();
        var fair = (await anonymous.GetFromJsonAsync<List<FairItem>>("/api/v1/fairs", Json.Options))!.Single();
        (fair.BoothCount, fair.BoothsTaken).ShouldBe((280, 14));
        var exhibitors = (await anonymous.GetFromJsonAsync<List<Exhibitor>>($"/api/v1/fairs/{fair.Id}/exhibitors", Json.Options))!;
        exhibitors.Count.ShouldBe(14);
        exhibitors.Where(e => e.ProvinceCode == "68").ShouldAllBe(e => e.BoothCodes[0].StartsWith('B'));
        exhibitors.Where(e => e.ProvinceCode != "68").ShouldAllBe(e => e.BoothCodes[0].StartsWith('C'));

        // Training: one course open to producers, one held with three officials present.
        var (courses, present) = await app.WithScopeAsync(async s =>
        {
            var db = s.GetRequiredService<OcopDbContext>();
            return (await db.TrainingCourses.CountAsync(c => c.IsPublished), await db.SessionAttendances.CountAsync());
        });
        (courses, present).ShouldBe((2, 3));

        // The fish sauce's page shows its chain and the area's outline.
        var fishSauce = await app.WithScopeAsync(s => s.GetRequiredService<OcopDbContext>().Products.Where(p => p.Gtin != null).Select(p => p.Id).FirstAsync());
        var page = await anonymous.GetStringAsync($"/products/{fishSauce}");
        page.ShouldContain("Chuỗi nước mắm Phan Thiết (demo)");
        page.ShouldContain("data-area-map");

        // Lâm Đồng's targets read the demo data: the year's 161 rated products are not reached, the sales points are.
        var officer = await app.SignInAsync(new NewAccount("demo-check@test.vn", Roles.ProvinceOfficer, ProvinceCode: "68"));
        var targets = (await officer.GetFromJsonAsync<List<TargetItem>>("/api/v1/programme/targets", Json.Options))!;
        targets.Count.ShouldBe(7);
        var rated = targets.Single(t => t.MetricKey == "products.certified");
        rated.Progress.Actual.ShouldBeInRange(1m, 160m);
        targets.Single(t => t.MetricKey == "salesPoints.active").Progress.Status.ShouldBe(TargetStatus.Met);
    }
}
