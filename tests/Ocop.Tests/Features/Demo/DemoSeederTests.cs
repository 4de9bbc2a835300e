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
        page.ShouldContain("Chuỗi nước mắm Phan Thiết (demo)");
        page.ShouldContain("data-area-map");

        // Lâm Đồng's targets are the catalogue's metrics and read the demo data: the sales points are there, the year's rated products not all.
        var officer = await app.SignInAsync(new NewAccount("demo-check@test.vn", Roles.ProvinceOfficer, ProvinceCode: "68"));
        var targets = (await officer.GetFromJsonAsync<List<TargetItem>>("/api/v1/programme/targets", Json.Options))!;
        targets.ShouldNotBeEmpty();
        targets.ShouldAllBe(t => MetricCatalogue.Find(t.MetricKey) != null);
        targets.Single(t => t.MetricKey == "salesPoints.active").Progress.Status.ShouldBe(TargetStatus.Met);
        targets.Single(t => t.MetricKey == "products.certified").Progress.Status.ShouldNotBe(TargetStatus.Met);
    }

    private static Task<bool> SeedAsync(OcopApp app) =>
        app.WithScopeAsync(async s => { await s.GetRequiredService<DemoSeeder>().SeedAsync(CancellationToken.None); return true; });
}
