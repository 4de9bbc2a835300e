using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Ocop.Tests.Features;
using Ocop.Tests.Features.Accounts;
using Ocop.Tests.Features.Evaluation;
using Ocop.Tests.Features.Products;
using Ocop.Web.Data;
using Ocop.Web.Features.Accounts;
using Ocop.Web.Features.Evaluation.Certificates;
using Ocop.Web.Features.Products;
using Ocop.Web.Features.Products.Showcase;

namespace Ocop.Tests.Hosting;

/// <summary>
/// Two app processes on one PostgreSQL database, behind nothing but different ports, sharing the data folder as a
/// deployment shares a volume: a sign-in on one node is good on the other; an officer's edit on one shows in the
/// other's catalogue, resolver and stored public pages within two seconds; an image uploaded on one is served by the other; the expiry job,
/// running on both, mails each notice once; scans taken on both nodes add up.
/// </summary>
public sealed class TwoNodesTests
{
    private const string Gtin13 = "8935049500025";

    [Fact]
    public async Task TwoNodes_OverOnePostgreSql_BehaveAsOne()
    {
        await using var seed = await OcopApp.StartAsync(Engine.Postgres);
        var certificate = await ExpiringCertificateAsync(seed);
        var email = await AccountFlows.CreateAsync(seed, new NewAccount($"node{Guid.NewGuid():N}@test.vn", Roles.ProvinceOfficer, ProvinceCode: Registry.LamDong));
        var setId = await Registry.ProductSetIdAsync(seed);
        var producerId = await seed.WithScopeAsync(s => s.GetRequiredService<OcopDbContext>().Products.Where(p => p.CertificateReference == certificate).Select(p => p.ProducerId).SingleAsync());

        var settings = new Dictionary<string, string>
        {
            ["Database:Provider"] = "Postgres", ["ConnectionStrings:Ocop"] = seed.ConnectionString, ["Ocop:DataPath"] = seed.DataPath,
            ["Ocop:Security:RequireTwoFactorForOfficers"] = "false", ["Ocop:Jobs:CertificateExpiry"] = "true", ["Ocop:Scans:FlushSeconds"] = "1",
            // As in every test app: readers wait for a rebuild of this tiny catalogue even when a loaded machine stretches it.
            ["Ocop:Catalogue:WaitForRebuildUnderMs"] = "10000",
        };
        var nodes = await Task.WhenAll(AppProcess.StartAsync(settings), AppProcess.StartAsync(settings));
        await using var a = nodes[0];
        await using var b = nodes[1];

        // Signed in on A, the same cookie works on B (one key ring, in the database).
        var cookies = new CookieContainer();
        using var officerOnA = Client(a, cookies);
        using var officerOnB = Client(b, cookies);
        var login = await OcopApp.PostFormAsync(officerOnA, "/account/login", new() { ["Input.Email"] = email, ["Input.Password"] = AccountFlows.Password });
        login.StatusCode.ShouldBe(HttpStatusCode.Redirect, a.Log);
        (await officerOnB.GetAsync("/admin")).StatusCode.ShouldBe(HttpStatusCode.OK, "B reads A's sign-in cookie");

        // B has built its catalogue (it is ready); an edit on A reaches B's catalogue and resolver within 2 s.
        var name = $"Mật ong hoa cà phê {Guid.NewGuid():N}"[..28];
        var product = await Registry.CreateProductAsync(officerOnA, new ProductInput
        {
            ProducerId = producerId, Name = name, ProductSetId = setId, Status = ProductStatus.Active, Gtin = Gtin13,
        }.Listed(4));
        using var visitorOnB = Client(b, new CookieContainer());
        var seen = await WithinAsync(TimeSpan.FromSeconds(2), async () =>
            (await visitorOnB.GetFromJsonAsync<JsonElement>($"/api/v1/catalogue?q={Uri.EscapeDataString(name)}")).GetProperty("totalCount").GetInt32() == 1
            && (await visitorOnB.GetAsync($"/01/{Gtin13}")).StatusCode == HttpStatusCode.TemporaryRedirect);
        seen.ShouldBeTrue("B's catalogue and resolver show A's new product within 2 s");

        // B stores the product page for anonymous visitors; a pack added on A (a change only public pages show) shows on B within 2 s.
        var page = $"/products/{product.Id}";
        (await visitorOnB.GetAsync(page)).StatusCode.ShouldBe(HttpStatusCode.OK);
        var stored = await WithinAsync(TimeSpan.FromSeconds(2), async () => (await visitorOnB.GetAsync(page)).Headers.Age is not null);
        stored.ShouldBeTrue("B serves the product page from its store");
        (await officerOnA.PostAsJsonAsync($"/api/v1/products/{product.Id}/packs",
            new PackInput { Kind = PackKind.Jar, Amount = 500, Unit = PackUnit.Gram, Price = 185000m }, Json.Options)).StatusCode.ShouldBe(HttpStatusCode.OK);
        var packShown = await WithinAsync(TimeSpan.FromSeconds(2), async () => (await visitorOnB.GetStringAsync(page)).Contains("185.000 ₫", StringComparison.Ordinal));
        packShown.ShouldBeTrue("B's stored page follows A's new pack within 2 s");

        // An image uploaded on A is served by B.
        var upload = await officerOnA.PostAsync($"/api/v1/products/{product.Id}/images", OcopApp.ImageContent(ProductApiTests.Png, "hu-mat-ong.png"));
        upload.StatusCode.ShouldBe(HttpStatusCode.Created);
        var image = await visitorOnB.GetAsync(upload.Headers.Location!.ToString());
        image.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await image.Content.ReadAsByteArrayAsync()).Length.ShouldBeGreaterThan(0);

