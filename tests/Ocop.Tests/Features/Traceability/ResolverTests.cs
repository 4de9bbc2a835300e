using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Ocop.Tests.Features.Evaluation;
using Ocop.Web.Data;
using Ocop.Web.Features.Evaluation.Certificates;
using Ocop.Web.Features.Products;
using Ocop.Web.Features.Traceability;

namespace Ocop.Tests.Features.Traceability;

/// <summary>The GS1 Digital Link resolver over HTTP: redirects by link type and language, linksets, bad keys, counting.</summary>
public sealed class ResolverTests
{
    private const string Gtin13 = "8930000000019";
    private const string Gtin14 = "08930000000019";

    private static async Task<(HttpClient Officer, ProductDetails Product)> PublicProductAsync(OcopApp app, string? gtin = Gtin13, ProductStatus status = ProductStatus.Active)
    {
        var officer = await Registry.OfficerAsync(app, Registry.LamDong);
        var producer = await Registry.CreateProducerAsync(officer, Registry.Producer($"Công ty {Guid.NewGuid():N}"[..30]));
        var product = await Registry.CreateProductAsync(officer, new ProductInput
        {
            ProducerId = producer.Id, Name = "Nước mắm Cá Đen", NameEn = "Ca Den fish sauce", ProductSetId = await Registry.ProductSetIdAsync(app),
            Status = status, Gtin = gtin,
        });
        return (officer, product);
    }

    private static HttpClient Scanner(OcopApp app) =>
        app.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

    [Theory]
    [ClassData(typeof(Engines))]
    public async Task Gtin_RedirectsToTheProductPage_InTheReadersLanguage_AndCountsEveryScan(Engine engine)
    {
        await using var app = await OcopApp.StartAsync(engine);
        var (officer, product) = await PublicProductAsync(app);
        var scanner = Scanner(app);

        var vi = await scanner.GetAsync($"/01/{Gtin13}");
        vi.StatusCode.ShouldBe(HttpStatusCode.TemporaryRedirect);
        vi.Headers.Location!.ToString().ShouldBe($"http://localhost/products/{product.Id}");
        vi.Headers.GetValues("Link").Single().ShouldBe($"<http://localhost/01/{Gtin14}?linkType=linkset>; rel=\"linkset\"; type=\"application/linkset+json\"");
        vi.Headers.GetValues("Access-Control-Allow-Origin").Single().ShouldBe("*");

        using var english = new HttpRequestMessage(HttpMethod.Get, $"/01/{Gtin14}?linkType=gs1:pip");
        english.Headers.AcceptLanguage.ParseAdd("en-GB,en;q=0.9,vi;q=0.5");
        (await scanner.SendAsync(english)).Headers.Location!.ToString().ShouldBe($"http://localhost/products/{product.Id}?culture=en");

        // No certificate yet: there is no certification link to follow (404, not counted).
        (await scanner.GetAsync($"/01/{Gtin14}?linkType=https://gs1.org/voc/certificationInfo")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await scanner.GetAsync($"/01/{Gtin14}?linkType=https://ref.gs1.org/voc/pip")).StatusCode.ShouldBe(HttpStatusCode.TemporaryRedirect);
        using var head = new HttpRequestMessage(HttpMethod.Head, $"/01/{Gtin14}");
        (await scanner.SendAsync(head)).StatusCode.ShouldBe(HttpStatusCode.TemporaryRedirect);

        await app.WithScopeAsync(s => s.GetRequiredService<ScanCountWriter>().FlushAsync(CancellationToken.None));
        var counts = await app.WithScopeAsync(s => s.GetRequiredService<OcopDbContext>().ScanCounts.Where(c => c.ProductId == product.Id).ToListAsync());
        counts.Sum(c => c.Count).ShouldBe(4);
        counts.Single(c => c.Language == "en").Count.ShouldBe(1);
        counts.Where(c => c.LinkType == DigitalLinks.ProductPage).Sum(c => c.Count).ShouldBe(4, "every answered scan, and only those");

        // Flushing again adds to the same rows.
        await scanner.GetAsync($"/01/{Gtin14}");
        await app.WithScopeAsync(s => s.GetRequiredService<ScanCountWriter>().FlushAsync(CancellationToken.None));
        (await app.WithScopeAsync(s => s.GetRequiredService<OcopDbContext>().ScanCounts.Where(c => c.ProductId == product.Id).SumAsync(c => c.Count))).ShouldBe(5);

        // Officers of the area and the producer read the counts; nobody else.
        var series = await officer.GetFromJsonAsync<ScanSeries>($"/api/v1/products/{product.Id}/scans?days=7", Json.Options);
        series!.Total.ShouldBe(5);
        series.Days.Count.ShouldBe(7);
        series.Days[^1].Count.ShouldBe(5);
        series.ByLanguage["en"].ShouldBe(1);
        var top = await officer.GetFromJsonAsync<List<ProductScans>>("/api/v1/scans/top", Json.Options);
        top!.Single().Total.ShouldBe(5);
        var hcm = await Registry.OfficerAsync(app, Registry.HoChiMinh);
        (await hcm.GetAsync($"/api/v1/products/{product.Id}/scans")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await hcm.GetFromJsonAsync<List<ProductScans>>("/api/v1/scans/top", Json.Options))!.ShouldBeEmpty();
        (await app.CreateClient().GetAsync($"/api/v1/products/{product.Id}/scans")).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        var record = new AngleSharp.Html.Parser.HtmlParser().ParseDocument(await officer.GetStringAsync($"/admin/products/{product.Id}"));
        record.QuerySelector("[data-testid=scan-total]")!.TextContent.ShouldBe("5");
        (await officer.GetStringAsync("/admin")).ShouldContain("data-testid=\"top-scanned\"");
    }

