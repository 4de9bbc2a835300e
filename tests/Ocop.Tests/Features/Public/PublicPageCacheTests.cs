using System.Net;
using System.Net.Http.Json;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Ocop.Tests.Features.Fairs;
using Ocop.Web.Data;
using Ocop.Web.Features.Products;
using Ocop.Web.Features.Products.Showcase;
using Ocop.Web.Features.Public;
using Ocop.Web.Features.Traceability;

namespace Ocop.Tests.Features.Public;

/// <summary>
/// Public pages are stored as rendered for anonymous visitors (the output cache answers with an `Age` header), per
/// address, query and language; an edit of anything a page shows is seen on the next request; a signed-in visitor is
/// never served, and never fills, a stored page; saves of things no public page shows (scan counts) keep the store.
/// </summary>
public sealed class PublicPageCacheTests
{
    [Theory]
    [ClassData(typeof(Engines))]
    public async Task AnonymousVisitors_AreServedTheStoredPage_UntilSomethingItShowsChanges(Engine engine)
    {
        await using var app = await OcopApp.StartAsync(engine);
        var officer = await Registry.OfficerAsync(app, Registry.LamDong);
        var producer = await Registry.CreateProducerAsync(officer, Registry.Producer());
        var product = await Registry.ProductAsync(app, officer, producer.Id, "Nước mắm Cá Đen", ProductStatus.Active, listedStars: 4);
        var page = $"/products/{product.Id}";
        var visitor = app.CreateClient();

        (await StoredAsync(visitor, page)).ShouldContain("Nước mắm Cá Đen");
        foreach (var other in new[] { "/", "/products?q=ca+den", "/where-to-buy", "/fairs", "/verify" })
        {
            await StoredAsync(visitor, other);
        }

        // A new name (the catalogue's own data) shows at once, rendered afresh.
        var input = (await officer.GetFromJsonAsync<ProductDetails>($"/api/v1/products/{product.Id}/record", Json.Options))!.ToInput();
        input.Name = "Nước mắm Cá Đen thượng hạng";
        var renamed = await officer.PutAsJsonAsync($"/api/v1/products/{product.Id}", input, Json.Options);
        renamed.StatusCode.ShouldBe(HttpStatusCode.OK, await renamed.Content.ReadAsStringAsync());
        var fresh = await visitor.GetAsync(page);
        fresh.Headers.Age.ShouldBeNull("the edit moved the pages on: rendered again");
        (await fresh.Content.ReadAsStringAsync()).ShouldContain("Nước mắm Cá Đen thượng hạng");
        await StoredAsync(visitor, page);

        // So does what the page shows beside the catalogue: a pack and its price.
        (await officer.PostAsJsonAsync($"/api/v1/products/{product.Id}/packs", new PackInput { Kind = PackKind.Bottle, Amount = 500, Unit = PackUnit.Millilitre, Price = 85000m }, Json.Options))
            .StatusCode.ShouldBe(HttpStatusCode.OK);
        (await visitor.GetStringAsync(page)).ShouldContain("85.000 ₫");

        // Each language is stored on its own, whether chosen by the address or by the cookie.
        (await StoredAsync(visitor, page + "?culture=en")).ShouldContain("Packs and prices");
        var english = app.CreateClient();
        english.DefaultRequestHeaders.Add("Cookie", ".AspNetCore.Culture=c%3Den%7Cuic%3Den");
        (await StoredAsync(english, page)).ShouldContain("Packs and prices");
        (await visitor.GetStringAsync(page)).ShouldContain("Quy cách và giá");

        // A signed-in visitor gets the page rendered for them, and leaves nothing of theirs for others.
        var signedIn = await officer.GetAsync(page);
        signedIn.Headers.Age.ShouldBeNull();
        (await signedIn.Content.ReadAsStringAsync()).ShouldContain("data-testid=\"signed-in-as\"");
        (await officer.GetAsync(page)).Headers.Age.ShouldBeNull();
        (await visitor.GetStringAsync(page)).ShouldNotContain("data-testid=\"signed-in-as\"");

        // Not found is not stored.
        for (var i = 0; i < 2; i++)
        {
            var missing = await visitor.GetAsync("/verify/KHONG-CO-SO-NAY");
            missing.StatusCode.ShouldBe(HttpStatusCode.NotFound);
            missing.Headers.Age.ShouldBeNull();
        }
    }

