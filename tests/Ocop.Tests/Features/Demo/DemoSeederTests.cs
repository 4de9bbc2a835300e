using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Ocop.Web.Data;
using Ocop.Web.Features.Accounts;
using Ocop.Web.Features.Evaluation.Batches;
using Ocop.Web.Features.Evaluation.Dossiers;
using Ocop.Web.Features.Fairs;
using Ocop.Web.Features.Programme;
using Ocop.Web.Infrastructure;

namespace Ocop.Tests.Features.Demo;

/// <summary>
/// The Development demo data (what `dotnet run` shows) seeds on both engines, once, holds what the README
/// promises a newcomer, and its logins file lets every demo account sign in.
/// </summary>
public sealed class DemoSeederTests
{
    [Theory]
    [ClassData(typeof(Engines))]
    public async Task Seeds_WhatTheReadmePromises_Once_WithWorkingLogins(Engine engine)
    {
        await using var app = await OcopApp.StartAsync(engine);
        await SeedAsync(app);
        var once = await app.WithScopeAsync(s => DatabaseRows.CountAsync(s.GetRequiredService<OcopDbContext>()));
        await SeedAsync(app);
        (await app.WithScopeAsync(s => DatabaseRows.CountAsync(s.GetRequiredService<OcopDbContext>()))).ShouldBe(once, "a second start adds nothing");

        // Every demo account in the logins file signs in with its password.
        var logins = await app.WithScopeAsync(s => Task.FromResult(File.ReadAllLines(s.GetRequiredService<DemoSeeder>().LoginsFile)));
        var accounts = logins.Where(l => !l.StartsWith('#')).Select(l => l.Split(' ', StringSplitOptions.RemoveEmptyEntries)).ToList();
        accounts.Select(a => a[1]).Distinct().Order().ShouldBe([Roles.CouncilMember, Roles.NationalAdmin, Roles.Producer, Roles.ProvinceOfficer]);
        foreach (var account in accounts)
        {
            var client = app.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
            var signIn = await OcopApp.PostFormAsync(client, "/account/login", new() { ["Input.Email"] = account[0], ["Input.Password"] = account[2] });
            signIn.StatusCode.ShouldBe(System.Net.HttpStatusCode.Redirect, account[0]);
        }

        var today = VietnamTime.Today(TimeProvider.System);
        var (batch, dossier, held, open) = await app.WithScopeAsync(async s =>
        {
            var db = s.GetRequiredService<OcopDbContext>();
            return (await db.EvaluationBatches.Include(b => b.Council).ThenInclude(c => c.User).SingleAsync(),
                await db.Dossiers.Include(d => d.Product).ThenInclude(p => p!.Producer).SingleAsync(),
                await db.TrainingCourses.Where(c => c.IsPublished && c.EndsOn < today)
                    .Select(c => new { c.Id, Present = db.SessionAttendances.Count(a => db.CourseRegistrations.Any(r => r.Id == a.RegistrationId && r.CourseId == c.Id)) }).SingleAsync(),
                await db.TrainingCourses.CountAsync(c => c.IsPublished && c.StartsOn > today));
        });

        // A Lâm Đồng council (chair, secretary, member) seated on an open batch; Cá Đen's draft upgrade dossier.
        batch.Status.ShouldBe(BatchStatus.Open);
        batch.ProvinceCode.ShouldBe("68");
        batch.Council.Select(c => (c.User!.Email, c.Role, c.Body)).OrderBy(c => c.Role)
            .ShouldBe([("chutich@demo.ocop.vn", CouncilRole.Chair, "ubnd-tinh"), ("thuky@demo.ocop.vn", CouncilRole.Secretary, "ocop-tinh"), ("thanhvien@demo.ocop.vn", CouncilRole.Member, "so-ct")]);
        batch.Round.ShouldBe(today.Month <= 6 ? 1 : 2);
        (dossier.Status, dossier.Kind, dossier.Product!.Producer!.Name).ShouldBe((DossierStatus.Draft, DossierKind.Upgrade, "Công ty TNHH Cá Đen"));

        // The fair, as its public API shows it: every booth of its zones counted, the exhibitors holding the taken ones,
        // Lâm Đồng producers in zone B and the others in zone C; Cá Đen has not applied yet.
        var anonymous = app.CreateClient();
        var fair = (await anonymous.GetFromJsonAsync<List<FairItem>>("/api/v1/fairs", Json.Options))!.Single();
        var plan = (await anonymous.GetFromJsonAsync<FairPlan>($"/api/v1/fairs/{fair.Id}", Json.Options))!;
        var exhibitors = (await anonymous.GetFromJsonAsync<List<Exhibitor>>($"/api/v1/fairs/{fair.Id}/exhibitors", Json.Options))!;
        fair.BoothCount.ShouldBe(plan.Zones.Sum(z => z.Columns * z.Rows));
        fair.BoothsTaken.ShouldBe(exhibitors.Sum(e => e.BoothCodes.Count));
        exhibitors.ShouldNotBeEmpty();
        exhibitors.Where(e => e.ProvinceCode == "68").ShouldAllBe(e => e.BoothCodes[0].StartsWith('B'));
        exhibitors.Where(e => e.ProvinceCode != "68").ShouldAllBe(e => e.BoothCodes[0].StartsWith('C'));
        exhibitors.ShouldNotContain(e => e.ProducerName == "Công ty TNHH Cá Đen");

        // Training: a course open for registration, and one held last month with trainees present.
        open.ShouldBe(1);
        held.Present.ShouldBeGreaterThanOrEqualTo(1);

        // The fish sauce's page shows its chain and the area's outline.
        var fishSauce = await app.WithScopeAsync(s => s.GetRequiredService<OcopDbContext>().Products.Where(p => p.Gtin != null).Select(p => p.Id).FirstAsync());
        var page = await anonymous.GetStringAsync($"/products/{fishSauce}");
        page.ShouldContain("Chuỗi nước mắm Phan Thiết");
        page.ShouldContain("data-area-map");

        // Lâm Đồng's targets are the catalogue's metrics and read the demo data: the sales points are there, the year's rated products not all.
        var officer = await app.SignInAsync(new NewAccount("demo-check@test.vn", Roles.ProvinceOfficer, ProvinceCode: "68"));
        var targets = (await officer.GetFromJsonAsync<List<TargetItem>>("/api/v1/programme/targets", Json.Options))!;
        targets.ShouldNotBeEmpty();
        targets.ShouldAllBe(t => MetricCatalogue.Find(t.MetricKey) != null);
        targets.Single(t => t.MetricKey == "salesPoints.active").Progress.Status.ShouldBe(TargetStatus.Met);
        targets.Single(t => t.MetricKey == "products.certified").Progress.Status.ShouldNotBe(TargetStatus.Met);
    }