    [Fact]
    public async Task Linkset_ByQueryOrAcceptHeader_ListsTheProductsLinks()
    {
        await using var app = await OcopApp.StartAsync();
        var (officer, product) = await PublicProductAsync(app);
        var scanner = Scanner(app);
        var record = await officer.GetStringAsync($"/admin/products/{product.Id}");
        record.ShouldContain("data-testid=\"product-qr\"");
        record.ShouldContain($"http://localhost/01/{Gtin14}");

        var byQuery = await scanner.GetAsync($"/01/{Gtin14}?linkType=linkset");
        byQuery.StatusCode.ShouldBe(HttpStatusCode.OK);
        byQuery.Content.Headers.ContentType!.MediaType.ShouldBe("application/linkset+json");
        using var json = JsonDocument.Parse(await byQuery.Content.ReadAsStringAsync());
        var set = json.RootElement.GetProperty("linkset")[0];
        set.GetProperty("anchor").GetString().ShouldBe($"http://localhost/01/{Gtin14}");
        var pip = set.GetProperty("https://gs1.org/voc/pip");
        pip[0].GetProperty("href").GetString().ShouldBe($"http://localhost/products/{product.Id}");
        pip[0].GetProperty("title").GetString().ShouldBe("Nước mắm Cá Đen");
        pip[1].GetProperty("title").GetString().ShouldBe("Ca Den fish sauce");
        pip[1].GetProperty("hreflang")[0].GetString().ShouldBe("en");
        set.TryGetProperty("https://gs1.org/voc/certificationInfo", out _).ShouldBeFalse();

        using var request = new HttpRequestMessage(HttpMethod.Get, $"/01/{Gtin13}");
        request.Headers.Accept.ParseAdd("application/linkset+json");
        (await scanner.SendAsync(request)).Content.Headers.ContentType!.MediaType.ShouldBe("application/linkset+json");

        var description = await scanner.GetFromJsonAsync<JsonElement>("/.well-known/gs1resolver");
        description.GetProperty("resolverRoot").GetString().ShouldBe("http://localhost");
        description.GetProperty("supportedPrimaryKeys")[0].GetString().ShouldBe("01");
    }