    [Theory]
    [ClassData(typeof(Engines))]
    public async Task Saves_OfThingsNoPublicPageShows_KeepTheStore_AndBulkBoothUpdatesMoveItOn(Engine engine)
    {
        await using var app = await OcopApp.StartAsync(engine);
        var version = app.Services.GetRequiredService<PublicPageVersion>();
        var officer = await Registry.OfficerAsync(app, Registry.LamDong);
        var producer = await Registry.CreateProducerAsync(officer, Registry.Producer());
        var product = await Registry.ProductAsync(app, officer, producer.Id, "Nước mắm Cá Đen", ProductStatus.Active, listedStars: 4);

        var before = version.Current;
        await app.WithScopeAsync(async s =>
        {
            var db = s.GetRequiredService<OcopDbContext>();
            db.ScanCounts.Add(new ScanCount { ProductId = product.Id, Day = new DateOnly(2026, 12, 1), LinkType = "gs1:pip", Language = "vi", Count = 3 });
            return await db.SaveChangesAsync();
        });
        version.Current.ShouldBe(before, "a scan count flush leaves the stored pages alone");

        // Booth allocation runs as two conditional bulk updates (no tracked entity): the fair's public plan still moves on.
        var fair = await FairData.SetupAsync(app);
        var exhibitor = await FairData.ExhibitorAsync(app, fair.Officer, "Cá Đen");
        var application = await FairData.ApplyOkAsync(exhibitor, fair.FairId);
        var anonymous = app.CreateClient();
        (await StoredAsync(anonymous, $"/fairs/{fair.FairId}")).ShouldContain("data-booth=\"A01\" data-taken=\"false\"");
        (await FairData.AllocateAsync(fair.Officer, fair.FairId, application.Id, FairData.Booth(fair.Plan, "A01"))).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await anonymous.GetStringAsync($"/fairs/{fair.FairId}")).ShouldContain("data-booth=\"A01\" data-taken=\"true\"");
    }

    [Theory]
    [ClassData(typeof(Engines))]
    public async Task WithTheStoreTurnedOff_EveryRequestIsRendered_FromReadsThatFollowEdits(Engine engine)
    {
        await using var app = await OcopApp.StartAsync(engine, new Dictionary<string, string?> { ["Ocop:PublicCache:Enabled"] = "false" });
        var officer = await Registry.OfficerAsync(app, Registry.LamDong);
        var producer = await Registry.CreateProducerAsync(officer, Registry.Producer());
        var product = await Registry.ProductAsync(app, officer, producer.Id, "Nước mắm Cá Đen", ProductStatus.Active, listedStars: 4);
        var visitor = app.CreateClient();
        foreach (var url in new[] { "/", $"/products/{product.Id}", $"/products/{product.Id}?fbclid=a1", $"/products/{product.Id}?fbclid=a1" })
        {
            var page = await visitor.GetAsync(url);
            page.StatusCode.ShouldBe(HttpStatusCode.OK);
            page.Headers.Age.ShouldBeNull(url);
        }

        // The product's reads are kept in memory (one per language), and follow an edit as the stored pages do.
        (await visitor.GetStringAsync($"/products/{product.Id}")).ShouldNotContain("Video giới thiệu");
        (await officer.PostAsJsonAsync($"/api/v1/products/{product.Id}/videos", new VideoInput { Url = "https://youtu.be/dQw4w9WgXcQ" }, Json.Options))
            .StatusCode.ShouldBe(HttpStatusCode.OK);
        (await visitor.GetStringAsync($"/products/{product.Id}?fbclid=b2")).ShouldContain("Video giới thiệu");
        (await visitor.GetStringAsync($"/products/{product.Id}?culture=en")).ShouldContain(">Videos<");
    }

    [Theory]
    [ClassData(typeof(Engines))]
    public async Task APageRenderedFromTheReadCache_BuildsNoDatabaseContext(Engine engine)
    {
        await using var app = await OcopApp.StartAsync(engine, new Dictionary<string, string?> { ["Ocop:PublicCache:Enabled"] = "false" });
        var officer = await Registry.OfficerAsync(app, Registry.LamDong);
        var producer = await Registry.CreateProducerAsync(officer, Registry.Producer());
        var product = await Registry.ProductAsync(app, officer, producer.Id, "Nước mắm Cá Đen", ProductStatus.Active, listedStars: 4);
        var built = 0;
        await using var counted = app.WithWebHostBuilder(b => b.ConfigureTestServices(s =>
        {
            // Every context a product page request asks for (background jobs starting meanwhile are not counted), on its way
            // out of the app's own registration.
            var original = s.Last(d => d.ServiceType == typeof(OcopDbContext));
            s.AddScoped(services =>
            {
                if (services.GetService<Microsoft.AspNetCore.Http.IHttpContextAccessor>()?.HttpContext?.Request.Path.StartsWithSegments("/products") == true)
                {
                    Interlocked.Increment(ref built);
                }

                return (OcopDbContext)original.ImplementationFactory!(services);
            });
        }));
        var visitor = counted.CreateClient();

        (await visitor.GetStringAsync($"/products/{product.Id}")).ShouldContain("Nước mắm Cá Đen");
        built.ShouldBeGreaterThan(0, "the first visit reads the database");
        // The first visit may also have started building the new host's catalogue index, whose completion moves the page version on.
        await visitor.GetStringAsync($"/products/{product.Id}?fbclid=b2");
        built = 0;
        (await visitor.GetStringAsync($"/products/{product.Id}?fbclid=c3")).ShouldContain("Nước mắm Cá Đen");
        built.ShouldBe(0, "rendered again (the store is off) from the kept read: no context, no options, no services built for it");
    }

    [Fact]
    public async Task StaticFiles_GoCompressedAtTheStrongestLevel_AndPagesCarryOnlyTheScriptsTheyNeed()
    {
        await using var app = await OcopApp.StartAsync();
        var visitor = app.CreateClient();
        var home = await visitor.GetStringAsync("/");
        var stylesheet = System.Text.RegularExpressions.Regex.Match(home, "/lib/bootstrap/bootstrap.trimmed.min.css\\?v=[^\"]+").Value;
        stylesheet.ShouldNotBeEmpty();
        var plain = await (await visitor.GetAsync(stylesheet)).Content.ReadAsByteArrayAsync();
        foreach (var (encoding, under) in new[] { ("br", 12_000), ("gzip", 14_000) })
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, stylesheet);
            request.Headers.Add("Accept-Encoding", encoding);
            var response = await visitor.SendAsync(request);
            response.Content.Headers.ContentEncoding.ShouldBe([encoding]);
            response.Headers.CacheControl!.ToString().ShouldBe("public, max-age=31536000, immutable");
            var sent = await response.Content.ReadAsByteArrayAsync();
            sent.Length.ShouldBeLessThan(under, $"Bootstrap's {plain.Length:N0} bytes as {encoding}");
            await using var decoded = encoding == "br"
                ? (Stream)new System.IO.Compression.BrotliStream(new MemoryStream(sent), System.IO.Compression.CompressionMode.Decompress)
                : new System.IO.Compression.GZipStream(new MemoryStream(sent), System.IO.Compression.CompressionMode.Decompress);
            using var copy = new MemoryStream();
            await decoded.CopyToAsync(copy);
            copy.ToArray().ShouldBe(plain);
        }

        home.ShouldNotContain("htmx.min.js", customMessage: "the home page has no commune picker");
        (await visitor.GetStringAsync("/join")).ShouldContain("htmx.min.js");

        // Product images: kept a day by any cache for anonymous visitors, by the browser only for a signed-in user.
        var officer = await Registry.OfficerAsync(app, Registry.LamDong);
        var producer = await Registry.CreateProducerAsync(officer, Registry.Producer());
        var product = await Registry.ProductAsync(app, officer, producer.Id, "Nước mắm Cá Đen", ProductStatus.Active, listedStars: 4);
        var upload = await officer.PostAsync($"/api/v1/products/{product.Id}/images", OcopApp.ImageContent(Products.ProductApiTests.Png, "chai.png"));
        upload.StatusCode.ShouldBe(HttpStatusCode.Created);
        var anonymous = (await visitor.GetAsync(upload.Headers.Location)).Headers.CacheControl!;
        (anonymous.Public, anonymous.Private, anonymous.MaxAge).ShouldBe((true, false, TimeSpan.FromDays(1)));
        var signedIn = (await officer.GetAsync(upload.Headers.Location)).Headers.CacheControl!;
        (signedIn.Public, signedIn.Private, signedIn.MaxAge).ShouldBe((false, true, TimeSpan.FromDays(1)));
    }

    /// <summary>Asks until the page comes from the store (the first answers may be drawn while the catalogue is built); returns it.</summary>
    private static async Task<string> StoredAsync(HttpClient client, string url)
    {
        for (var attempt = 0; attempt < 4; attempt++)
        {
            var response = await client.GetAsync(url);
            response.StatusCode.ShouldBe(HttpStatusCode.OK, url);
            if (response.Headers.Age is not null)
            {
                return await response.Content.ReadAsStringAsync();
            }
        }

        throw new ShouldAssertException($"{url} was never served from the store");
    }
}