        // Both nodes ran the expiry pass at start: the notice went once.
        var mails = await WithinAsync(TimeSpan.FromSeconds(10), () => Task.FromResult(MailsAbout(seed, certificate) > 0));
        mails.ShouldBeTrue("the expiry notice was sent");
        await Task.Delay(TimeSpan.FromSeconds(2));
        MailsAbout(seed, certificate).ShouldBe(1, a.Log + b.Log);

        // Scans on both nodes add up.
        using var scannerOnA = Client(a, new CookieContainer());
        for (var i = 0; i < 2; i++)
        {
            (await scannerOnA.GetAsync($"/01/{Gtin13}")).StatusCode.ShouldBe(HttpStatusCode.TemporaryRedirect, a.Log);
        }

        for (var i = 0; i < 2; i++)
        {
            (await visitorOnB.GetAsync($"/01/{Gtin13}")).StatusCode.ShouldBe(HttpStatusCode.TemporaryRedirect);
        }

        var counted = await WithinAsync(TimeSpan.FromSeconds(10), async () => await seed.WithScopeAsync(s =>
            s.GetRequiredService<OcopDbContext>().ScanCounts.Where(c => c.ProductId == product.Id).SumAsync(c => c.Count)) == 5);
        counted.ShouldBeTrue("2 scans on A and 3 on B (one while checking the resolver) make 5");
    }

    private static HttpClient Client(AppProcess node, CookieContainer cookies) =>
        new(new HttpClientHandler { CookieContainer = cookies, AllowAutoRedirect = false }) { BaseAddress = new Uri(node.BaseUrl) };

    private static async Task<bool> WithinAsync(TimeSpan limit, Func<Task<bool>> condition)
    {
        var until = DateTime.UtcNow + limit;
        do
        {
            if (await condition())
            {
                return true;
            }

            await Task.Delay(100);
        }
        while (DateTime.UtcNow < until);
        return false;
    }

    private static int MailsAbout(OcopApp app, string certificate)
    {
        var folder = Path.Combine(app.DataPath, "mail");
        return Directory.Exists(folder) ? Directory.GetFiles(folder, "*.eml").Count(f => File.ReadAllText(f).Contains(certificate, StringComparison.Ordinal)) : 0;
    }

    /// <summary>A 4★ certificate issued 36 months ago less 10 days: it enters its expiry window today.</summary>
    private static async Task<string> ExpiringCertificateAsync(OcopApp app)
    {
        var today = DateOnly.FromDateTime(DateTime.UtcNow.AddHours(7));
        var round = await Round.StartAsync(app);
        await round.ScoreAndCloseAsync(stars: 4, target: 80);
        var decided = await round.Applicant.Officer.PostAsJsonAsync($"/api/v1/batches/{round.Batch.Id}/decision",
            new DecisionInput("7/QĐ-UBND", today, "Phó Chủ tịch Trần Văn Ký", null, [round.EntryId]), Json.Options);
        var issued = (await decided.Content.ReadFromJsonAsync<List<CertificateItem>>(Json.Options))!.Single();
        var issuedOn = today.AddMonths(-36).AddDays(10);
        await app.WithScopeAsync(async s =>
        {
            var db = s.GetRequiredService<OcopDbContext>();
            await db.Certificates.Where(c => c.Id == issued.Id)
                .ExecuteUpdateAsync(u => u.SetProperty(c => c.IssuedOn, issuedOn).SetProperty(c => c.ExpiresOn, issuedOn.AddMonths(36)));
            return await db.RecognitionDecisions.Where(d => d.Number == issued.DecisionNumber).ExecuteUpdateAsync(u => u.SetProperty(d => d.SignedOn, issuedOn));
        });
        return issued.Number;
    }
}