    [Fact]
    public async Task BadOrUnknownKeys_GetAClearPage_NeverA500()
    {
        await using var app = await OcopApp.StartAsync();
        await PublicProductAsync(app);
        var (_, draft) = await PublicProductAsync(app, "8930000000026", ProductStatus.Draft);
        var scanner = Scanner(app);

        async Task<string> Page(string url, HttpStatusCode status)
        {
            var response = await scanner.GetAsync(url);
            response.StatusCode.ShouldBe(status, url);
            return await response.Content.ReadAsStringAsync();
        }

        (await Page("/01/8930000000018", HttpStatusCode.BadRequest)).ShouldContain("sai chữ số kiểm tra");
        (await Page("/01/89300000'OR'1'='1", HttpStatusCode.BadRequest)).ShouldContain("chỉ gồm chữ số");
        (await Page("/01/123456789", HttpStatusCode.BadRequest)).ShouldContain("8, 12, 13 hoặc 14 chữ số");
        (await Page("/01/4006381333931", HttpStatusCode.NotFound)).ShouldContain("Không có sản phẩm OCOP công khai nào mang mã GTIN 04006381333931");
        (await Page("/01/8930000000026", HttpStatusCode.NotFound)).ShouldContain("Không có sản phẩm OCOP công khai", customMessage: "a draft product is not public");
        (await Page($"/01/{Gtin13}/99/123", HttpStatusCode.BadRequest)).ShouldContain("/10/{số lô}");
        (await Page($"/01/{Gtin13}/10/A1/foo", HttpStatusCode.BadRequest)).ShouldContain("&quot;foo&quot; không đúng chỗ");
        (await Page($"/01/{Gtin13}/21/123/10/A1", HttpStatusCode.BadRequest)).ShouldContain("theo thứ tự");
        (await Page($"/01/{Gtin13}/10/{new string('A', 21)}", HttpStatusCode.BadRequest)).ShouldContain("1–20 ký tự");
        (await Page("/99/123", HttpStatusCode.BadRequest)).ShouldContain("không phải là khóa chính GS1");
        (await Page("/00/123", HttpStatusCode.BadRequest)).ShouldContain("không đúng định dạng");
        (await Page("/00/106141411234567897", HttpStatusCode.NotFound)).ShouldContain("chỉ phục vụ mã GTIN");
        (await Page("/414/9521234543213/254/1", HttpStatusCode.NotFound)).ShouldContain("chỉ phục vụ mã GTIN");
        (await Page("/q/p%3Cscript%3E", HttpStatusCode.NotFound)).ShouldNotContain("<script>");
        (await Page($"/q/{DigitalLinks.ShortCode(draft.Id)}", HttpStatusCode.NotFound)).ShouldContain("không ứng với sản phẩm OCOP công khai nào");
        (await scanner.GetAsync($"/api/v1/products/{draft.Id}/qr.svg")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task ShortCode_WithoutGtin_BehavesTheSame_AndARevokedCertificateSaysSo()
    {
        await using var app = await OcopApp.StartAsync();
        var round = await Round.StartAsync(app);
        var answers = ScoreAnswers.ForStars(round.Definition, 4, 80);
        foreach (var member in round.Council)
        {
            (await round.SaveAsync(member, answers, submit: true)).StatusCode.ShouldBe(HttpStatusCode.OK);
        }

        (await round.Secretary.PostAsync($"/api/v1/council/batches/{round.Batch.Id}/close", null)).StatusCode.ShouldBe(HttpStatusCode.OK);
        var decided = await round.Applicant.Officer.PostAsJsonAsync($"/api/v1/batches/{round.Batch.Id}/decision",
            new DecisionInput("7/QĐ-UBND", DateOnly.FromDateTime(DateTime.UtcNow.AddHours(7)), "Phó Chủ tịch", null, [round.EntryId]), Json.Options);
        var certificate = (await decided.Content.ReadFromJsonAsync<List<CertificateItem>>(Json.Options))!.Single();
        (await round.Applicant.Officer.PostAsJsonAsync($"/api/v1/certificates/{certificate.Id}/revoke",
            new RevokeInput("Vi phạm an toàn thực phẩm", null, certificate.Version, RevocationGround.LegalViolation, "88/QĐ-UBND", "Phó Chủ tịch"), Json.Options))
            .StatusCode.ShouldBe(HttpStatusCode.OK);

        var scanner = Scanner(app);
        var code = DigitalLinks.ShortCode(round.Applicant.ProductId);
        (await scanner.GetAsync($"/q/{code}")).Headers.Location!.ToString().ShouldBe($"http://localhost/products/{round.Applicant.ProductId}");
        var toCertificate = await scanner.GetAsync($"/q/{code.ToUpperInvariant()}?linkType=gs1:certificationInfo");
        toCertificate.StatusCode.ShouldBe(HttpStatusCode.TemporaryRedirect);
        toCertificate.Headers.Location!.ToString().ShouldBe($"http://localhost/verify/{certificate.Number}");
        var page = await app.CreateClient().GetStringAsync(toCertificate.Headers.Location);
        page.ShouldContain("Đã thu hồi");
        page.ShouldContain("Vi phạm an toàn thực phẩm");

        var svg = await scanner.GetStringAsync($"/api/v1/products/{round.Applicant.ProductId}/qr.svg");
        svg.ShouldStartWith("<svg");
        var png = await scanner.GetByteArrayAsync($"/api/v1/products/{round.Applicant.ProductId}/qr.png");
        png[..8].ShouldBe(new byte[] { 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A });
    }
}