    [Fact]
    public async Task LooksReal_NoNumberedNames_PlacesInTheirCommunes_DecisionsThatDiffer_VariedFeaturedAndRelatedProducts()
    {
        await using var app = await OcopApp.StartAsync();
        await SeedAsync(app);
        var data = await app.WithScopeAsync(async s =>
        {
            var db = s.GetRequiredService<OcopDbContext>();
            var communes = await db.Communes.ToDictionaryAsync(c => c.Code, ct => (ct.ProvinceCode, ct.Name));
            return (communes, await db.Producers.ToListAsync(), await db.Products.ToListAsync(), await db.SalesPoints.ToListAsync(),
                await db.TradeFairs.Select(f => f.Name + " " + f.Venue).ToListAsync(), await db.ValueChains.Select(c => c.Name).ToListAsync());
        });
        var (communes, producers, products, points, fairs, chains) = data;

        var names = producers.Select(p => p.Name).Concat(products.Select(p => p.Name)).ToList();
        names.Where(n => char.IsDigit(n[^1])).ShouldBeEmpty("no name ends with a number");
        producers.Select(p => p.Name).ShouldBeUnique();
        products.Select(p => p.Name).ShouldBeUnique();
        names.Concat(points.Select(p => $"{p.Name} {p.AddressLine} {p.Operator}")).Concat(fairs).Concat(chains)
            .Where(t => t.Contains("(demo)", StringComparison.Ordinal)).ShouldBeEmpty("nothing public says (demo)");

        // Every place is in its province, and a sales point named after a place is in that place's commune.
        producers.Where(p => communes[p.CommuneCode!].ProvinceCode != p.ProvinceCode).Select(p => p.Name).ShouldBeEmpty();
        foreach (var point in points)
        {
            var (province, commune) = communes[point.CommuneCode!];
            province.ShouldBe(point.ProvinceCode, point.Name);
            var place = commune.Replace("Phường ", "").Replace("Xã ", "").Split(" - ")[^1];
            point.Name.ShouldContain(place, Case.Sensitive, $"{point.Name} is placed in {commune}");
        }

        // Decisions differ from product to product (every generated one said "QĐ 2025/UBND").
        products.Select(p => p.CertificateReference).Distinct().Count().ShouldBeGreaterThan(products.Count * 9 / 10);

        // The home page's eight featured products come from eight sets; a fish sauce's related products start with fish sauces.
        var (featured, related) = await app.WithScopeAsync(async s =>
        {
            var catalogue = s.GetRequiredService<Ocop.Web.Features.Catalogue.CatalogueService>();
            var fishSauce = products.First(p => p.Gtin != null);
            var page = (await s.GetRequiredService<Ocop.Web.Features.Public.ProductPageService>().GetAsync(fishSauce.Id, null, CancellationToken.None))!;
            return (await catalogue.FeaturedAsync(8), page.Related);
        });
        featured.Select(c => c.ProductSetName).Distinct().Count().ShouldBe(8);
        related.ShouldNotBeEmpty();
        related[0].ProductSetName.ShouldBe("Tương, nước mắm, gia vị dạng lỏng khác");
    }

    private static Task<bool> SeedAsync(OcopApp app) =>
        app.WithScopeAsync(async s => { await s.GetRequiredService<DemoSeeder>().SeedAsync(CancellationToken.None); return true; });
}
