using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Ocop.Tests.Features.Programme;
using Ocop.Web.Data;
using Ocop.Web.Features.Integration;
using Ocop.Web.Features.Producers;
using Ocop.Web.Features.Products;

namespace Ocop.Tests.Features.Integration;

/// <summary>
/// The product feed over the rating history of <see cref="ProgrammeData"/> (Lâm Đồng: C certified 4★ today, A/B/D
/// legacy 3★/4★/5★, E lapsed yesterday, F never rated; one Hồ Chí Minh City product that must never appear).
/// </summary>
public sealed class ProductFeedTests
{
    private static DateOnly Today => ProgrammeData.Today;

    private static async Task<(OcopApp App, ProgrammeData Data, HttpClient Feed)> SeedAsync(Engine engine)
    {
        var app = await OcopApp.StartAsync(engine);
        var data = await ProgrammeData.SeedAsync(app);
        var token = await IntegrationTokens.CreateAsync(data.Officer, TokenAccess.Read, province: null, name: "Hệ thống OCOP quốc gia");
        return (app, data, IntegrationTokens.Client(app, token.Token));
    }

    private static async Task<ProductFeedPage> PageAsync(HttpClient client, string url)
    {
        var response = await client.GetAsync(url);
        response.StatusCode.ShouldBe(HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        return (await response.Content.ReadFromJsonAsync<ProductFeedPage>(Json.Options))!;
    }

    [Theory]
    [ClassData(typeof(Engines))]
    public async Task Feed_GivesTheProvincesProducts_WithTheirCurrentRating(Engine engine)
    {
        var (app, data, feed) = await SeedAsync(engine);
        await using var _ = app;
        var draftSet = await Registry.ProductSetIdAsync(app);
        var producerId = (await feed.GetFromJsonAsync<ProductFeedPage>("/api/v1/feed/products", Json.Options))!.Items[0].Producer.Id;
        await Registry.CreateProductAsync(data.Officer, new ProductInput { ProducerId = producerId, Name = "Nháp chưa nộp", ProductSetId = draftSet, Status = ProductStatus.Draft });

        var page = await PageAsync(feed, "/api/v1/feed/products");

        page.Since.ShouldBeNull();
        page.Next.ShouldBeNull();
        page.Until.ShouldBeInRange(DateTime.UtcNow.AddMinutes(-6), DateTime.UtcNow.AddMinutes(-4));
        var byName = page.Items.ToDictionary(i => i.Name);
        byName.Count.ShouldBe(6, string.Join(", ", byName.Keys));
        byName.Keys.ShouldNotContain("Bánh pía sầu riêng", "another province's product");
        byName.Keys.ShouldNotContain("Nháp chưa nộp", "drafts stay inside");
        page.Count.ShouldBe(6);

        var c = page.Items.Single(i => i.Id == data.ProductC);
        (c.Listed, c.Stars, c.RecognisedOn).ShouldBe((true, 4, Today));
        c.CertificateNumber.ShouldNotBeNull().ShouldNotBe("QĐ 1234/QĐ-UBND", "the platform certificate wins over the older legacy rating");
        c.ValidUntil!.Value.ShouldBeGreaterThan(Today.AddMonths(35));

        var a = byName["A Mứt thanh long"];
        (a.Listed, a.Stars, a.CertificateNumber).ShouldBe((true, 3, "QĐ 1234/QĐ-UBND"));
        (a.RecognisedOn, a.ValidUntil).ShouldBe((Today.AddMonths(30).AddMonths(-36), Today.AddMonths(30)));
        a.Producer.Type.ShouldBe(ProducerType.Cooperative);
        a.Producer.ProvinceCode.ShouldBe(Registry.LamDong);
        a.Producer.CommuneCode.ShouldBe(Registry.PhuThuy);
        a.Producer.CommuneName.ShouldContain("Phú Thủy");
        a.Url.ShouldEndWith($"/products/{a.Id}");
        a.DigitalLink.ShouldContain("/q/p", Case.Sensitive, "no GTIN: the short link");
        a.Deleted.ShouldBeFalse();
        (byName["B Nước mắm nhĩ"].Stars, byName["B Nước mắm nhĩ"].ValidUntil).ShouldBe((4, Today.AddMonths(5)));
        (byName["D Làng chài Mũi Né"].Stars, byName["D Làng chài Mũi Né"].ProductSetCode).ShouldBe((5, "148-26"));

        foreach (var unrated in new[] { byName["E Bánh tráng nướng"], byName["F Bánh tráng mè"] })
        {
            (unrated.Listed, unrated.Stars, unrated.CertificateNumber, unrated.ValidUntil).ShouldBe((false, (int?)null, (string?)null, (DateOnly?)null), unrated.Name);
            unrated.Producer.Type.ShouldBe(ProducerType.Household);
        }
    }

    [Theory]
    [ClassData(typeof(Engines))]
    public async Task ChangesSince_GiveWhatChanged_DeletionsIncluded_AsJsonAndCsv(Engine engine)
    {
        var (app, data, feed) = await SeedAsync(engine);
        await using var _ = app;
        var all = (await PageAsync(feed, "/api/v1/feed/products")).Items.ToDictionary(i => i.Name);
        // Everything seeded yesterday; then today, after "since": A renamed, F deleted, E's (and F's) producer renamed.
        await app.WithScopeAsync(async s =>
        {
            var db = s.GetRequiredService<OcopDbContext>();
            var yesterday = DateTime.UtcNow.AddDays(-1);
            await db.Products.IgnoreQueryFilters().ExecuteUpdateAsync(u => u.SetProperty(p => p.UpdatedAt, yesterday));
            return await db.Producers.IgnoreQueryFilters().ExecuteUpdateAsync(u => u.SetProperty(p => p.UpdatedAt, yesterday));
        });
        var since = DateTime.UtcNow.AddHours(-1);

        var a = (await data.Officer.GetFromJsonAsync<ProductDetails>($"/api/v1/products/{all["A Mứt thanh long"].Id}/record", Json.Options))!;
        var renamed = a.ToInput();
        renamed.Name = "A Mứt thanh long ruột đỏ";
        (await data.Officer.PutAsJsonAsync($"/api/v1/products/{a.Id}", renamed, Json.Options)).StatusCode.ShouldBe(HttpStatusCode.OK);
        var f = (await data.Officer.GetFromJsonAsync<ProductDetails>($"/api/v1/products/{all["F Bánh tráng mè"].Id}/record", Json.Options))!;
        (await data.Officer.DeleteAsync($"/api/v1/products/{f.Id}?version={f.Version}")).StatusCode.ShouldBe(HttpStatusCode.NoContent);
        var household = (await data.Officer.GetFromJsonAsync<ProducerDetails>($"/api/v1/producers/{all["E Bánh tráng nướng"].Producer.Id}/record", Json.Options))!;
        var moved = household.ToInput();
        moved.Name = "Hộ kinh doanh Bánh tráng Phú Thủy Xưa";
        (await data.Officer.PutAsJsonAsync($"/api/v1/producers/{household.Id}", moved, Json.Options)).StatusCode.ShouldBe(HttpStatusCode.OK);

        var sinceText = since.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);
        var changes = await PageAsync(feed, $"/api/v1/feed/products?since={sinceText}");

        changes.Since.ShouldNotBeNull();
        changes.Items.Select(i => i.Name).Order().ShouldBe(["A Mứt thanh long ruột đỏ", "E Bánh tráng nướng", "F Bánh tráng mè"]);
        changes.Items.Single(i => i.Name == "F Bánh tráng mè").Deleted.ShouldBeTrue();
        changes.Items.Single(i => i.Name == "E Bánh tráng nướng").Producer.Name.ShouldBe("Hộ kinh doanh Bánh tráng Phú Thủy Xưa");
        changes.Items.ShouldAllBe(i => i.ChangedAt > since);
        (await PageAsync(feed, "/api/v1/feed/products")).Items.Select(i => i.Name).ShouldNotContain("F Bánh tráng mè", "a full feed leaves deleted products out");
        // The same moment as Vietnam time without an offset.
        var local = since.AddHours(7).ToString("yyyy-MM-dd'T'HH:mm:ss", CultureInfo.InvariantCulture);
        (await PageAsync(feed, $"/api/v1/feed/products?since={local}")).Count.ShouldBe(3);

        var csv = await feed.GetAsync($"/api/v1/feed/products.csv?since={sinceText}");
        csv.StatusCode.ShouldBe(HttpStatusCode.OK);
        csv.Content.Headers.ContentType!.MediaType.ShouldBe("text/csv");
        FeedTimestamp.TryParse(csv.Headers.GetValues(ProductFeedEndpoints.UntilHeader).Single(), out var until).ShouldBeTrue();
        until.ShouldBeInRange(DateTime.UtcNow.AddMinutes(-6), DateTime.UtcNow.AddMinutes(-4));
        var bytes = await csv.Content.ReadAsByteArrayAsync();
        bytes.Take(3).ShouldBe(Encoding.UTF8.GetPreamble());
        var lines = Encoding.UTF8.GetString(bytes, 3, bytes.Length - 3).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        lines.Length.ShouldBe(4);
        lines[0].ShouldStartWith("id,name,name_en,gtin,product_set,");
        lines[0].ShouldEndWith(",changed_at,deleted");
        lines.Single(l => l.Contains("F Bánh tráng mè", StringComparison.Ordinal)).ShouldEndWith(",true");
        lines.Single(l => l.Contains("A Mứt thanh long ruột đỏ", StringComparison.Ordinal)).ShouldContain($",3,QĐ 1234/QĐ-UBND,{Today.AddMonths(30).AddMonths(-36):yyyy-MM-dd},{Today.AddMonths(30):yyyy-MM-dd},");
    }

    [Fact]
    public async Task Pages_FollowNext_EachEntryOnce_WithOneUntil()
    {
        var (app, _, feed) = await SeedAsync(Engine.Sqlite);
        await using var _ = app;
        var everything = (await PageAsync(feed, "/api/v1/feed/products")).Items.Select(i => i.Id).ToList();

        var seen = new List<int>();
        var untils = new HashSet<DateTime>();
        string? next = "/api/v1/feed/products?limit=4";
        var pages = 0;
        while (next is not null)
        {
            var page = await PageAsync(feed, next);
            page.Items.Count.ShouldBeLessThanOrEqualTo(4);
            seen.AddRange(page.Items.Select(i => i.Id));
            untils.Add(page.Until);
            next = page.Next;
            pages++;
        }

        pages.ShouldBe(2);
        seen.ShouldBe(everything, "in id order, none twice, none missed");
        untils.Count.ShouldBe(1, "every page of one sync reports the first page's until");
    }

    [Fact]
    public async Task BadFeedRequests_AreAnsweredField_ByField()
    {
        var (app, data, feed) = await SeedAsync(Engine.Sqlite);
        await using var _ = app;
        var national = await IntegrationTokens.NationalAdminAsync(app);

        async Task ShouldRefuse(HttpClient client, string url, string field, string message)
        {
            var response = await client.GetAsync(url);
            response.StatusCode.ShouldBe(HttpStatusCode.BadRequest, url);
            response.Content.Headers.ContentType!.MediaType.ShouldBe("application/problem+json");
            (await response.Content.ReadAsStringAsync()).ShouldContain($"\"{field}\":[\"{message}", Case.Sensitive, url);
        }

        const string badMoment = "Không đọc được thời điểm: hãy dùng dạng ISO 8601";
        await ShouldRefuse(feed, "/api/v1/feed/products?since=h%C3%B4m%20qua", "since", badMoment);
        await ShouldRefuse(feed, "/api/v1/feed/products?since=01/11/2026", "since", badMoment);
        await ShouldRefuse(feed, "/api/v1/feed/products.csv?since=2026-13-01", "since", badMoment);
        await ShouldRefuse(feed, "/api/v1/feed/products?limit=0", "limit", "Số mục mỗi trang phải từ 1 đến 1000.");
        await ShouldRefuse(feed, "/api/v1/feed/products?limit=5000", "limit", "Số mục mỗi trang phải từ 1 đến 1000.");
        await ShouldRefuse(feed, "/api/v1/feed/products?after=-1", "after", "Mã sản phẩm bắt đầu phải là số không âm.");
        await ShouldRefuse(feed, $"/api/v1/feed/products?province={Registry.HoChiMinh}", "province", "Hãy chọn một tỉnh/thành trong phạm vi của bạn.");
        await ShouldRefuse(national, "/api/v1/feed/products", "province", "Hãy chọn một tỉnh/thành trong phạm vi của bạn.");
        (await PageAsync(national, $"/api/v1/feed/products?province={Registry.LamDong}")).Count.ShouldBe(6);
        (await PageAsync(data.HcmOfficer, "/api/v1/feed/products")).Items.ShouldHaveSingleItem().Name.ShouldBe("Bánh pía sầu riêng");
        (await app.CreateClient().GetAsync("/api/v1/feed/products")).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task CommuneOfficers_GetTheirCommunesPartOnly()
    {
        var (app, _, _) = await SeedAsync(Engine.Sqlite);
        await using var _ = app;
        var otherCommune = await app.WithScopeAsync(s => s.GetRequiredService<OcopDbContext>().Communes
            .Where(c => c.ProvinceCode == Registry.LamDong && c.Code != Registry.PhuThuy).OrderBy(c => c.Code).Select(c => c.Code).FirstAsync());
        async Task<HttpClient> CommuneOfficerAsync(string commune) => await app.SignInAsync(
            new Ocop.Web.Features.Accounts.NewAccount($"xa{Guid.NewGuid():N}@test.vn", Ocop.Web.Features.Accounts.Roles.CommuneOfficer, ProvinceCode: Registry.LamDong, CommuneCode: commune));

        (await PageAsync(await CommuneOfficerAsync(Registry.PhuThuy), "/api/v1/feed/products")).Count.ShouldBe(6, "every seeded product is in Phú Thủy");
        (await PageAsync(await CommuneOfficerAsync(otherCommune), "/api/v1/feed/products")).Items.ShouldBeEmpty();
    }

    [Theory]
    [InlineData("2026-11-01T00:00:00Z", "2026-11-01T00:00:00")]
    [InlineData("2026-11-01T07:00:00+07:00", "2026-11-01T00:00:00")]
    [InlineData("2026-11-01T07:00:00.250+0700", "2026-11-01T00:00:00.25")]
    [InlineData("2026-11-01T07:00:00", "2026-11-01T00:00:00")]
    [InlineData("2026-11-01", "2026-10-31T17:00:00")]
    public void Timestamps_WithoutAnOffset_AreVietnamTime(string text, string utc)
    {
        FeedTimestamp.TryParse(text, out var parsed).ShouldBeTrue();
        parsed.ShouldBe(DateTime.Parse(utc, CultureInfo.InvariantCulture));
        parsed.Kind.ShouldBe(DateTimeKind.Utc);
        FeedTimestamp.TryParse(FeedTimestamp.Format(parsed), out var again).ShouldBeTrue();
        again.ShouldBe(parsed, "what the feed writes in its links it reads back");
    }

    [Theory]
    [InlineData("01/11/2026")]
    [InlineData("hôm qua")]
    [InlineData("2026-02-30")]
    [InlineData("")]
    public void UnreadableTimestamps_AreRefused(string text) => FeedTimestamp.TryParse(text, out _).ShouldBeFalse();
}
